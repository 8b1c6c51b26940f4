// Dabir's recognizer for the Persian structure of minutes: the source's lines cut into parts by
// their headings (sections.ts), each part read by its own reader, and every field it was not sure
// of marked with the line it came from. Pure: no database, no files.
import type { SourceLine } from '../../contract';
import { findDates } from '../domain/date-phrases';
import { readAgenda } from './agenda';
import { attendanceColumns, attendanceRow, readAttendance } from './attendance';
import { readDiscussion } from './discussion';
import { readLabels, readSentence, type Unit } from './header';
import { emptyRecognized, type Recognized } from './recognized';
import { columnsOf, readResolutions } from './resolutions';
import { cutIntoParts, peelSignatures } from './parts';
import { agendaInSentence, secretaryAmongSpeakers, trimGuessedBodies } from './second-readings';
import { readSignatories } from './signatories';
import { isBlank, toLines, type Line } from './source-lines';
import { readTitle } from './title';

export interface RecognizeOptions {
  /** Names of the bodies the group already has: their commas are not separators. */
  knownOrganizations?: readonly string[];
}

const notFound = (r: Recognized, path: string, what: string) =>
  r.uncertain.push({ path, reason: `${what} در متن پیدا نشد`, line: null });

export function recognizeMinutes(source: readonly SourceLine[], options: RecognizeOptions = {}): Recognized {
  const known = options.knownOrganizations ?? [];
  const lines = toLines(source);
  const r = emptyRecognized();
  const titleLines = readTitle(lines, r);
  for (const n of titleLines) r.used.add(n);
  // A title that is the opening sentence («چهارمین جلسه … مورخ … به ریاست … تشکیل گردید») holds the header.
  for (const l of lines) if (titleLines.includes(l.n)) readSentence({ n: l.n, text: l.text }, r);
  const parts = cutIntoParts(lines, r);

  const last = parts.filter((p) => p.kind !== 'tail').at(-1);
  const tail: Line[] = [];
  if (last?.kind === 'resolutions' && !parts.some((p) => p.kind === 'attendance')) tail.push(...peelSignatures(last));

  const preamble = parts.filter((p) => p.kind === 'preamble').flatMap((p) => p.lines);
  // A header table's cell is one unit: «رئیس جلسه: …» and its title on the cell's next paragraph.
  const units: Unit[] = preamble.flatMap((l) =>
    l.cells ? l.cells.map((c) => ({ n: l.n, text: c.join(' ') })) : [{ n: l.n, text: l.text }],
  );
  const labelled = readLabels(units, r);
  for (const n of labelled) r.used.add(n);
  for (const u of units) if (!labelled.has(u.n) && readSentence(u, r)) r.used.add(u.n);

  // The session's year for deadlines read here; a two-digit year's century as save-draft.ts guesses it first.
  const year = () => {
    const d = r.date?.value;
    if (r.year) return r.year.value;
    if (!d || d.year === null) return null;
    return d.shortYear ? (d.year >= 50 ? 1300 : 1400) + d.year : d.year;
  };
  let columns = null;
  for (const p of parts) {
    if (p.kind === 'agenda') {
      // What follows the items is the session's opening: header fields in a sentence, else discussion.
      const after = readAgenda(p.headRest ?? '', p.headLine ?? 0, p.lines, r);
      const units = after.filter((l) => !isBlank(l)).map((l) => ({ n: l.n, text: l.text }));
      const labelled = readLabels(units, r);
      for (const n of labelled) r.used.add(n);
      for (const u of units) if (!labelled.has(u.n) && readSentence(u, r)) r.used.add(u.n);
      if (!parts.some((x) => x.kind === 'discussion')) readDiscussion(after, r);
    } else if (p.kind === 'discussion') readDiscussion(p.lines, r);
    else if (p.kind === 'resolutions') {
      readResolutions(p.lines, r, year(), known, columns);
      columns =
        p.lines
          .map((l) => (l.cells ? columnsOf(l.cells) : null))
          .filter(Boolean)
          .at(-1) ?? columns;
    } else if (p.kind === 'attendance') {
      readAttendance(p.pieces, r, known);
      let cols = null;
      for (const l of p.lines) {
        if (!l.cells) continue;
        const header = attendanceColumns(l.cells);
        if (header) {
          cols = header;
          r.used.add(l.n);
        } else if (cols) attendanceRow(l.cells, cols, l.n, r);
        else
          readAttendance(
            l.cells.flat().map((text) => ({ status: p.status ?? 'present', n: l.n, text })),
            r,
            known,
          );
      }
    } else if (p.kind === 'tail' || p.kind === 'signatures') readSignatories(p.lines, r);
  }
  if (tail.length) readSignatories(tail, r);

  if (!r.date) {
    const l = lines.find((x) => findDates(x.folded).length > 0);
    const d = l && findDates(l.folded)[0];
    if (l && d) {
      r.date = { value: { year: d.year, month: d.month, day: d.day, shortYear: d.shortYear }, line: l.n };
      r.uncertain.push({
        path: 'session.date',
        reason: 'تاریخ جلسه از نخستین تاریخی که در متن آمده برداشته شد',
        line: l.n,
      });
    } else notFound(r, 'session.date', 'تاریخ جلسه');
  }
  trimGuessedBodies(r, known);
  if (!r.secretary) secretaryAmongSpeakers(r);
  if (r.agenda.length === 0) agendaInSentence(lines, r);
  if (!r.number) notFound(r, 'session.number', 'شماره جلسه');
  if (!r.chair) notFound(r, 'session.chair', 'رئیس جلسه');
  if (!r.secretary) notFound(r, 'session.secretary', 'دبیر جلسه');
  if (!r.location) notFound(r, 'session.location', 'مکان جلسه');
  if (r.resolutions.length === 0) notFound(r, 'session.resolutions', 'مصوبه‌ای');
  if (r.attendance.length === 0) notFound(r, 'session.attendance', 'حضور و غیاب');
  return r;
}
