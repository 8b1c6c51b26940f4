// The agenda: the items after «دستور کار» / «دستور جلسه» (or a sentence «… با دستور کار ذیل …»),
// as dashes, numbers or lines; items on the heading's own line («دستور جلسه: ۱- … ۲- …») too.
import { matchText, tidy, trimPunctuation } from './match-text';
import type { Recognized } from './recognized';
import { listMarker, type Line } from './source-lines';

/** A sentence that announces the agenda below it. */
export const AGENDA_INTRO = /دستور\s*(?:کار|جلسه|ات)\s*(?:ذیل|زیر|به\s*شرح\s*(?:ذیل|زیر)|[:：]\s*$)/;

function itemsInline(text: string): string[] {
  const f = matchText(text);
  const marks = [...f.matchAll(/(?:^|\s)([0-9]{1,2})\s*[-ـ.)]\s*(?![0-9])/g)];
  // «… – …» or «…؛ …» between items written on one line.
  if (marks.length < 2)
    return text
      .split(/[؛;]|\s[–—-]\s/)
      .map(trimPunctuation)
      .filter(Boolean);
  return marks
    .map((m, i) => text.slice(m.index + m[0].length, marks[i + 1]?.index ?? text.length))
    .map(trimPunctuation)
    .filter(Boolean);
}

/**
 * `lines`: the agenda part, the heading's own rest first (`headRest`, may be empty). Answers the
 * lines after the agenda that are not items (the opening of the discussion, often).
 */
export function readAgenda(headRest: string, headLine: number, lines: readonly Line[], r: Recognized): Line[] {
  const inline = trimPunctuation(headRest) !== '' && !AGENDA_INTRO.test(matchText(headRest));
  if (inline) for (const item of itemsInline(headRest)) r.agenda.push({ value: item, line: headLine });
  let plainRun = 0;
  let marked = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.cells) {
      // The agenda as a table («ردیف | موضوع | ارائه دهنده»): its subject cell, the header row aside.
      const item = agendaRow(l.cells);
      if (item === null) continue;
      r.agenda.push({ value: item, line: l.n });
      r.used.add(l.n);
      continue;
    }
    const marker = listMarker(l.text);
    const text = tidy(marker ? marker.rest : l.text);
    if (text === '') {
      if (marked || plainRun > 0) plainRun = 99;
      continue;
    }
    // Unmarked lines are items only right after a heading with nothing on it; a paragraph after a list ends it.
    if (!marker && (inline || marked || plainRun >= 12)) return lines.slice(i);
    if (marker) marked = true;
    else plainRun++;
    r.agenda.push({ value: trimPunctuation(text), line: l.n });
    r.used.add(l.n);
  }
  return [];
}

/** One row of an agenda table: the subject; null for its header row or an empty one. */
function agendaRow(cells: readonly string[][]): string | null {
  const texts = cells.map((c) => tidy(c.join(' ')));
  if (texts.some((t) => /^(?:موضوع|عنوان|شرح|دستور\s*کار)$/.test(matchText(t)))) return null;
  const subject = texts.filter((t) => !/^[0-9]+$/.test(matchText(t))).sort((a, b) => b.length - a.length)[0];
  return subject ? trimPunctuation(subject) : null;
}
