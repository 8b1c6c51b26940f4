// «تقویم»: the Jalali month with every working group's sessions on their days, held and planned
// told apart; previous and next month and today; a day chosen shows its sessions and plans a new
// one on it. Dates through @internationalized/date's Persian calendar (month-grid.ts).
import { type CalendarDate, isSameMonth, startOfMonth } from '@internationalized/date';
import { useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import type { CalendarSession, WorkingGroup } from '../../../../electron/contract';
import { useRead } from '../../api/use-read';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { todayJalali } from '../../i18n/today';
import { DayPanel } from './DayPanel';
import { fromStored, monthSpan, stored } from './month-grid';
import { MonthGrid } from './MonthGrid';
import './session-calendar.css';

const t = fa.sessionCalendar;
const none: readonly CalendarSession[] = [];

interface Props {
  groups: readonly WorkingGroup[];
  onOpenSession: (sessionId: string, groupId: string) => void;
}

export function SessionCalendar({ groups, onOpenSession }: Props) {
  const today = useMemo(() => fromStored(todayJalali()), []);
  const [month, setMonth] = useState(() => startOfMonth(today));
  const [focused, setFocused] = useState(today);
  const [chosen, setChosen] = useState<CalendarDate | null>(null);
  const read = useRead('sessions.calendar', monthSpan(month), { keepPrevious: true });

  const byDay = useMemo(() => {
    const map = new Map<string, CalendarSession[]>();
    if (read.state === 'ready') for (const s of read.value) map.set(s.date, [...(map.get(s.date) ?? []), s]);
    return map;
  }, [read]);
  const sessionsOn = (date: string) => byDay.get(date) ?? none;

  /** Shows the month holding `d`, its tab stop on `d`. */
  const goTo = (d: CalendarDate) => {
    setFocused(d);
    if (isSameMonth(d, month)) return;
    setMonth(startOfMonth(d));
    setChosen(null);
  };
  const byMonths = (months: number) => {
    const next = month.add({ months });
    setMonth(next);
    setFocused(isSameMonth(today, next) ? today : next);
    setChosen(null);
  };

  return (
    <section aria-labelledby="session-calendar-heading" className="session-calendar">
      <div className="content-header">
        <h2 id="session-calendar-heading">{t.title}</h2>
        <p className="session-calendar-legend" aria-label={t.legend}>
          <span data-status="final">
            <span aria-hidden="true">✓</span> {t.held} ({t.heldHint})
          </span>
          <span data-status="draft">
            <span aria-hidden="true">◷</span> {t.planned} ({t.plannedHint})
          </span>
        </p>
      </div>
      <div className="session-calendar-nav">
        <Button className="secondary" onPress={() => byMonths(-1)}>
          <span aria-hidden="true">›</span> {t.previousMonth}
        </Button>
        <h3 id="session-calendar-month" aria-live="polite">
          {fa.calendar.months[month.month - 1]} {faDigits(month.year)}
        </h3>
        <Button className="secondary" onPress={() => byMonths(1)}>
          {t.nextMonth} <span aria-hidden="true">‹</span>
        </Button>
        <Button className="secondary" onPress={() => goTo(today)}>
          {t.thisMonth}
        </Button>
        {read.state === 'failed' && (
          <p role="alert" className="form-error">
            {read.message}
          </p>
        )}
      </div>
      <div className="session-calendar-body">
        <MonthGrid
          month={month}
          today={today}
          focused={focused}
          chosen={chosen}
          sessionsOn={sessionsOn}
          titleId="session-calendar-month"
          onFocusDay={goTo}
          onChoose={(d) => {
            goTo(d);
            setChosen(d);
          }}
          onOpenSession={(s) => onOpenSession(s.id, s.workingGroupId)}
        />
        {chosen === null ? (
          <aside className="session-calendar-panel">
            <p>{t.chooseDayHint}</p>
            <p className="hint">{t.keysHint}</p>
          </aside>
        ) : (
          <DayPanel
            key={stored(chosen)}
            day={chosen}
            sessions={sessionsOn(stored(chosen))}
            groups={groups}
            onOpenSession={onOpenSession}
          />
        )}
      </div>
    </section>
  );
}
