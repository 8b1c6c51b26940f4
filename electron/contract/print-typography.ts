// Persian typography of printed text (paper, PDF, the Word copy): stored text stays exactly as typed,
// this turns it into what is printed. Plain TypeScript, no zod: the renderer's print view uses it.
//
// The rules, chosen to be predictable rather than clever:
// - Arabic ي (U+064A) and ى (U+0649, alef maksura) print as Persian ی, Arabic ك (U+0643) as ک.
//   ة, ۀ, diacritics, ZWNJ and every other character print as typed.
// - Arabic-Indic digits ٠-٩ print as Persian ۰-۹, wherever they are.
// - Latin digits 0-9 print as Persian ۰-۹, except inside Latin text. Latin text starts at a word
//   (a run without spaces) holding a Latin letter — «COVID-19», «ISO9001», «v2.1», «3D»,
//   «https://x.ir/a?id=7», «ali2@x.ir» — and runs on through the words that follow it after
//   spaces while each starts with a Latin letter or digit: «Windows 10 Pro», «HIV/AIDS 2»,
//   «COVID 19». So «سال 98 - 16 جلسه» prints «سال ۹۸ - ۱۶ جلسه» and «98 COVID» prints «۹۸ COVID».
//   A line break ends Latin text.
// - Only digits change, never the marks between them: «1398/02/12» → «۱۳۹۸/۰۲/۱۲», «2.5» → «۲.۵»,
//   «1,000» → «۱,۰۰۰». A dot between digits may be a decimal point or a clause number («بند 2.1»)
//   and a comma a thousands separator or a list; turning them into ٫ or ٬ would be a guess.
// - Persian digits are never turned into Latin ones, even inside Latin text.

import { toPersianDigits } from './persian-text';

const PERSIAN_ZERO = 0x06f0;

/** Word characters that may sit inside a Latin word, URL, e-mail or version number. */
const inWord = String.raw`[A-Za-z0-9_\-./:@#+&%~?=]`;
/** Latin text: a word with a Latin letter, then words starting with a Latin letter or digit after spaces. */
const LATIN = new RegExp(String.raw`${inWord}*[A-Za-z]${inWord}*(?:[ \u00a0]+[A-Za-z0-9]${inWord}*)*`, 'g');

const LETTERS: Record<string, string> = { '\u064a': '\u06cc', '\u0649': '\u06cc', '\u0643': '\u06a9' };

const arabicIndicDigits = (s: string): string =>
  s.replace(/[\u0660-\u0669]/g, (d) => String.fromCharCode(PERSIAN_ZERO + d.charCodeAt(0) - 0x0660));

/** Stored text as printed with Persian typography (the rules above); never stored. */
export function persianTypography(s: string): string {
  const letters = s.replace(/[\u064a\u0649\u0643]/g, (c) => LETTERS[c] ?? c);
  if (!/[0-9\u0660-\u0669]/.test(letters)) return letters;
  let out = '';
  let from = 0;
  for (const m of letters.matchAll(LATIN)) {
    out += toPersianDigits(letters.slice(from, m.index)) + arabicIndicDigits(m[0]);
    from = m.index + m[0].length;
  }
  return out + toPersianDigits(letters.slice(from));
}
