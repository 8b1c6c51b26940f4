// The calendar of sessions: the month of every group's sessions and planning one on a day; part of `fa`.
export const faSessionCalendar = {
  title: 'تقویم جلسه‌ها',
  previousMonth: 'ماه قبل',
  nextMonth: 'ماه بعد',
  thisMonth: 'امروز',
  /** The weekday headings, Saturday first; each named in full for assistive technology. */
  weekdays: ['ش', 'ی', 'د', 'س', 'چ', 'پ', 'ج'],
  weekdayNames: ['شنبه', 'یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه'],
  held: 'برگزارشده',
  planned: 'برنامه‌ریزی‌شده',
  heldHint: 'قطعی',
  plannedHint: 'پیش‌نویس',
  legend: 'راهنما',
  today: 'امروز',
  chip: (number: string, group: string) => `جلسه ${number} · ${group}`,
  /** A day's button as assistive technology reads it: «۱۲ اسفند ۱۴۰۳، امروز، ۲ جلسه» (count null: none). */
  dayLabel: (date: string, count: string | null, isToday: boolean) =>
    [date, ...(isToday ? ['امروز'] : []), count === null ? 'بی‌جلسه' : `${count} جلسه`].join('، '),
  /** A chip as assistive technology reads it: «جلسه ۳ کارگروه آب، برگزارشده، ساعت ۰۹:۰۰». */
  chipLabel: (chip: string, state: string, time: string | null) =>
    [chip, state, ...(time ? [`ساعت ${time}`] : [])].join('، '),
  chooseDayHint: 'روزی را برگزینید تا جلسه‌های آن و برنامه‌ریزی جلسه‌ای تازه در آن روز را ببینید.',
  keysHint: 'با کلیدهای جهت از روزی به روز دیگر بروید و با Enter آن را برگزینید.',
  noSessionsOnDay: 'در این روز جلسه‌ای نیست.',
  plan: 'برنامه‌ریزی جلسه در این روز',
  planGroup: 'کارگروه',
  noGroups: 'برای برنامه‌ریزی جلسه، نخست کارگروهی بسازید.',
  planning: 'در حال ساختن جلسه…',
} as const;
