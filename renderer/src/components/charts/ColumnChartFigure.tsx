// Columns by a sequence read right to left (the months of a Jalali year): the first on the right,
// one column per series side by side, the figure above each, the value axis on the right.
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { CHART_WIDTH, countTicks, percentTicks } from './chart-data';
import { ChartFigure, type FigureProps } from './ChartFigure';
import { barValue, ColumnTick, valueTick } from './svg-text';

const HEIGHT = 230;

export function ColumnChartFigure(props: FigureProps) {
  const { rows, series, kind } = props;
  const max = Math.max(0, ...rows.flatMap((r) => series.map((s) => r.values[s.key] ?? 0)));
  const ticks = kind === 'percent' ? percentTicks : countTicks(max);
  const data = rows.map((r) => ({
    label: r.label,
    ...Object.fromEntries(series.map((s) => [s.key, r.values[s.key] ?? null])),
  }));
  return (
    <ChartFigure {...props}>
      <BarChart
        width={CHART_WIDTH}
        height={HEIGHT}
        data={data}
        margin={{ top: 16, right: 0, bottom: 4, left: 4 }}
        barGap={1}
        accessibilityLayer={false}
      >
        <CartesianGrid vertical={false} stroke="#dfe3e8" />
        <XAxis dataKey="label" reversed interval={0} tickLine={false} tick={ColumnTick} stroke="#8a8f98" />
        <YAxis
          orientation="right"
          domain={[0, ticks.at(-1) ?? 1]}
          ticks={ticks}
          interval={0}
          width={40}
          tick={valueTick(kind, 'beside')}
          stroke="#8a8f98"
        />
        {/* Within a month too the first series is on the right: recharts lays a band's bars left to right. */}
        {[...series].reverse().map((s) => (
          <Bar key={s.key} dataKey={s.key} fill={s.color} isAnimationActive={false} minPointSize={2}>
            <LabelList dataKey={s.key} content={barValue(kind, 'top')} />
          </Bar>
        ))}
      </BarChart>
    </ChartFigure>
  );
}
