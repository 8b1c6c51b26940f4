// The home screen «امروز», the first a secretary sees: what needs attention (overdue, due within
// 7 days, no report for 30 days), each group's next and last session, and the year so far beside
// the same day last year. Every figure is a button to what is behind it: the board with the same
// filter, the session in the editor, the year's report.
import { Button } from 'react-aria-components';
import type { SessionBrief, TodayGroup, TodaySummary, YearSoFar } from '../../../../electron/contract';
import { failureOf, useRead } from '../../api/use-read';
import { FormError } from '../../components/FormError';
import { faDigits, faNumber } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { longJalali } from '../../i18n/moments';
import type { BoardStart } from '../follow-up/Board';

const t = fa.today;
type Attention = 'overdue' | 'dueSoon' | 'unreported';
const attention: readonly [Attention, string][] = [
  ['overdue', t.overdue],
  ['dueSoon', t.dueSoon],
  ['unreported', t.unreported],
];

interface Props {
  onOpenSession: (sessionId: string, workingGroupId: string) => void;
  onOpenBoard: (start: BoardStart) => void;
  onOpenReports: (year: number) => void;
}

export function Today(props: Props) {
  const read = useRead('today.summary', {});
  const failure = failureOf(read);
  if (failure) return <FormError message={failure} />;
  if (read.state !== 'ready') return <p className="loading">{fa.common.loading}</p>;
  return <TodayView summary={read.value} {...props} />;
}

function TodayView({ summary, onOpenSession, onOpenBoard, onOpenReports }: Props & { summary: TodaySummary }) {
  return (
    <section className="today" aria-labelledby="today-heading">
      <h2 id="today-heading">{t.heading(longJalali(summary.today))}</h2>
      <section aria-labelledby="attention-heading">
        <h3 id="attention-heading">{t.attention}</h3>
        <p id="today-figures-lead" className="muted">
          {t.figuresLead}
        </p>
        <ul className="today-figures">
          {attention.map(([key, label]) => (
            <li key={key}>
              {/* Named by what it shows («۵ مصوبه گذشته از مهلت»); where it leads is its description. */}
              <Button
                className="today-figure"
                data-kind={key}
                data-empty={summary.totals[key] === 0 || undefined}
                aria-describedby="today-figures-lead"
                onPress={() => onOpenBoard({ [key]: true })}
              >
                <span className="today-figure-count">{faNumber(summary.totals[key])}</span>{' '}
                <span>{t.resolutionsWhich(label)}</span>
              </Button>
            </li>
          ))}
        </ul>
      </section>
      <GroupsTable groups={summary.groups} onOpenSession={onOpenSession} onOpenBoard={onOpenBoard} />
      <YearTable thisYear={summary.thisYear} lastYear={summary.lastYear} onOpenReports={onOpenReports} />
    </section>
  );
}

function sessionLine(s: SessionBrief): string {
  const line = t.sessionLine(faDigits(s.number), longJalali(s.date));
  return s.startTime ? t.at(line, faDigits(s.startTime)) : line;
}

function SessionCell({
  group,
  session,
  none,
  onOpen,
}: {
  group: TodayGroup;
  session: SessionBrief | null;
  none: string;
  onOpen: (sessionId: string, workingGroupId: string) => void;
}) {
  if (!session) return <td className="muted">{group.national ? '—' : none}</td>;
  const line = sessionLine(session);
  return (
    <td>
      <Button
        className="link-button"
        aria-label={t.openSession(group.name, line)}
        onPress={() => onOpen(session.id, group.workingGroupId)}
      >
        {line}
      </Button>
      <span className={session.status === 'final' ? 'tag final' : 'tag draft'}>
        {session.status === 'final' ? t.final : t.draft}
      </span>
    </td>
  );
}

function GroupsTable({
  groups,
  onOpenSession,
  onOpenBoard,
}: {
  groups: TodayGroup[];
  onOpenSession: Props['onOpenSession'];
  onOpenBoard: Props['onOpenBoard'];
}) {
  return (
    <section aria-labelledby="today-groups-heading">
      <h3 id="today-groups-heading">{t.sessions}</h3>
      <table className="session-table today-groups">
        <thead>
          <tr>
            <th scope="col">{t.group}</th>
            <th scope="col">{t.next}</th>
            <th scope="col">{t.last}</th>
            {attention.map(([key, label]) => (
              <th scope="col" key={key} className="num">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.workingGroupId}>
              <th scope="row">
                {g.name}
                {g.national && <span className="tag national">{t.national}</span>}
              </th>
              {/* Another secretariat's group has no sessions of its own here: «—» in both. */}
              <SessionCell group={g} session={g.next} none={t.noNext} onOpen={onOpenSession} />
              <SessionCell group={g} session={g.last} none={t.noLast} onOpen={onOpenSession} />
              {attention.map(([key, label]) => (
                <td key={key} className="num">
                  {g[key] === 0 ? (
                    <span className="muted">{faDigits(0)}</span>
                  ) : (
                    <Button
                      className="link-button"
                      data-kind={key}
                      aria-label={t.groupFigure(g.name, faNumber(g[key]), label)}
                      onPress={() => onOpenBoard({ workingGroupId: g.workingGroupId, [key]: true })}
                    >
                      {faNumber(g[key])}
                    </Button>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** «۲ بیشتر», «۱ کمتر», or «بی‌تغییر»: in words, as a sign reads ambiguously right to left. */
function change(now: number, before: number): string {
  const d = now - before;
  return d === 0 ? t.noChange : d > 0 ? t.more(faNumber(d)) : t.fewer(faNumber(-d));
}

function YearTable({
  thisYear,
  lastYear,
  onOpenReports,
}: {
  thisYear: YearSoFar;
  lastYear: YearSoFar;
  onOpenReports: Props['onOpenReports'];
}) {
  const shortDay = (date: string) => {
    const [, m, d] = date.split('/').map(Number) as [number, number, number];
    return `${faDigits(d)} ${fa.calendar.months[m - 1]}`;
  };
  const rows: [label: string, key: 'sessions' | 'resolutions' | 'followUps'][] = [
    [t.yearSessions, 'sessions'],
    [t.yearResolutions, 'resolutions'],
    [t.yearFollowUps, 'followUps'],
  ];
  return (
    <section aria-labelledby="today-year-heading">
      <h3 id="today-year-heading">{t.yearSoFar(faDigits(thisYear.year))}</h3>
      <table className="session-table today-year">
        <thead>
          <tr>
            <th scope="col">{t.figure}</th>
            <th scope="col" className="num">
              {t.thisYear(faDigits(thisYear.year), shortDay(thisYear.to))}
            </th>
            <th scope="col" className="num">
              {t.thisYear(faDigits(lastYear.year), shortDay(lastYear.to))}
            </th>
            <th scope="col" className="num">
              {t.change}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, key]) => (
            <tr key={key}>
              <th scope="row">{label}</th>
              <td className="num">
                {/* Nothing to open behind a zero, as in the groups' table. */}
                {thisYear[key] === 0 ? (
                  faNumber(0)
                ) : (
                  <Button
                    className="link-button"
                    aria-label={t.openReports(label, faNumber(thisYear[key]))}
                    onPress={() => onOpenReports(thisYear.year)}
                  >
                    {faNumber(thisYear[key])}
                  </Button>
                )}
              </td>
              <td className="num">{faNumber(lastYear[key])}</td>
              <td className="num">{change(thisYear[key], lastYear[key])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
