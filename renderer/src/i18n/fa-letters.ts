// Strings of the secretariat's own paper: the letterhead (سربرگ) and the letters printed on it
// (invitation, notification and follow-up letters); `fa.letters`.
export const faLetters = {
  /** The invocation at the top of an official letter. */
  invocation: 'بسمه تعالی',
  number: 'شماره',
  date: 'تاریخ',
  attachments: 'پیوست',
  /** Printed where a letter's number or date is not typed yet: the office writes it by hand. */
  notYet: '..........',
  letterhead: 'سربرگ دبیرخانه',
  letterheadHint:
    'سربرگ یک بار تنظیم می‌شود و دعوتنامه‌ها و نامه‌های ابلاغ و پیگیری روی آن چاپ می‌شوند. هر سطر سرعنوان در یک خط نوشته شود.',
  heading: 'سرعنوان (هر سطر در یک خط)',
  headingPlaceholder: 'استانداری مرکزی\nدبیرخانه کارگروه تخصصی امور اجتماعی',
  logo: 'نشان (PNG یا JPEG)',
  chooseLogo: 'انتخاب تصویر نشان',
  removeLogo: 'برداشتن نشان',
  noLogo: 'نشانی انتخاب نشده است',
  saveLetterhead: 'ذخیره سربرگ',
  saved: 'سربرگ ذخیره شد',
  preview: 'پیش‌نمایش سربرگ',
  logoAlt: 'نشان دبیرخانه',
  // The letters to responsible bodies (LetterSheet.tsx, letter-docx.ts).
  to: 'به',
  subject: 'موضوع',
  notificationSubject: (session: string, group: string) => `ابلاغ مصوبات ${session} ${group}`,
  followUpSubject: (group: string) => `پیگیری مصوبات ${group}`,
  /** «جلسه شماره ۱ مورخ ۱۳۹۹/۰۲/۰۲». */
  sessionOf: (number: string, date: string) => `جلسه شماره ${number} مورخ ${date}`,
  /** A group's name as it reads after «مصوبات …»: «کارگروه» added where the name has none. */
  groupWord: 'کارگروه',
  greeting: 'با سلام و احترام',
  notificationBody: (session: string, group: string) =>
    `به استحضار می‌رساند مصوبات ${session} ${group} که اجرای آن به عهده آن دستگاه است، به شرح جدول زیر جهت اقدام ابلاغ می‌گردد. خواهشمند است دستور فرمایید در مهلت مقرر نسبت به اجرای آن اقدام و نتیجه را به این دبیرخانه اعلام نمایند.`,
  followUpBody: (group: string, by: string) =>
    `پیرو ابلاغ مصوبات ${group}، مهلت اجرای مصوبات زیر که به عهده آن دستگاه است سپری شده و گزارشی از اقدام آن دستگاه به این دبیرخانه نرسیده است. خواهشمند است دستور فرمایید گزارش اقدامات انجام‌شده تا تاریخ ${by} به این دبیرخانه ارسال گردد.`,
  closing: 'با تشکر',
  secretaryOf: (group: string) => `دبیر ${group}`,
  notificationColumns: ['ردیف', 'مفاد مصوبه', 'مهلت اقدام', 'تاریخ سررسید'],
  followUpColumns: ['ردیف', 'جلسه', 'مفاد مصوبه', 'مهلت اقدام', 'تاریخ سررسید', 'روز تأخیر'],
  /** The session cell of a follow-up letter's row: «جلسه ۱ مورخ ۱۳۹۹/۰۲/۰۲، ردیف ۳». */
  sessionCell: (number: string, date: string, row: string) => `جلسه ${number} مورخ ${date}، ردیف ${row}`,
  noDueDate: '—',
  notificationTitle: 'نامه ابلاغ مصوبات',
  followUpTitle: 'نامه پیگیری مصوبات',
  // The letters panel of a final session and the letters screen.
  notificationsHeading: 'نامه‌های ابلاغ مصوبات',
  notificationsHint: 'برای هر دستگاه مسئول یک نامه؛ شماره و تاریخ نامه را پس از ثبت در دبیرخانه وارد کنید.',
  overdueHeading: 'نامه‌های پیگیری مصوبات سررسیدگذشته',
  overdueHint: 'برای هر دستگاهی که مصوبه سررسیدگذشته دارد یک نامه پیگیری.',
  lettersScreen: 'نامه‌ها',
  workingGroup: 'کارگروه',
  asOf: 'سررسیدگذشته تا تاریخ',
  resolutionsCount: (n: string) => `${n} مصوبه`,
  letterNumber: 'شماره نامه',
  letterDate: 'تاریخ نامه',
  keep: 'ثبت شماره و تاریخ',
  kept: 'ثبت شد',
  pdf: 'PDF',
  word: 'Word',
  allInOnePdf: 'همه نامه‌ها در یک PDF',
  noResponsible: 'هیچ مصوبه‌ای از این جلسه دستگاه مسئول ندارد.',
  noOverdue: 'مصوبه سررسیدگذشته‌ای نیست.',
  lastLetter: (number: string, date: string) => `آخرین نامه پیگیری: شماره ${number} مورخ ${date}`,
  pdfOf: (organization: string) => `PDF نامه ${organization}`,
  wordOf: (organization: string) => `Word نامه ${organization}`,
  // The follow-up log: the letters that covered a resolution.
  lettersLog: 'نامه‌ها',
  logLine: (kind: 'notification' | 'follow_up', number: string, date: string, organization: string) =>
    `${kind === 'notification' ? 'نامه ابلاغ' : 'نامه پیگیری'} شماره ${number} مورخ ${date} — ${organization}`,
};
