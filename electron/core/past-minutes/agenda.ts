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
  if (marks.length < 2) return text.split(/[؛;]/).map(trimPunctuation).filter(Boolean);
  return marks
    .map((m, i) => text.slice(m.index + m[0].length, marks[i + 1]?.index ?? text.length))
    .map(trimPunctuation)
    .filter(Boolean);
}

/** `lines`: the agenda part, the heading's own rest first (`headRest`, may be empty). */
export function readAgenda(headRest: string, headLine: number, lines: readonly Line[], r: Recognized): void {
  if (trimPunctuation(headRest) !== '' && !AGENDA_INTRO.test(matchText(headRest))) {
    for (const item of itemsInline(headRest)) r.agenda.push({ value: item, line: headLine });
  }
  let plainRun = 0;
  for (const l of lines) {
    const marker = listMarker(l.text);
    const text = tidy(marker ? marker.rest : l.text);
    if (text === '') continue;
    if (!marker) {
      // Unmarked lines are items only right after the heading; a paragraph after a list ends it.
      if (r.agenda.length > 0 && plainRun === 0 && r.agenda.at(-1)!.line !== headLine) break;
      plainRun++;
      if (plainRun > 12) break;
    }
    r.agenda.push({ value: trimPunctuation(text), line: l.n });
    r.used.add(l.n);
  }
}
