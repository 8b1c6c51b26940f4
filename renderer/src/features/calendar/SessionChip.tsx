// One session on its day in the month: «جلسه ۳ · کارگروه …», held or planned told by an icon and
// words as well as colour. Pressed with the pointer; the keyboard opens it from the day's panel.
import type { CalendarSession } from '../../../../electron/contract';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';

const t = fa.sessionCalendar;

/** ✓ for a session held (final), ◷ for one planned (a draft). */
export const statusIcon = (s: Pick<CalendarSession, 'status'>) => (s.status === 'final' ? '✓' : '◷');
export const statusText = (s: Pick<CalendarSession, 'status'>) => (s.status === 'final' ? t.held : t.planned);
export const chipText = (s: CalendarSession) => t.chip(faDigits(s.number), s.workingGroupName);

export function SessionChip({ session, onOpen }: { session: CalendarSession; onOpen: () => void }) {
  const label = t.chipLabel(
    chipText(session),
    statusText(session),
    session.startTime === null ? null : faDigits(session.startTime),
  );
  return (
    <button
      type="button"
      // One tab stop for the whole month: the day's panel lists these for the keyboard.
      tabIndex={-1}
      className="session-chip"
      data-status={session.status}
      aria-label={label}
      title={label}
      onClick={onOpen}
    >
      <span className="session-chip-icon" aria-hidden="true">
        {statusIcon(session)}
      </span>
      <span className="session-chip-text">{chipText(session)}</span>
    </button>
  );
}
