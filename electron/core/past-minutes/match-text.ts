// The text the recognizer matches on, one character for one, so a match's indices cut the same
// span out of what the document says: Arabic ي/ك and Persian/Arabic-Indic digits folded, the
// half-space and bidi marks seen as spaces. What is kept is always the original's span.

const FOLD: Record<string, string> = {
  '\u064a': 'ی',
  '\u0649': 'ی',
  '\u0643': 'ک',
  '\u0629': 'ه',
  '\u200c': ' ',
  '\u200d': ' ',
  '\u200e': ' ',
  '\u200f': ' ',
  '\u00a0': ' ',
  '\u061c': ' ',
  '\ufeff': ' ',
  '\u2013': '-',
  '\u2014': '-',
  '\u2012': '-',
  '\u2212': '-',
  '\u066b': '/',
  '\u066c': ',',
};

/** Same length as `s`: each character folded for matching. */
export function matchText(s: string): string {
  let out = '';
  for (const c of s) {
    const code = c.charCodeAt(0);
    if (code >= 0x06f0 && code <= 0x06f9) out += String.fromCharCode(0x30 + code - 0x06f0);
    else if (code >= 0x0660 && code <= 0x0669) out += String.fromCharCode(0x30 + code - 0x0660);
    else out += FOLD[c] ?? c;
  }
  return out;
}

/** Spaces (also half-spaces and marks) collapsed and trimmed; the text itself kept. */
export function tidy(s: string): string {
  return s
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/[ \t\u00a0]+/g, ' ')
    .trim();
}

/** Punctuation a field does not keep at its ends: list dashes, colons, a closing full stop's comma. */
export function trimPunctuation(s: string): string {
  return tidy(s)
    .replace(/^[\s\-–—ـ:•▪■◾●○❖✳*✓✔،,؛;]+/u, '')
    .replace(/[\s\-–—ـ:،,؛;]+$/u, '')
    .trim();
}

/** A matchable key for comparing names: folded, without half-spaces or spaces' variety, lower-case. */
export function nameKey(s: string): string {
  return matchText(s)
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[«»"'()[\].،,؛;:-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
