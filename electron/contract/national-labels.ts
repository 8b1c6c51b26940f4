// Persian words of the national matrix, written once for the command line, the Excel workbook and
// the screen (no zod here: the renderer reads them too).
import type { ProvinceSummary } from './index';

/** A province that has sent no status for the resolution yet. */
export const noWord = 'بی‌خبر';
export const overdueMark = 'گذشته از مهلت';

/** The rows of the per-province summary, as columns. */
export const provinceSummaryColumns: [keyof ProvinceSummary | 'done' | 'inProgress' | 'notStarted', string][] = [
  ['province', 'استان'],
  ['assigned', 'مصوبات ابلاغ‌شده'],
  ['done', 'اجرا شده'],
  ['inProgress', 'در دست اجرا'],
  ['notStarted', 'آغاز نشده'],
  ['noWord', 'بی‌خبر'],
  ['overdue', 'گذشته از مهلت'],
  ['unreported', 'بی‌گزارش پیگیری'],
  ['completion', 'نرخ اجرا'],
];

export const nationalSheetNames = { matrix: 'مصوبات ستاد', provinces: 'استان‌ها', table: 'جدول استان‌ها' } as const;
