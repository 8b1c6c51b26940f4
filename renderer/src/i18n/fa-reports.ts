// The reports screen and the printed report, in Persian; part of `fa`.
export const faReports = {
  reportYear: 'سال',
  annualReport: 'گزارش سالانه',
  attendanceReport: 'حضور و غیاب دستگاه‌ها',
  responsibleReport: 'مصوبات به تفکیک مسئول پیگیری',
  saveExcel: 'خروجی Excel',
  yearReportTitle: (year: string, group: string) => `گزارش سال ${year} ${group}`,
  figure: 'شاخص',
  count: 'تعداد',
} as const;
