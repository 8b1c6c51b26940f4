// A chart as a figure: its caption, the drawing (hidden from screen readers) with its legend, and
// behind it a real table of the same figures, read by screen readers and shown on screen at a
// press of «نمایش جدول». Printed, the drawing alone: the printed sheet has its own tables.
import { useId, useState, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { fa } from '../../i18n/fa';
import { barsOf, formatValue, type ChartRow, type ChartSeries, type ValueKind } from './chart-data';
import './charts.css';

export interface FigureProps {
  caption: string;
  /** The heading of the table's first column: what each row is (دستگاه، ماه، استان). */
  categoryHeader: string;
  series: ChartSeries[];
  rows: ChartRow[];
  kind: ValueKind;
}

export function ChartFigure({
  caption,
  categoryHeader,
  series,
  rows,
  kind,
  children,
  stacked = false,
}: FigureProps & { children: ReactNode; stacked?: boolean }) {
  const [asTable, setAsTable] = useState(false);
  const id = useId();
  return (
    <figure className="chart-figure" aria-labelledby={id} data-bars={barsOf(rows, series, stacked)}>
      <div className="chart-head">
        <figcaption id={id}>{caption}</figcaption>
        <Button className="secondary chart-toggle" onPress={() => setAsTable((t) => !t)}>
          {asTable ? fa.charts.showChart : fa.charts.showTable}
        </Button>
      </div>
      <div className="chart-drawing" aria-hidden="true" hidden={asTable}>
        {series.length > 1 && (
          <ul className="chart-legend">
            {series.map((s) => (
              <li key={s.key}>
                <span className="chart-swatch" style={{ background: s.color }} />
                {s.label}
              </li>
            ))}
          </ul>
        )}
        {children}
      </div>
      {/* A table keeps its content's width whatever it is given: the wrapper is what is hidden. */}
      <div className={asTable ? 'chart-table' : 'chart-table chart-table-hidden'}>
        <table aria-labelledby={id}>
          <thead>
            <tr>
              <th scope="col">{categoryHeader}</th>
              {series.map((s) => (
                <th key={s.key} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                <th scope="row">{r.label}</th>
                {series.map((s) => (
                  <td key={s.key}>{formatValue(r.values[s.key], kind)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
