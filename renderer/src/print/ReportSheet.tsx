// A working group's year on paper: the annual figures, attendance of every member organisation,
// and resolutions per responsible organisation, each with its chart when the charts are loaded
// (they come on demand: recharts stays out of the print page's own code). One view for the
// screen, the print dialog and PDF.
import type {
  AnnualReport,
  AttendanceReportRow,
  MonthlyReportRow,
  ResponsibleReportRow,
} from '../../../electron/contract';
import type * as YearChartsModule from '../components/charts/YearCharts';
import { faDigits } from '../i18n/digits';
import { fa } from '../i18n/fa';

export interface YearReport {
  annual: AnnualReport;
  attendance: AttendanceReportRow[];
  responsible: ResponsibleReportRow[];
  monthly: MonthlyReportRow[];
}

/** The charts' module, once loaded. */
export type YearCharts = typeof YearChartsModule;

const { annualLabels, attendanceColumns, responsibleColumns } = fa.reports;
const percent = (v: number | null) => (v === null ? '—' : fa.common.percent(faDigits(Math.round(v * 100))));

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

/** «گزارش سال ۱۳۹۸ …»: the sheet's title line and the PDF's Title. */
export const yearReportTitle = (report: YearReport): string =>
  fa.reports.yearReportTitle(faDigits(report.annual.year), report.annual.workingGroupName);

export function ReportSheet({ report, charts }: { report: YearReport; charts?: YearCharts }) {
  const a = report.annual;
  return (
    <article className="sheet report-sheet" lang="fa" dir="rtl">
      <h1 className="sheet-title">{yearReportTitle(report)}</h1>
      <Table
        caption={fa.reports.annualReport}
        head={[fa.reports.figure, fa.reports.count]}
        // The figures the Excel sheet and the command line give, under the same headings.
        rows={annualLabels.filter(([k]) => k !== 'workingGroupName' && k !== 'year').map(([k, label]) => [label, a[k]])}
      />
      {charts && <charts.MonthlyChart year={a.year} rows={report.monthly} />}
      {charts && <charts.AttendanceChart rows={report.attendance} />}
      <Table
        caption={fa.reports.attendanceReport}
        head={attendanceColumns.map(([, label]) => label)}
        rows={report.attendance.map((r) => attendanceColumns.map(([k]) => (k === 'rate' ? percent(r.rate) : r[k])))}
      />
      {charts && <charts.CompletionChart rows={report.responsible} />}
      <Table
        caption={fa.reports.responsibleReport}
        head={responsibleColumns.map(([, label]) => label)}
        rows={report.responsible.map((r) =>
          responsibleColumns.map(([k]) => (k === 'completionRate' ? percent(r.completionRate) : (r[k] ?? '—'))),
        )}
      />
    </article>
  );
}
