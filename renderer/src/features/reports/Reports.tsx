// A working group's year in figures, on screen, printable, and as Excel: the annual report,
// attendance of every member organisation, and resolutions per responsible organisation.
import { useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import type {
  AnnualReport,
  AttendanceReportRow,
  ResponsibleReportRow,
  WorkingGroup,
} from '../../../../electron/contract';
import { toLatinDigits } from '../../../../electron/contract/persian-text';
import { useApi } from '../../app/api-context';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { todayJalali } from '../../i18n/today';
import { saveFile } from '../minutes/download';
import { errorText } from '../minutes/error-text';

const percent = (v: number | null) => (v === null ? '—' : `${faDigits(Math.round(v * 100))}٪`);

interface Figures {
  annual: AnnualReport;
  attendance: AttendanceReportRow[];
  responsible: ResponsibleReportRow[];
}

export function Reports({ groups }: { groups: WorkingGroup[] }) {
  const api = useApi();
  const [groupId, setGroupId] = useState(groups[0]?.id ?? '');
  const [year, setYear] = useState(faDigits(todayJalali().slice(0, 4)));
  const [figures, setFigures] = useState<Figures | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const y = Number(toLatinDigits(year));
    if (!groupId || !Number.isInteger(y) || y < 1300 || y > 1600) return;
    let current = true;
    Promise.all([
      api.reports.annual({ workingGroupId: groupId, year: y }),
      api.reports.attendance({ workingGroupId: groupId, year: y }),
      api.reports.responsible({ workingGroupId: groupId, year: y }),
    ]).then(
      ([annual, attendance, responsible]) => {
        if (!current) return;
        setFigures({ annual, attendance, responsible });
        setError(null);
      },
      (e: unknown) => current && setError(errorText(e)),
    );
    return () => {
      current = false;
    };
  }, [api, groupId, year]);

  const excel = (report: 'annual' | 'attendance' | 'responsible') =>
    void api.reports
      .xlsx({ report, workingGroupId: groupId, year: Number(toLatinDigits(year)) })
      .then(saveFile, (e: unknown) => setError(errorText(e)));

  const a = figures?.annual;
  return (
    <section aria-labelledby="reports-heading" className="reports">
      <div className="content-header">
        <h2 id="reports-heading">{fa.sectionReports}</h2>
        <Button className="secondary no-print" onPress={() => window.print()}>
          {fa.print}
        </Button>
      </div>
      <div className="filters no-print">
        <label className="field">
          {fa.reportGroup}
          <select value={groupId} onChange={(e) => setGroupId(e.target.value)}>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {fa.reportYear}
          <input value={year} onChange={(e) => setYear(e.target.value)} inputMode="numeric" size={6} />
        </label>
      </div>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {a && figures && (
        <>
          <section className="editor-section" aria-labelledby="annual-heading">
            <div className="content-header">
              <h3 id="annual-heading">
                {fa.annualReport} {a.workingGroupName} — {faDigits(a.year)}
              </h3>
              <Button className="secondary no-print" onPress={() => excel('annual')}>
                {fa.saveExcel}
              </Button>
            </div>
            <dl className="figures">
              {(
                [
                  ['جلسات برگزارشده', a.sessions],
                  ['مصوبات', a.resolutions],
                  [fa.statuses.done, a.done],
                  [fa.statuses.in_progress, a.inProgress],
                  [fa.statuses.not_started, a.notStarted],
                  [fa.statuses.cancelled, a.cancelled],
                  [fa.overdue, a.overdue],
                ] as const
              ).map(([label, value]) => (
                <div key={label}>
                  <dt>{label}</dt>
                  <dd>{faDigits(value)}</dd>
                </div>
              ))}
            </dl>
          </section>
          <section className="editor-section" aria-labelledby="attendance-report-heading">
            <div className="content-header">
              <h3 id="attendance-report-heading">{fa.attendanceReport}</h3>
              <Button className="secondary no-print" onPress={() => excel('attendance')}>
                {fa.saveExcel}
              </Button>
            </div>
            <table className="session-table">
              <thead>
                <tr>
                  {['دستگاه', 'جلسات', 'حاضر', 'معاون', 'نماینده', 'غایب', 'با اطلاع', 'نرخ حضور'].map((h) => (
                    <th key={h}>{h}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {figures.attendance.map((r) => (
                  <tr key={r.organizationId}>
                    <td>{r.organization}</td>
                    {[r.sessions, r.present, r.deputy, r.representative, r.absent, r.excused].map((n, i) => (
                      <td key={i}>{faDigits(n)}</td>
                    ))}
                    <td>{percent(r.rate)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section className="editor-section" aria-labelledby="responsible-report-heading">
            <div className="content-header">
              <h3 id="responsible-report-heading">{fa.responsibleReport}</h3>
              <Button className="secondary no-print" onPress={() => excel('responsible')}>
                {fa.saveExcel}
              </Button>
            </div>
            <table className="session-table">
              <thead>
                <tr>
                  {[
                    'مسئول پیگیری',
                    'مصوبات',
                    fa.statuses.done,
                    fa.statuses.in_progress,
                    fa.statuses.not_started,
                    fa.statuses.cancelled,
                    fa.overdue,
                    'نرخ اجرا',
                  ].map((h) => (
                    <th key={h}>{h}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {figures.responsible.map((r) => (
                  <tr key={r.organizationId ?? r.organization}>
                    <td>{r.organization}</td>
                    {[r.resolutions, r.done, r.inProgress, r.notStarted, r.cancelled, r.overdue].map((n, i) => (
                      <td key={i}>{faDigits(n)}</td>
                    ))}
                    <td>{percent(r.completionRate)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
    </section>
  );
}
