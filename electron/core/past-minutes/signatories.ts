// The signatures at the end: a name line then its title lines («سید علی آقازاده» / «استاندار مرکزی» /
// «و رئیس کارگروه …»), or a table with one signatory a cell. A lone word is not a signatory.
import { looksLikeOrganization } from './entries';
import { matchText, tidy, trimPunctuation } from './match-text';
import { splitPerson, titleStart, withoutHonorifics } from './people';
import type { Recognized } from './recognized';
import type { Line } from './source-lines';

const isTitle = (text: string) =>
  titleStart(text) === 0 || /^\s*و\s/.test(matchText(text)) || looksLikeOrganization(text);

export function readSignatories(lines: readonly Line[], r: Recognized): void {
  type Signatory = { name: string; title: string[]; line: number; lines: number[] };
  let current = null as Signatory | null;
  const done: Signatory[] = [];
  const close = () => {
    if (current && (current.title.length > 0 || current.name.split(/\s+/).length >= 2)) done.push(current);
    current = null;
  };
  for (const l of lines) {
    if (l.cells) {
      close();
      for (const cell of l.cells) {
        const paragraphs = cell.map(tidy).filter(Boolean);
        if (paragraphs.length === 0) continue;
        const person =
          paragraphs.length === 1
            ? splitPerson(paragraphs[0]!)
            : { name: paragraphs[0]!, title: paragraphs.slice(1).join(' ') };
        if (person.name)
          done.push({ name: person.name, title: person.title ? [person.title] : [], line: l.n, lines: [l.n] });
      }
      continue;
    }
    const text = trimPunctuation(l.text);
    if (text === '') {
      close();
      continue;
    }
    if (current && isTitle(text)) {
      current.title.push(text);
      current.lines.push(l.n);
      continue;
    }
    close();
    if (isTitle(text)) continue;
    const words = text.split(/\s+/);
    // A stamp's words («مهر ۳۰») or a number are not a name.
    if (words.length > 6 || /[0-9]|^(?:مهر|امضا|امضاء|محل)(?:\s|$)/.test(matchText(text))) continue;
    const person = splitPerson(text);
    current = {
      name: tidy(withoutHonorifics(person.name ?? text)),
      title: person.title ? [person.title] : [],
      line: l.n,
      lines: [l.n],
    };
  }
  close();
  for (const s of done) {
    r.signatories.push({ name: s.name, title: s.title.length ? tidy(s.title.join(' ')) : null, line: s.line });
    for (const n of s.lines) r.used.add(n);
  }
}
