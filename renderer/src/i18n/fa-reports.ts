// The reports screen and the printed report, in Persian; part of `fa`. The report headings are the
// contract's, shared with the command line and the Excel sheets.
import { annualLabels, attendanceColumns, responsibleColumns } from '../../../electron/contract/report-labels';

export const faReports = {
  reportYear: 'سال',
  noSessions: 'این کارگروه هنوز جلسه‌ای ندارد؛ گزارش سال پس از نخستین جلسه آماده می‌شود.',
  annualReport: 'گزارش سالانه',
  attendanceReport: 'حضور و غیاب دستگاه‌ها',
  responsibleReport: 'مصوبات به تفکیک مسئول پیگیری',
  saveExcel: 'خروجی Excel',
  yearReportTitle: (year: string, group: string) => `گزارش سال ${year} ${group}`,
  figure: 'شاخص',
  count: 'تعداد',
  annualLabels,
  attendanceColumns,
  responsibleColumns,
} as const;
