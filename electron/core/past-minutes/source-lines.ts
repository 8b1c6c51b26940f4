// The recognizer's view of a source: numbered lines, each a paragraph or a table row, with the
// folded text it matches on (match-text.ts). Blank lines keep their numbers: the review screen
// shows the file as it is.
import type { SourceLine } from '../../contract';
import { readOrdinal } from '../domain/number-words';
import { matchText, tidy } from './match-text';

export interface Line {
  /** 1-based, as the review screen numbers it. */
  n: number;
  /** The paragraph, or the row's cells joined by tabs (a cell's paragraphs by spaces). */
  text: string;
  /** A table row: the paragraphs of each cell; null for a paragraph. */
  cells: string[][] | null;
  folded: string;
}

export function toLines(source: readonly SourceLine[]): Line[] {
  return source.map((s, i) => {
    const text = s.cells ? s.cells.map((c) => c.map(tidy).join(' ')).join('\t') : s.text;
    return { n: i + 1, text, cells: s.cells, folded: matchText(text) };
  });
}

/** A text pasted or read from a text file: one line a line; a line with tabs is a table row. */
export function linesOfText(text: string): SourceLine[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => {
      const t = line.replace(/\s+$/, '');
      return t.includes('\t') && t.replace(/\t/g, '').trim() !== ''
        ? { text: t, cells: t.split('\t').map((c) => [c.trim()]) }
        : { text: t, cells: null };
    });
}

/** How the review screen shows a line: a row's cells between bars. */
export function shownText(line: SourceLine): string {
  return line.cells ? line.cells.map((c) => c.join(' / ')).join(' | ') : line.text;
}

export const isBlank = (l: Line) => tidy(l.text.replace(/\t/g, ' ')) === '';

/** A list item's marker at the start: «- »، «۱- »، «1ـ»، «۲:»، «3)»، «الف)»، «•», and the text after it. */
const MARKER =
  /^\s*(?:[-–—•▪■◾●○❖✳*✓✔⬅←]+\s*|(?:\(?([0-9]{1,3})\s*[-ـ.):]\s*(?![0-9]))|(?:بند\s*([0-9]{1,3})\s*[-ـ.):]?\s*)|(?:(?:الف|ب|پ|ت|ث|ج|چ|ح|خ|د)\s*[-ـ.)]\s+))/;
export function listMarker(text: string): { number: number | null; rest: string } | null {
  const f = matchText(text);
  // «اول:»، «دوم -»، «بیست و یکم)»: items numbered in words.
  const w = /^\s*((?:[آ-ی]+\s*و\s*)*[آ-ی]+م|اول)\s*[:：\-ـ)]\s*/.exec(f);
  const n = w ? (w[1] === 'اول' ? 1 : readOrdinal(`${w[1]!}ین`)) : null;
  if (w && n !== null) return { number: n, rest: text.slice(w[0].length) };
  const m = MARKER.exec(f);
  if (!m || m[0].trim() === '') return null;
  const num = m[1] ?? m[2];
  return { number: num ? Number(num) : null, rest: text.slice(m[0].length) };
}

/** The clause letters minutes use inside a resolution: «الف)»، «ب-»، «ج:». */
export const CLAUSE = /^\s*(?:الف|ب|پ|ت|ج|د|ه|و|ز|ح|ط|ی)\s*[)\-ـ:]/;
