// Strings of a session's invitation (دعوتنامه): the letter as printed and in Word, and the panel of
// the session editor that keeps its number, date and mode; `fa.invitation`.
export const faInvitation = {
  // The letter.
  title: 'دعوتنامه',
  /** «دعوتنامه اولین جلسه کار گروه … در سال ۱۳۹۹»: the PDF's and the Word file's title. */
  documentTitle: (ordinal: string, group: string, year: string) => `دعوتنامه ${ordinal} جلسه ${group} در سال ${year}`,
  datePlaceholder: '۱۳۹۹/۰۱/۲۸',
  to: 'به',
  subject: 'موضوع',
  /** The addressee of the one letter with «رونوشت». */
  members: (group: string) => `اعضای محترم ${group}`,
  subjectLine: (ordinal: string, group: string, year: string) => `دعوت به ${ordinal} جلسه ${group} در سال ${year}`,
  greeting: 'با سلام و احترام',
  /** «… روز سه‌شنبه ۲ اردیبهشت ۱۳۹۹ ساعت ۹:۰۰ تا ۱۱:۰۰ در سالن … با دستور کار زیر برگزار می‌شود». */
  body: (ordinal: string, group: string, year: string, when: string, withAgenda: boolean) =>
    `بدین‌وسیله به استحضار می‌رساند ${ordinal} جلسه ${group} در سال ${year} ${when}${withAgenda ? ' با دستور کار زیر' : ''} برگزار می‌شود.`,
  on: (longDate: string) => `روز ${longDate}`,
  at: (time: string) => `ساعت ${time}`,
  in: (place: string) => `در ${place}`,
  agenda: 'دستور کار جلسه:',
  closing: {
    each: 'حضور جنابعالی یا نماینده تام‌الاختیار آن دستگاه در جلسه موجب امتنان است.',
    copies: 'حضور اعضای محترم یا نمایندگان تام‌الاختیار دستگاه‌ها در جلسه موجب امتنان است.',
  },
  /** Under the signature when no secretary is named. */
  secretaryTitle: 'دبیر کارگروه',
  copies: 'رونوشت',
  /** What the invitation carries with it. */
  noAttachments: 'ندارد',
  // The session editor's panel.
  panel: 'دعوتنامه',
  panelHint: 'دعوتنامه روی سربرگ دبیرخانه چاپ می‌شود: تاریخ جلسه با روز هفته، ساعت، مکان و دستور کار.',
  mode: 'شیوه ارسال',
  modeEach: 'یک نامه برای هر دستگاه عضو',
  modeCopies: 'یک نامه با رونوشت به همه اعضا',
  number: 'شماره نامه',
  date: 'تاریخ نامه',
  save: 'ذخیره شماره و تاریخ',
  saved: 'شماره و تاریخ دعوتنامه ذخیره شد',
  savePdf: 'دعوتنامه PDF',
  saveWord: 'دعوتنامه Word',
  wordFileName: (year: string, number: string) => `دعوتنامه-${year}-${number}.docx`,
  letters: (count: string) => `${count} نامه، هر دستگاه در یک صفحه`,
  noAgenda: 'این جلسه هنوز دستور کاری ندارد؛ دعوتنامه بی‌دستور کار چاپ می‌شود.',
  noLetterhead: 'سربرگ دبیرخانه هنوز تنظیم نشده است؛ دعوتنامه بی‌نشان و بی‌سرعنوان چاپ می‌شود.',
  setLetterhead: 'تنظیم سربرگ',
} as const;
