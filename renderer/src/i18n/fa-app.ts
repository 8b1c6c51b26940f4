// The app shell: its name and the sections of the navigation, in Persian; part of `fa`.
export const faApp = {
  appName: 'دبیر',
  appTagline: 'صورتجلسه، مصوبات و حضور و غیاب کارگروه',
  chooseGroup: 'یک کارگروه را برگزینید.',
  sections: 'بخش‌ها',
  sectionGroups: 'کارگروه‌ها و جلسه‌ها',
  sectionCalendar: 'تقویم',
  sectionBoard: 'مصوبات باز',
  sectionReports: 'گزارش‌ها',
  sectionSend: 'ارسال به ستاد',
  sectionBackups: 'پشتیبان‌گیری',
  sectionPastMinutes: 'ورود صورتجلسه‌های قبلی',
} as const;
