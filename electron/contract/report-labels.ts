// Persian headings of the reports, written once for the command line's tables, the Excel sheets
// and the printed report (no zod here: the renderer reads them too).
import type { AnnualReport, AttendanceReportRow, ResponsibleReportRow } from './reports';
import type { ResolutionStatus } from './vocabulary';

export const annualLabels: [keyof AnnualReport, string][] = [
  ['workingGroupName', 'کارگروه'],
  ['year', 'سال'],
  ['sessions', 'جلسات برگزارشده'],
  ['resolutions', 'مصوبات'],
  ['done', 'اجرا شده'],
  ['inProgress', 'در دست اجرا'],
  ['notStarted', 'آغاز نشده'],
  ['cancelled', 'لغو شده'],
  ['overdue', 'گذشته از مهلت'],
];

export const attendanceColumns: [keyof AttendanceReportRow, string][] = [
  ['organization', 'دستگاه'],
  ['sessions', 'جلسات'],
  ['present', 'حاضر'],
  ['deputy', 'معاون'],
  ['representative', 'نماینده'],
  ['absent', 'غایب'],
  ['excused', 'با اطلاع'],
  ['rate', 'نرخ حضور'],
];

export const responsibleColumns: [keyof ResponsibleReportRow, string][] = [
  ['organization', 'مسئول پیگیری'],
  ['resolutions', 'مصوبات'],
  ['done', 'اجرا شده'],
  ['inProgress', 'در دست اجرا'],
  ['notStarted', 'آغاز نشده'],
  ['cancelled', 'لغو شده'],
  ['overdue', 'گذشته از مهلت'],
  ['completionRate', 'نرخ اجرا'],
];

export const sheetNames = { annual: 'گزارش سالانه', attendance: 'حضور و غیاب', responsible: 'مسئولان پیگیری' } as const;
export type ReportKind = keyof typeof sheetNames;

/** A resolution's status in words, for the command line and the workbooks (the screens have theirs in i18n). */
export const statusWords: Record<ResolutionStatus, string> = {
  not_started: 'آغاز نشده',
  in_progress: 'در دست اجرا',
  done: 'اجرا شده',
  cancelled: 'لغو شده',
};
