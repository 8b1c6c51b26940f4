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
};
