// Headquarters' provinces side by side: each province's resolutions (all its working groups) as
// one bar, done, open within their deadline and overdue stacked; cancelled ones left out, as the
// completion rate leaves them out. The statuses are named as in the overview's table beside it.
// Loaded on demand by the overview, recharts with it.
import type { Overview } from '../../../../electron/contract';
import { fa } from '../../i18n/fa';
import { BarChartFigure } from './BarChartFigure';
import { palette } from './chart-data';
import { provinceRows } from './province-rows';

const t = fa.charts;

export default function ProvincesChart({ rows }: { rows: Overview['rows'] }) {
  return (
    <BarChartFigure
      caption={t.provincesCaption}
      categoryHeader={t.province}
      kind="count"
      stacked
      // «کهگیلویه و بویراحمد», the longest name, fits on one line in 150 px.
      labelWidth={150}
      series={[
        { key: 'done', label: fa.common.statuses.done, color: palette.done },
        { key: 'open', label: t.openInTime, color: palette.open },
        { key: 'overdue', label: fa.common.overdue, color: palette.overdue },
      ]}
      rows={provinceRows(rows)}
    />
  );
}
