// What a chart shows, apart from how it is drawn: rows with a label and one value per series, how
// a value reads (Persian digits, «۷۵٪»), integer ticks, and long Persian labels broken into lines.
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';

export interface ChartSeries {
  key: string;
  label: string;
  color: string;
}

export interface ChartRow {
  label: string;
  /** By series key; null where there is nothing to show (a rate with nothing counted). */
  values: Record<string, number | null>;
}

/** Counts, or rates between 0 and 1 shown as percentages. */
export type ValueKind = 'count' | 'percent';

/** The width of every chart: the A4 sheet's text width (182 mm) at 96 dpi, so print needs no measuring. */
export const CHART_WIDTH = 680;

/** Colours that stay apart in colour and in grey print: the app's blue, then green, amber and red. */
export const palette = {
  primary: '#1f5f8b',
  secondary: '#8fb8d6',
  done: '#2e7d32',
  open: '#e0a526',
  overdue: '#c0392b',
} as const;

export function formatValue(v: number | null | undefined, kind: ValueKind): string {
  if (v === null || v === undefined) return fa.charts.none;
  return kind === 'percent' ? fa.common.percent(faDigits(Math.round(v * 100))) : faDigits(v);
}

export const percentTicks = [0, 0.25, 0.5, 0.75, 1];

/** Whole-number ticks from 0 past the largest value: 1, 2 or 5 times a power of ten apart, at most 6. */
export function countTicks(max: number): number[] {
  if (max <= 0) return [0, 1];
  let step = 1;
  for (let p = 1; ; p *= 10) {
    const s = [1, 2, 5].map((m) => m * p).find((c) => Math.ceil(max / c) <= 5);
    if (s !== undefined) {
      step = s;
      break;
    }
  }
  const top = Math.ceil(max / step) * step;
  return Array.from({ length: top / step + 1 }, (_, i) => i * step);
}

/** A label in lines of at most `width` characters, broken between words (a longer word keeps its line). */
export function wrapLabel(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Rows in pages of at most `size`: a long chart prints as several, none taller than a page. */
export function pagesOf<T>(rows: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < rows.length; i += size) pages.push(rows.slice(i, i + size));
  return pages;
}

/**
 * How many bars the drawing has once drawn: one for each value (a zero one a sliver), none for a
 * missing value; stacked, a segment for each value above zero.
 */
export const barsOf = (rows: readonly ChartRow[], series: readonly ChartSeries[], stacked = false): number =>
  rows.reduce(
    (n, r) =>
      n +
      series.filter((s) => {
        const v = r.values[s.key] ?? null;
        return v !== null && (!stacked || v > 0);
      }).length,
    0,
  );
