// The charts' SVG text, right to left: each label is set `direction="rtl"` so Persian words,
// brackets and «۷۵٪» read as in the tables; the SVG itself stays left to right (charts.css) so the
// coordinates recharts computes mean what they say, and each anchor here is chosen with that in mind.
// In right-to-left text `text-anchor="end"` puts the text's left edge at x, `start` its right edge.
import type { ReactNode } from 'react';
import { formatValue, wrapLabel, type ValueKind } from './chart-data';

export const FONT_SIZE = 11;
export const LINE_HEIGHT = 14;
/** Characters per line of a category label: the right-hand axis is wide enough for about this many. */
export const LABEL_CHARS = 30;

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

const num = (v: number | string | undefined) => (typeof v === 'number' ? v : Number(v ?? 0));
/** A category tick's text: the row's label as given. */
const text = (payload: TickProps['payload']) => {
  const v = payload?.value;
  return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
};

function RtlText({
  x,
  y,
  anchor,
  children,
}: {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  children: ReactNode;
}) {
  return (
    <text x={x} y={y} direction="rtl" textAnchor={anchor} fontSize={FONT_SIZE} fill="#222">
      {children}
    </text>
  );
}

/**
 * A category on the right-hand axis (an organisation, a province), in lines centred on its row and
 * set flush right like the names in the tables: `x` is the axis side, `width` the column's.
 */
export function categoryTick(width: number) {
  return function CategoryTick({ x, y, payload }: TickProps) {
    const lines = wrapLabel(text(payload), LABEL_CHARS);
    const top = num(y) - ((lines.length - 1) * LINE_HEIGHT) / 2;
    return (
      <text direction="rtl" textAnchor="start" fontSize={FONT_SIZE} fill="#222">
        {lines.map((line, i) => (
          <tspan key={i} x={num(x) + width - 12} y={top + i * LINE_HEIGHT} dominantBaseline="central">
            {line}
          </tspan>
        ))}
      </text>
    );
  };
}

/** A category under a column (a month): centred below it. */
export function ColumnTick({ x, y, payload }: TickProps) {
  return (
    <RtlText x={num(x)} y={num(y) + FONT_SIZE} anchor="middle">
      {text(payload)}
    </RtlText>
  );
}

/** A figure on the value axis, in Persian digits; `dy` moves it off the axis line. */
export function valueTick(kind: ValueKind, place: 'below' | 'beside') {
  return function ValueTick({ x, y, payload }: TickProps) {
    const v = typeof payload?.value === 'number' ? payload.value : null;
    return place === 'below' ? (
      <RtlText x={num(x)} y={num(y) + FONT_SIZE} anchor="middle">
        {formatValue(v, kind)}
      </RtlText>
    ) : (
      // Right of a right-hand axis: its left edge against the axis.
      <RtlText x={num(x) + 4} y={num(y) + FONT_SIZE / 3} anchor="end">
        {formatValue(v, kind)}
      </RtlText>
    );
  };
}

interface Box {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
}

/** A bar's figure just past its end: left of a bar growing leftwards, above a column. */
export function barValue(kind: ValueKind, place: 'left' | 'top') {
  return function BarValue({ viewBox, value }: { viewBox?: Box | object; value?: unknown }) {
    const b = (viewBox ?? {}) as Box;
    const v = typeof value === 'number' ? value : null;
    if (v === null) return null;
    const [x, y, w, h] = [num(b.x), num(b.y), num(b.width), num(b.height)];
    return place === 'left' ? (
      // Its right edge 3 px left of the bar's end.
      <RtlText x={Math.min(x, x + w) - 3} y={y + h / 2 + FONT_SIZE / 3} anchor="start">
        {formatValue(v, kind)}
      </RtlText>
    ) : (
      <RtlText x={x + w / 2} y={Math.min(y, y + h) - 3} anchor="middle">
        {formatValue(v, kind)}
      </RtlText>
    );
  };
}
