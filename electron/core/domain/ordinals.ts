// Persian number words: cardinals (0..999999) and the ordinal adjective used before «جلسه»
// («بیست و یکمین جلسه»).

const ONES = ['صفر', 'یک', 'دو', 'سه', 'چهار', 'پنج', 'شش', 'هفت', 'هشت', 'نه'];
const TEENS = ['ده', 'یازده', 'دوازده', 'سیزده', 'چهارده', 'پانزده', 'شانزده', 'هفده', 'هجده', 'نوزده'];
const TENS = ['', '', 'بیست', 'سی', 'چهل', 'پنجاه', 'شصت', 'هفتاد', 'هشتاد', 'نود'];
const HUNDREDS = ['', 'صد', 'دویست', 'سیصد', 'چهارصد', 'پانصد', 'ششصد', 'هفتصد', 'هشتصد', 'نهصد'];

const ZWNJ = '\u200c';

function word(list: readonly string[], i: number): string {
  const w = list[i];
  if (w === undefined) throw new RangeError(`No word at ${i}`);
  return w;
}

/** Parts of 1..999, to be joined with « و ». */
function belowThousand(n: number): string[] {
  const parts: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds > 0) parts.push(word(HUNDREDS, hundreds));
  if (rest >= 20) {
    parts.push(word(TENS, Math.floor(rest / 10)));
    if (rest % 10 > 0) parts.push(word(ONES, rest % 10));
  } else if (rest >= 10) {
    parts.push(word(TEENS, rest - 10));
  } else if (rest > 0) {
    parts.push(word(ONES, rest));
  }
  return parts;
}

/** 21 → «بیست و یک», 105 → «صد و پنج», 1000 → «هزار» (the common forms, without a leading «یک»). */
export function numberToWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999_999)
    throw new RangeError(`numberToWords supports integers 0..999999: ${n}`);
  if (n === 0) return word(ONES, 0);
  const thousands = Math.floor(n / 1000);
  const parts: string[] = [];
  if (thousands === 1) parts.push('هزار');
  else if (thousands > 1) parts.push(`${belowThousand(thousands).join(' و ')} هزار`);
  parts.push(...belowThousand(n % 1000));
  return parts.join(' و ');
}

/** The ordinal adjective: 1 «اولین», 3 «سومین», 21 «بیست و یکمین», 30 «سی‌امین», 101 «صد و یکمین». */
export function ordinalWord(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`ordinalWord needs a positive integer: ${n}`);
  // «یکمین» is only used inside a compound number; on its own the first is «اولین».
  if (n === 1) return 'اولین';
  const words = numberToWords(n);
  const cut = words.lastIndexOf(' ') + 1;
  const head = words.slice(0, cut);
  const last = words.slice(cut);
  if (last === 'سه') return `${head}سومین`;
  // A final «ی» takes «ام» after a half-space, as «سی‌امین»; «سیمین» would read as "silver".
  if (last.endsWith('ی')) return `${head}${last}${ZWNJ}امین`;
  return `${head}${last}مین`;
}
