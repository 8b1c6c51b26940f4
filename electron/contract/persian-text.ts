// Persian text helpers shared by every layer: digit conversion, and the normalised key used to
// compare and search text, so the renderer's pickers and the services agree on what matches.
// Stored text is always what the secretary typed; only keys built here are normalised (minutes-format.md).

const PERSIAN_ZERO = 0x06f0;
const ARABIC_INDIC_ZERO = 0x0660;

/** Latin 0-9 and Arabic-Indic ٠-٩ → Persian ۰-۹. */
export function toPersianDigits(s: string | number): string {
  return String(s).replace(/[0-9\u0660-\u0669]/g, (d) => {
    const code = d.charCodeAt(0);
    const value = code >= ARABIC_INDIC_ZERO ? code - ARABIC_INDIC_ZERO : code - 0x30;
    return String.fromCharCode(PERSIAN_ZERO + value);
  });
}

/** Persian ۰-۹ and Arabic-Indic ٠-٩ → Latin 0-9. */
export function toLatinDigits(s: string): string {
  return s.replace(/[\u06f0-\u06f9\u0660-\u0669]/g, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= PERSIAN_ZERO ? code - PERSIAN_ZERO : code - ARABIC_INDIC_ZERO);
  });
}

// Arabic and Persian keyboards produce different code points for the same letter, and
// Word/PDF pastes bring in ZWNJ, bidi marks and diacritics inconsistently; none of these
// change what a reader sees as "the same word".
const LETTER_MAP: Record<string, string> = {
  '\u064a': '\u06cc', // ي Arabic yeh → ی
  '\u0649': '\u06cc', // ى alef maksura → ی
  '\u0643': '\u06a9', // ك Arabic kaf → ک
  '\u0629': '\u0647', // ة teh marbuta → ه
  '\u06c0': '\u0647', // ۀ heh with yeh above → ه
};

// Tatweel, Arabic diacritics (U+0654 hamza above included, so ه + ٔ becomes ه), superscript alef,
// and zero-width / bidi controls. ZWNJ is removed rather than turned into a space so that
// «حوزه‌های» and «حوزههای» (typed without the half-space) are equal.
const INVISIBLE_CHAR = /^(?:[\u064b-\u065f\u0670]|[\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff])$/;

export interface SearchKey {
  /** The normalised text. */
  key: string;
  /** For each code unit of `key`, the index of the code unit of the original text it came from. */
  map: number[];
}

/**
 * The search key of a text with, for each of its characters, where it came from in the text:
 * the index finds words, the map shows them highlighted in what the secretary typed.
 */
export function searchKeyWithMap(s: string): SearchKey {
  let key = '';
  const map: number[] = [];
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (INVISIBLE_CHAR.test(c)) continue;
    if (/\s/.test(c)) {
      space = key !== '';
      continue;
    }
    if (space) {
      key += ' ';
      map.push(i - 1);
      space = false;
    }
    const out = toLatinDigits(LETTER_MAP[c] ?? c).toLowerCase();
    for (const unit of out) {
      key += unit;
      map.push(i);
    }
  }
  return { key, map };
}

/** The key for comparing and searching; never store it in place of the user's text. */
export function normalizeForSearch(s: string): string {
  return searchKeyWithMap(s).key;
}

/** True when both texts have the same search key. */
export function sameText(a: string, b: string): boolean {
  return normalizeForSearch(a) === normalizeForSearch(b);
}

// Explicit bidi embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI).
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text as printed (paper, PDF, Word): without explicit bidi controls, so a pasted or hostile
 * override cannot make a printed amount or name read backwards. Marks (LRM/RLM) and ZWNJ stay.
 */
export function printableText(s: string): string {
  return s.replace(BIDI_CONTROLS, '');
}

// A Latin value inside a Persian sentence (a path, a file name, a hash, `--trust-new`) is set
// apart left to right: LRI … PDI (Unicode isolates, UAX #9). Inside it, each run of Persian words
// (a file name «بسته-مرکزی-1405-09-10.dabir») is isolated right to left in turn, so the digits and
// separators between them keep the value's own left-to-right order instead of joining the words.
const LRI = '\u2066';
const RLI = '\u2067';
const PDI = '\u2069';
/** Arabic-script letters; a run may hold digits, spaces and half-spaces between two letters. */
const ARABIC_LETTER = '[\\u0621-\\u064a\\u066e-\\u06d3\\u06d5\\u06fa-\\u06ff\\ufb50-\\ufdff\\ufe70-\\ufefc]';
export const RTL_RUN = new RegExp(`${ARABIC_LETTER}(?:[^-_./\\\\:()\\[\\]]*${ARABIC_LETTER})?`, 'gu');

/** `value` isolated left to right for a Persian message: «پرونده ⁦/tmp/x.sqlite⁩ پیدا نشد». */
export function ltrIsolate(value: string): string {
  return `${LRI}${value.replace(RTL_RUN, (run) => `${RLI}${run}${PDI}`)}${PDI}`;
}

/** A message for a terminal: without the isolates the screen needs (terminals differ in what they do with them, and a path copied from the line must be the path). */
export function withoutIsolates(s: string): string {
  return s.replace(/[\u2066-\u2069]/g, '');
}
