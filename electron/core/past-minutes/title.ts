// The title line of minutes: «صورتجلسه اولین جلسه کارگروه … استان مرکزی در سال ۱۳۹۹»، «جلسه ۲۸۸
// شورای …»: the session's number, its year, the body's name and the province.
import { readOrdinal } from '../domain/number-words';
import { PROVINCES } from '../domain/provinces';
import { matchText, tidy, trimPunctuation } from './match-text';
import type { Recognized } from './recognized';
import type { Line } from './source-lines';

const PROVINCE = `(${PROVINCES.map((p) => p.replace(/ /g, '\\s*')).join('|')})`;

/** The words a body's name starts with. */
const BODY = /(کار\s*گروه|شورای|شورا|ستاد|کمیسیون|کمیته|هیئت|هیات|مجمع|قرارگاه|کارگروه)/;
const TITLE_HINT = /صور\s*ت\s*جلسه|جلسه|نشست/;

function numberIn(folded: string): number | null {
  let m = /(?:جلسه|نشست)\s*(?:شماره|ی|-)?\s*[:：]?\s*(?:\(\s*)?([0-9]{1,4})(?![0-9/])/.exec(folded);
  if (m) return Number(m[1]);
  m = /(?<![0-9/])([0-9]{1,4})\s*(?:-\s*)?(?:امین|مین|ام)\s*(?:جلسه|نشست)/.exec(folded);
  if (m) return Number(m[1]);
  const words = folded
    .replace(/[،,:()«»-]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  let best: number | null = null;
  for (let i = 0; i < words.length; i++) {
    for (let len = 5; len >= 1; len--) {
      const w = words.slice(i, i + len);
      if (w.length < len || w[0] === 'و' || w.at(-1) === 'و') continue;
      const n =
        /(?:مین|امین)$/.test(w.at(-1)!) || /^(?:اولین|نخستین)$/.test(w.at(-1)!) ? readOrdinal(w.join('')) : null;
      if (n !== null) return n;
    }
  }
  m = /(?:جلسه|نشست)\s*((?:[آ-ی]+\s*و\s*)*[آ-ی]+م)(?![آ-ی])/.exec(folded);
  if (m) best = readOrdinal(`${m[1]}ین`) ?? (m[1] === 'اول' ? 1 : null);
  return best;
}

function groupIn(text: string): string | null {
  const folded = matchText(text);
  const start = BODY.exec(folded);
  if (!start) return null;
  let rest = folded.slice(start.index);
  const stop = new RegExp(
    `\\s+(?:استان\\s*${PROVINCE}|استان(?=\\s*(?:در|سال|مورخ|$|[،,\\-]))|در\\s*سال|سال\\s*[0-9]{4}|مورخ|به\\s*تاریخ|در\\s*تاریخ|روز\\s|با\\s*دستور|[0-9]{4}\\s*/)|\\s*[(\\-–]\\s*(?:جلسه|[0-9])`,
  ).exec(rest);
  if (stop) rest = rest.slice(0, stop.index);
  const name = trimPunctuation(text.slice(start.index, start.index + rest.length));
  return name.split(/\s+/).length >= 1 && name.length >= 4 ? tidy(name) : null;
}

/** Reads the title from the first lines; returns the line numbers it used. */
export function readTitle(lines: readonly Line[], r: Recognized): number[] {
  const first = lines.filter((l) => l.text.trim() !== '' && !l.cells).slice(0, 10);
  // A letterhead may come first: a line naming the minutes («صورتجلسه …») wins over an earlier one.
  const titled = (l: Line) => TITLE_HINT.test(l.folded) && (BODY.test(l.folded) || numberIn(l.folded) !== null);
  const title = first.find((l) => titled(l) && /صور\s*ت\s*جلسه/.test(l.folded)) ?? first.slice(0, 6).find(titled);
  if (!title) return [];
  const used = [title.n];
  // «صورتجلسه کارگروه …» then «دومین جلسه کارگروه … در سال ۱۴۰۰ …»: the number may be on the next line.
  const numbered = [title, ...first.slice(first.indexOf(title) + 1, first.indexOf(title) + 3)].find(
    (l) => numberIn(l.folded) !== null && /جلسه|نشست/.test(l.folded),
  );
  const number = numbered ? numberIn(numbered.folded) : null;
  if (number !== null && numbered) r.number = { value: number, line: numbered.n };
  let group = groupIn(title.text);
  let groupLine = title.n;
  if (!group) {
    const next = first[first.indexOf(title) + 1];
    const g = next && !/[:：]/.test(next.folded) ? groupIn(next.text) : null;
    if (g && next) {
      group = g;
      groupLine = next.n;
      used.push(next.n);
    }
  }
  if (group) r.groupName = { value: group, line: groupLine };
  const yearLine = [title, numbered].find((l) => l && /سال\s*[0-9]{4}/.test(l.folded)) ?? title;
  const year =
    /سال\s*([0-9]{4})(?![0-9])/.exec(yearLine.folded) ?? /(?<![0-9/])(1[34][0-9]{2})(?![0-9/])/.exec(title.folded);
  if (year) r.year = { value: Number(year[1]), line: yearLine.n };
  const province = new RegExp(`(?:استان|استاندار(?:ی)?)\\s*${PROVINCE}`).exec(lines.map((l) => l.folded).join('\n'));
  if (province)
    r.province = PROVINCES.find((p) => matchText(p).replace(/\s/g, '') === province[1]!.replace(/\s/g, '')) ?? null;
  return used;
}
