// The month as a table of weeks from Saturday: each day a button (one tab stop; the arrow keys
// move between days, across months too) with its sessions as chips; today and the chosen day marked.
import { type CalendarDate, isSameDay } from '@internationalized/date';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { CalendarSession } from '../../../../electron/contract';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { monthWeeks, stored } from './month-grid';
import { SessionChip } from './SessionChip';

const t = fa.sessionCalendar;

/** Days moved by each key, right to left: → is the day before, ← the day after. */
const steps: Record<string, { days?: number; months?: number }> = {
  ArrowRight: { days: -1 },
  ArrowLeft: { days: 1 },
  ArrowUp: { days: -7 },
  ArrowDown: { days: 7 },
  PageUp: { months: -1 },
  PageDown: { months: 1 },
};

export const dayName = (d: CalendarDate) => `${faDigits(d.day)} ${fa.calendar.months[d.month - 1]} ${faDigits(d.year)}`;

interface Props {
  month: CalendarDate;
  today: CalendarDate;
  /** The day holding the month's one tab stop. */
  focused: CalendarDate;
  chosen: CalendarDate | null;
  sessionsOn: (date: string) => readonly CalendarSession[];
  titleId: string;
  onFocusDay: (d: CalendarDate) => void;
  onChoose: (d: CalendarDate) => void;
  onOpenSession: (s: CalendarSession) => void;
}

export function MonthGrid({
  month,
  today,
  focused,
  chosen,
  sessionsOn,
  titleId,
  onFocusDay,
  onChoose,
  onOpenSession,
}: Props) {
  const table = useRef<HTMLTableElement>(null);
  // A key moved the tab stop (maybe into another month): the focus follows it once it is drawn.
  const moving = useRef(false);
  useEffect(() => {
    if (!moving.current) return;
    moving.current = false;
    table.current?.querySelector<HTMLButtonElement>(`[data-day="${stored(focused)}"]`)?.focus();
  }, [focused, month]);

  const onKeyDown = (e: KeyboardEvent, d: CalendarDate) => {
    const step = steps[e.key];
    if (!step) return;
    e.preventDefault();
    moving.current = true;
    onFocusDay(d.add(step));
  };

  return (
    <table ref={table} className="session-calendar-grid" aria-labelledby={titleId}>
      <thead>
        <tr>
          {t.weekdays.map((w, i) => (
            <th key={w} scope="col">
              <abbr title={t.weekdayNames[i]}>{w}</abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(month).map((week) => (
          <tr key={week.find((d) => d !== null)?.toString()}>
            {week.map((d, i) => {
              if (d === null) return <td key={`empty-${i}`} className="session-calendar-empty" />;
              const sessions = sessionsOn(stored(d));
              const isToday = isSameDay(d, today);
              const isChosen = chosen !== null && isSameDay(d, chosen);
              return (
                <td key={d.toString()} data-today={isToday || undefined} data-chosen={isChosen || undefined}>
                  <button
                    type="button"
                    className="session-calendar-day"
                    data-day={stored(d)}
                    tabIndex={isSameDay(d, focused) ? 0 : -1}
                    aria-label={t.dayLabel(
                      dayName(d),
                      sessions.length === 0 ? null : faDigits(sessions.length),
                      isToday,
                    )}
                    aria-pressed={isChosen}
                    aria-current={isToday ? 'date' : undefined}
                    onClick={() => onChoose(d)}
                    onFocus={() => onFocusDay(d)}
                    onKeyDown={(e) => onKeyDown(e, d)}
                  >
                    <span className="session-calendar-number">{faDigits(d.day)}</span>
                  </button>
                  {/* Said in the button's name; drawn outside it so all the text inside is in that name. */}
                  {isToday && (
                    <span className="session-calendar-today" aria-hidden="true">
                      {t.today}
                    </span>
                  )}
                  {sessions.length > 0 && (
                    <ul className="session-calendar-chips">
                      {sessions.map((s) => (
                        <li key={s.id}>
                          <SessionChip session={s} onOpen={() => onOpenSession(s)} />
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
