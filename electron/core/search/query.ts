// From what the secretary typed to an FTS5 query, and from a hit back to a snippet of the stored
// text. Both sides use the same search key (contract/persian-text.ts), so ي/ك, ة/ۀ, tatweel,
// diacritics, half-spaces and the three kinds of digits never hide a result.
import { normalizeForSearch, searchKeyWithMap } from '../../contract/persian-text';

/** The words of a query, normalised; punctuation and FTS5 syntax characters are separators. */
export function queryWords(query: string): string[] {
  return normalizeForSearch(query)
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter((w) => w !== '');
}

/**
 * Every word as a quoted prefix («"حوزه"*»), all required. Quoting makes «NEAR», «-», «*», «(»
 * plain text, so no input can be an FTS5 syntax error; null when nothing is left to search.
 */
export function ftsQuery(query: string): string | null {
  const words = queryWords(query);
  return words.length === 0 ? null : words.map((w) => `"${w.replace(/"/g, '""')}"*`).join(' ');
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}\p{M}]/u.test(c);

export interface Snippet {
  text: string;
  highlights: [number, number][];
}

/**
 * A window of the stored text around the first match, with every match of a query word (as a
 * word prefix, as FTS5 matched it) marked by its range in that window.
 */
export function snippet(text: string, words: readonly string[], radius = 80): Snippet {
  const { key, map } = searchKeyWithMap(text);
  const ranges: [number, number][] = [];
  for (const w of words) {
    for (let at = key.indexOf(w); at !== -1; at = key.indexOf(w, at + 1)) {
      if (isWordChar(key[at - 1])) continue;
      ranges.push([map[at]!, map[at + w.length - 1]! + 1]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  const first = merged[0]?.[0] ?? 0;
  let start = Math.max(0, first - radius);
  let end = Math.min(text.length, first + radius);
  // Whole words at both ends.
  while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
  while (end < text.length && !/\s/.test(text[end]!)) end++;
  const prefix = start > 0 ? '… ' : '';
  const suffix = end < text.length ? ' …' : '';
  return {
    text: `${prefix}${text.slice(start, end)}${suffix}`,
    highlights: merged
      .filter(([a, b]) => a >= start && b <= end)
      .map(([a, b]) => [a - start + prefix.length, b - start + prefix.length]),
  };
}
