// Horizontal bars, right to left: each row's label on the right, its bars growing leftwards from
// there, the figure at each bar's end; one bar per series, or the series stacked into one. A long
// list is drawn in several charts of at most PAGE_ROWS rows, so none is taller than a printed page.
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { CHART_WIDTH, countTicks, pagesOf, percentTicks, wrapLabel, type ChartRow } from './chart-data';
import { ChartFigure, type FigureProps } from './ChartFigure';
import { barValue, categoryTick, LABEL_CHARS, LINE_HEIGHT, valueTick } from './svg-text';

const PAGE_ROWS = 22;
/** The right-hand column of labels: an organisation's name wraps in it; a province's needs less. */
const LABEL_WIDTH = 200;
const AXIS_HEIGHT = 24;

export function BarChartFigure(props: FigureProps & { stacked?: boolean; labelWidth?: number }) {
  const { rows, series, kind, stacked = false, labelWidth = LABEL_WIDTH } = props;
  const lines = Math.max(1, ...rows.map((r) => wrapLabel(r.label, LABEL_CHARS).length));
  const bars = stacked ? 1 : series.length;
  const rowHeight = Math.max(lines * LINE_HEIGHT + 10, bars * 14 + 12);
  const max = Math.max(
    0,
    ...rows.map((r) =>
      stacked
        ? series.reduce((n, s) => n + (r.values[s.key] ?? 0), 0)
        : Math.max(0, ...series.map((s) => r.values[s.key] ?? 0)),
    ),
  );
  const ticks = kind === 'percent' ? percentTicks : countTicks(max);
  const data = (page: ChartRow[]) =>
    page.map((r) => ({ label: r.label, ...Object.fromEntries(series.map((s) => [s.key, r.values[s.key] ?? null])) }));
  return (
    <ChartFigure {...props}>
      {pagesOf(rows, PAGE_ROWS).map((page, i) => (
        <BarChart
          key={i}
          layout="vertical"
          width={CHART_WIDTH}
          height={page.length * rowHeight + AXIS_HEIGHT + 8}
          data={data(page)}
          margin={{ top: 4, right: 0, bottom: 4, left: 36 }}
          barCategoryGap={6}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke="#dfe3e8" />
          <XAxis
            type="number"
            reversed
            domain={[0, ticks.at(-1) ?? 1]}
            ticks={ticks}
            interval={0}
            height={AXIS_HEIGHT}
            tick={valueTick(kind, 'below')}
            stroke="#8a8f98"
          />
          <YAxis
            type="category"
            dataKey="label"
            orientation="right"
            width={labelWidth}
            interval={0}
            tickLine={false}
            tick={categoryTick(labelWidth)}
            stroke="#8a8f98"
          />
          {series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              fill={s.color}
              isAnimationActive={false}
              stackId={stacked ? 'all' : undefined}
              // A zero still gets its sliver, so every row has its bar; negative: this axis runs leftwards.
              minPointSize={stacked ? 0 : -2}
            >
              {!stacked && <LabelList dataKey={s.key} content={barValue(kind, 'left')} />}
            </Bar>
          ))}
        </BarChart>
      ))}
    </ChartFigure>
  );
}
