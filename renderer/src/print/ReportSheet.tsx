// A working group's year on paper: the annual figures, attendance of every member organisation,
// and resolutions per responsible organisation. One view for the screen, the print dialog and PDF.
import type { AnnualReport, AttendanceReportRow, ResponsibleReportRow } from '../../../electron/contract';
import { faDigits } from '../i18n/digits';
import { fa } from '../i18n/fa';

export interface YearReport {
  annual: AnnualReport;
  attendance: AttendanceReportRow[];
  responsible: ResponsibleReportRow[];
}

const percent = (v: number | null) => (v === null ? '—' : `${faDigits(Math.round(v * 100))}٪`);

function Table({ caption, head, rows }: { caption: string; head: string[]; rows: (string | number)[][] }) {
  return (
    <section aria-label={caption}>
      <h2>{caption}</h2>
      <table className="sheet-table">
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h}>{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              {r.map((c, j) => (
                <td key={j} className={j === 0 ? 'sheet-text' : 'sheet-num'}>
                  {typeof c === 'number' ? faDigits(c) : c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function ReportSheet({ report }: { report: YearReport }) {
  const a = report.annual;
  const s = fa.statuses;
  return (
    <article className="sheet report-sheet" lang="fa" dir="rtl">
      <h1 className="sheet-title">{fa.yearReportTitle(faDigits(a.year), a.workingGroupName)}</h1>
      <Table
        caption={fa.annualReport}
        head={[fa.figure, fa.count]}
        rows={[
          [fa.sessionsHeld, a.sessions],
          [fa.resolutionsCount, a.resolutions],
          [s.done, a.done],
          [s.in_progress, a.inProgress],
          [s.not_started, a.notStarted],
          [s.cancelled, a.cancelled],
          [fa.overdue, a.overdue],
        ]}
      />
      <Table
        caption={fa.attendanceReport}
        head={['دستگاه', 'جلسات', 'حاضر', 'معاون', 'نماینده', 'غایب', 'با اطلاع', 'نرخ حضور']}
        rows={report.attendance.map((r) => [
          r.organization,
          r.sessions,
          r.present,
          r.deputy,
          r.representative,
          r.absent,
          r.excused,
          percent(r.rate),
        ])}
      />
      <Table
        caption={fa.responsibleReport}
        head={['مسئول پیگیری', 'مصوبات', s.done, s.in_progress, s.not_started, s.cancelled, fa.overdue, 'نرخ اجرا']}
        rows={report.responsible.map((r) => [
          r.organization,
          r.resolutions,
          r.done,
          r.inProgress,
          r.notStarted,
          r.cancelled,
          r.overdue,
          percent(r.completionRate),
        ])}
      />
    </article>
  );
}
