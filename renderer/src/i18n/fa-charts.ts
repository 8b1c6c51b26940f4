// The charts of the reports and of headquarters' overview, in Persian; part of `fa`.
export const faCharts = {
  showTable: 'نمایش جدول',
  showChart: 'نمایش نمودار',
  monthlyCaption: (year: string) => `جلسات و مصوبات هر ماه سال ${year}`,
  month: 'ماه',
  sessions: 'جلسات',
  resolutions: 'مصوبات',
  attendanceCaption: 'نرخ حضور دستگاه‌های عضو در جلسات سال',
  organization: 'دستگاه',
  attendanceRate: 'نرخ حضور',
  completionCaption: 'درصد اجرای مصوبات به تفکیک مسئول پیگیری',
  responsible: 'مسئول پیگیری',
  completionRate: 'درصد اجرا',
  provincesCaption: 'مصوبات هر استان: اجرا شده، باز در مهلت و گذشته از سررسید',
  province: 'استان',
  openInTime: 'باز در مهلت',
  /** A value the chart has no bar for: a member with no session, an organisation with nothing counted. */
  none: '—',
} as const;
