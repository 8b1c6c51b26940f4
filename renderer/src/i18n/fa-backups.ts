// The strings of «پشتیبان‌گیری» (the backups screen, saving and restoring), in Persian; part of `fa`.
export const faBackups = {
  sectionBackups: 'پشتیبان‌گیری',
  backupsIntro:
    'دبیر هر بار که باز می‌شود، روزی یک بار، ده دقیقه پس از آخرین تغییر، هنگام بسته شدن، پیش از به‌روزرسانی ساختار داده و پیش از ورود هر بسته، پشتیبانی بررسی‌شده از همین پرونده داده در پوشه پشتیبان‌ها می‌گیرد و از آن‌ها سه تای آخر، هفت روزانه، چهار هفتگی و دوازده ماهانه نگه می‌دارد. برای نگهداری بیرون از این رایانه، پشتیبانی روی حافظه جانبی ذخیره کنید.',
  saveBackup: 'ذخیره پشتیبان رمزگذاری‌شده در پوشه دلخواه (حافظه جانبی)…',
  backupSaved: 'پشتیبان رمزگذاری، ذخیره و بررسی شد:',
  ownPassphrase: 'گذرواژه را خودم می‌گذارم (وگرنه دبیر گذرواژه‌ای می‌سازد و یک بار نشان می‌دهد)',
  passphrase: 'گذرواژه',
  passphraseAgain: 'تکرار گذرواژه',
  passphraseRule: 'دست‌کم ۱۴ نویسه گوناگون: حرف، رقم و نشانه',
  passphraseMismatch: 'دو گذرواژه یکی نیست',
  passphraseShownOnce:
    'گذرواژه این پشتیبان — تنها همین یک بار نشان داده می‌شود: آن را روی کاغذ بنویسید و جدا از حافظه جانبی نگه دارید؛ بی آن، پشتیبان گشوده نمی‌شود.',
  passphraseDigits:
    'پنج دسته پنج‌رقمی. دبیر آن را با رقم‌های فارسی و با فاصله هم می‌پذیرد؛ ابزار age آن را همین‌گونه (با خط تیره) می‌خواهد.',
  restoreFromFile: 'بازگردانی از پرونده…',
  restoreFromFileTitle: 'بازگرداندن پشتیبان از پرونده',
  restoreFromFileExplain:
    'پرونده پشتیبان (مثلاً روی حافظه جانبی) را پس از «بازگردانده شود» برمی‌گزینید. اگر رمزگذاری شده است، گذرواژه آن را اینجا بنویسید.',
  backupPassphrase: 'گذرواژه پشتیبان (اگر رمزگذاری شده است)',
  noFileChosen: 'پرونده‌ای برگزیده نشد؛ چیزی تغییر نکرد.',
  backupContents: (groups: string, sessions: string, finals: string, resolutions: string, followUps: string) =>
    `${groups} کارگروه، ${sessions} جلسه (${finals} قطعی)، ${resolutions} مصوبه، ${followUps} گزارش پیگیری`,
  automaticBackups: 'پشتیبان‌های خودکار در',
  backupDate: 'تاریخ',
  backupReason: 'هنگام',
  backupHolds: 'محتوا',
  lastChange: 'آخرین تغییر',
  backupLatest: 'آخرین تغییرات را دارد',
  backupMissing: (n: string) => `${n} تغییر پس از آن در داده کنونی هست`,
  backupAhead: 'تغییراتی دارد که در داده کنونی نیست',
  noBackupLatest: (at: string) =>
    `هیچ پشتیبانی آخرین تغییرات (${at}) را ندارد؛ دبیر ده دقیقه پس از آخرین تغییر و هنگام بسته شدن برنامه پشتیبان می‌گیرد.`,
  backupState: 'وضعیت',
  backupIntact: 'سالم',
  backupDamaged: 'آسیب‌دیده',
  backupReasons: {
    start: 'باز شدن برنامه',
    daily: 'روزانه',
    quiet: 'پس از تغییرات (درنگ ده‌دقیقه‌ای)',
    close: 'بسته شدن برنامه',
    migration: 'پیش از به‌روزرسانی ساختار داده',
    import: 'پیش از ورود بسته',
    manual: 'دستی',
    'before-restore': 'پیش از بازگردانی',
    'before-repair': 'پیش از درست کردن پیوندها',
  },
  restore: 'بازگردانی',
  restoreTitle: (date: string) => `بازگرداندن پشتیبان ${date}`,
  restoreExplain:
    'داده‌های کنونی پیش از بازگردانی به صورت یک پشتیبان جداگانه نگه داشته می‌شود؛ سپس دبیر با داده‌های این پشتیبان ادامه می‌دهد.',
  restoreConfirm: 'بازگردانده شود',
  restored: 'پشتیبان بازگردانده شد.',
  restoredAside: 'داده‌های پیش از بازگردانی نگه داشته شد در:',
  continueWork: 'ادامه کار با داده‌های بازگردانده',
} as const;
