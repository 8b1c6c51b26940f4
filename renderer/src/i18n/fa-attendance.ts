// Taking attendance in the session editor: marking many at once, the status keys, a signatory picked
// from the directory, the sheet to sign; part of `fa`.
export const faAttendance = {
  allPresent: 'همه حاضر',
  restPresent: 'بقیه حاضر',
  allPresentHint: 'دستگاه‌های عضوی که هنوز وضعیتی ندارند حاضر می‌شوند',
  keysLegend: 'روی هر سطر:',
  or: 'یا',
  /** The letter that sets each status on a focused line (the status's first letter, or its telling one). */
  keys: { present: 'ح', deputy: 'م', representative: 'ن', absent: 'غ', excused: 'ا' },
  keysMove: '↑ ↓ سطر دیگر؛ Shift با ↑ ↓، End یا کلیک: چند سطر با هم، سپس یک کلید برای همه؛ Enter در نام شخص: سطر بعد',
  rowLabel: (organization: string, status: string) => `${organization}: ${status}`,
  /** A new signatory's half-typed name that several people of the directory have. */
  pickOne: 'چند نفر از فهرست اشخاص با این نام هستند؛ یکی را از فهرست برگزینید یا نام کامل را بنویسید',
  sheet: 'برگه حضور و غیاب',
  /** The sheet's columns, in order. */
  sheetColumns: ['ردیف', 'دستگاه', 'نام و نام خانوادگی', 'امضا'],
  sheetTitle: (title: string) => `برگه حضور و غیاب ${title}`,
} as const;
