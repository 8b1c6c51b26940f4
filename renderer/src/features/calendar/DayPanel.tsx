// The chosen day beside the month: its sessions, each opened with one press, and «برنامه‌ریزی جلسه
// در این روز» for a working group (chosen here when there are several): a draft on that date, opened.
import { type CalendarDate, getDayOfWeek } from '@internationalized/date';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { CalendarSession, WorkingGroup } from '../../../../electron/contract';
import { useAction } from '../../api/use-action';
import { useApi } from '../../api/use-api';
import { FormError } from '../../components/FormError';
import { PickOne } from '../../components/PickOne';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { stored } from './month-grid';
import { dayName } from './MonthGrid';
import { chipText, statusIcon, statusText } from './SessionChip';

const t = fa.sessionCalendar;

interface Props {
  day: CalendarDate;
  sessions: readonly CalendarSession[];
  groups: readonly WorkingGroup[];
  onOpenSession: (sessionId: string, groupId: string) => void;
}

export function DayPanel({ day, sessions, groups, onOpenSession }: Props) {
  const api = useApi();
  const action = useAction();
  const [picked, setPicked] = useState<string | null>(null);
  const group = groups.find((g) => g.id === picked) ?? groups[0];
  const plan = () =>
    group &&
    void action.run(async () => {
      // The core numbers the draft among the year's and copies times and place from the last session.
      const created = await api.sessions.create({ workingGroupId: group.id, date: stored(day) });
      onOpenSession(created.id, created.workingGroupId);
    });

  return (
    <section className="session-calendar-panel" aria-labelledby="session-calendar-day">
      <h3 id="session-calendar-day">
        {t.weekdayNames[getDayOfWeek(day, 'fa-IR', 'sat')]} {dayName(day)}
      </h3>
      {sessions.length === 0 ? (
        <p className="muted">{t.noSessionsOnDay}</p>
      ) : (
        <ul className="session-calendar-day-sessions">
          {sessions.map((s) => (
            <li key={s.id} data-status={s.status}>
              <Button className="link" onPress={() => onOpenSession(s.id, s.workingGroupId)}>
                {chipText(s)}
              </Button>
              <span className="session-calendar-state">
                <span aria-hidden="true">{statusIcon(s)}</span> {statusText(s)}
                {s.startTime !== null && <> · {faDigits(s.startTime)}</>}
              </span>
            </li>
          ))}
        </ul>
      )}
      {group === undefined ? (
        <p className="hint">{t.noGroups}</p>
      ) : (
        <div className="session-calendar-plan">
          {groups.length > 1 && (
            <PickOne
              label={t.planGroup}
              className="react-aria-Select session-calendar-group"
              choices={groups.map((g) => ({ id: g.id, label: g.name }))}
              value={group.id}
              onChange={(id) => {
                action.clear();
                setPicked(id);
              }}
            />
          )}
          <Button className="primary" isDisabled={action.pending} onPress={plan}>
            {action.pending ? t.planning : t.plan}
          </Button>
          <FormError message={action.error} />
        </div>
      )}
    </section>
  );
}
