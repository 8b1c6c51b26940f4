// Headquarters' provinces side by side: each province's resolutions (all its working groups) as
// one bar, done, open within their deadline and overdue stacked; cancelled ones left out, as the
// completion rate leaves them out. The statuses are named as in the overview's table beside it.
// Loaded on demand by the overview, recharts with it.
import type { Overview } from '../../../../electron/contract';
import { fa } from '../../i18n/fa';
import { BarChartFigure } from './BarChartFigure';
import { palette, type ChartRow } from './chart-data';

const t = fa.charts;

export function provinceRows(rows: Overview['rows']): ChartRow[] {
  const by = new Map<string, { done: number; open: number; overdue: number }>();
  for (const r of rows) {
    const p = by.get(r.province) ?? { done: 0, open: 0, overdue: 0 };
    p.done += r.byStatus.done;
    p.open += r.byStatus.in_progress + r.byStatus.not_started - r.overdue;
    p.overdue += r.overdue;
    by.set(r.province, p);
  }
  return [...by].map(([province, values]) => ({ label: province, values }));
}

export default function ProvincesChart({ rows }: { rows: Overview['rows'] }) {
  return (
    <BarChartFigure
      caption={t.provincesCaption}
      categoryHeader={t.province}
      kind="count"
      stacked
      series={[
        { key: 'done', label: fa.common.statuses.done, color: palette.done },
        { key: 'open', label: t.openInTime, color: palette.open },
        { key: 'overdue', label: fa.common.overdue, color: palette.overdue },
      ]}
      rows={provinceRows(rows)}
    />
  );
}
