// The year report's three charts: sessions and resolutions month by month, attendance rate per
// member organisation, completion per responsible organisation. Loaded on demand (recharts is
// large): the print page waits for it, the reports screen brings it with its own code.
import type { AttendanceReportRow, MonthlyReportRow, ResponsibleReportRow } from '../../../../electron/contract';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { BarChartFigure } from './BarChartFigure';
import { palette } from './chart-data';
import { ColumnChartFigure } from './ColumnChartFigure';

const t = fa.charts;

export function MonthlyChart({ year, rows }: { year: number; rows: MonthlyReportRow[] }) {
  return (
    <ColumnChartFigure
      caption={t.monthlyCaption(faDigits(year))}
      categoryHeader={t.month}
      kind="count"
      series={[
        { key: 'sessions', label: t.sessions, color: palette.primary },
        { key: 'resolutions', label: t.resolutions, color: palette.secondary },
      ]}
      rows={rows.map((r) => ({
        label: fa.calendar.months[r.month - 1] ?? faDigits(r.month),
        values: { sessions: r.sessions, resolutions: r.resolutions },
      }))}
    />
  );
}

export function AttendanceChart({ rows }: { rows: AttendanceReportRow[] }) {
  return (
    <BarChartFigure
      caption={t.attendanceCaption}
      categoryHeader={t.organization}
      kind="percent"
      series={[{ key: 'rate', label: t.attendanceRate, color: palette.primary }]}
      rows={rows.map((r) => ({ label: r.organization, values: { rate: r.rate } }))}
    />
  );
}

export function CompletionChart({ rows }: { rows: ResponsibleReportRow[] }) {
  return (
    <BarChartFigure
      caption={t.completionCaption}
      categoryHeader={t.responsible}
      kind="percent"
      series={[{ key: 'completion', label: t.completionRate, color: palette.done }]}
      rows={rows.map((r) => ({ label: r.organization, values: { completion: r.completionRate } }))}
    />
  );
}
