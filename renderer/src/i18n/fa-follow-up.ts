// The open-resolutions board and follow-up reports, in Persian; part of `fa`.
export const faFollowUp = {
  allOrganizations: 'همه دستگاه‌ها',
  allStatuses: 'باز (آغاز نشده و در دست اجرا)',
  responsibleFilter: 'مسئول پیگیری',
  boardEmpty: 'مصوبه‌ای با این شرایط نیست.',
  boardShown: (shown: string, total: string) => `${shown} مصوبه از ${total}`,
  boardAll: (total: string) => `${total} مصوبه`,
  boardMore: (n: string) => `نمایش ${n} مصوبه بعدی`,
  boardHelp:
    'روی هر ردیف: ۱ تا ۴ وضعیت را می‌گذارد (۱ آغاز نشده، ۲ در دست اجرا، ۳ اجرا شده، ۴ لغو شده) و Ctrl+Z آخرین تغییر وضعیت را بازمی‌گرداند؛ Enter، دو بار کلیک یا دکمه «پیگیری» متن کامل مصوبه و گزارش‌های پیگیری آن را باز می‌کند.',
  /** The row's button that opens its follow-up (the visible word; the row is in its label). */
  openFollowUp: 'پیگیری',
  actions: 'اقدام',
  rowStatus: (row: string) => `وضعیت — ${row}`,
  rowFollowUp: (row: string) => `پیگیری — ${row}`,
  /** Said after a status is set on the board, with a button that sets the one before again. */
  statusChanged: (row: string, status: string) => `وضعیت ${row} «${status}» شد.`,
  statusRestored: (row: string, status: string) => `وضعیت ${row} به «${status}» بازگشت.`,
  undoStatus: 'بازگرداندن',
  dueSoon: 'سررسید نزدیک',
  onlyDueSoon: 'فقط سررسید تا ۷ روز آینده',
  onlyUnreported: 'فقط بی‌گزارش در ۳۰ روز گذشته',
  lastReport: 'آخرین پیگیری',
  followUps: 'پیگیری‌ها',
  noFollowUps: 'هنوز گزارشی ثبت نشده است.',
  recordFollowUp: 'ثبت گزارش پیگیری',
  followUpDate: 'تاریخ گزارش',
  followUpText: 'متن گزارش',
  followUpOrganization: 'دستگاه گزارش‌دهنده',
  followUpStatus: 'وضعیت پس از این گزارش',
  keepStatus: 'بدون تغییر',
} as const;
