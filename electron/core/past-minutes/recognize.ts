// Dabir's recognizer for the Persian structure of minutes: the source's lines cut into parts by
// their headings (sections.ts), each part read by its own reader, and every field it was not sure
// of marked with the line it came from. Pure: no database, no files.
import type { SourceLine } from '../../contract';
import { findDates } from '../domain/date-phrases';
import { AGENDA_INTRO, readAgenda } from './agenda';
import { attendanceColumns, attendanceRow, readAttendance, type AttendancePiece } from './attendance';
import { readDiscussion } from './discussion';
import { looksLikeOrganization } from './entries';
import { readLabels, readSentence, type Unit } from './header';
import { matchText, nameKey, tidy } from './match-text';
import { emptyRecognized, type Recognized } from './recognized';
import { columnsOf, DECIDED, readResolutions } from './resolutions';
import { headingOf, inlineAttendance, type SectionKind } from './sections';
import { readSignatories } from './signatories';
import { isBlank, listMarker, toLines, type Line } from './source-lines';
import { titleStart } from './people';
import { readTitle } from './title';
import type { AttendanceStatus } from '../../contract';

type PartKind = 'preamble' | SectionKind | 'tail';
interface Part {
  kind: PartKind;
  status?: AttendanceStatus;
  headLine?: number;
  headRest?: string;
  lines: Line[];
  pieces: AttendancePiece[];
}

export interface RecognizeOptions {
  /** Names of the bodies the group already has: their commas are not separators. */
  knownOrganizations?: readonly string[];
}

function isPageFurniture(l: Line, head: ReadonlySet<string>): boolean {
  const t = l.folded.trim();
  if (l.cells) return false;
  if (/^[-–\s]*[0-9]{1,3}[-–\s]*$/.test(t) || /^صفحه\s*[0-9]+(?:\s*از\s*[0-9]+)?$/.test(t)) return true;
  return l.n > 8 && head.has(t) && !headingOf(t);
}

/** A sentence announcing the resolutions below it. */
const RESOLUTIONS_INTRO =
  /(?:مصوبات|تصمیمات|موارد|بندهای)\s*(?:زیر|ذیل)\s*(?:اتخاذ|تصویب|به\s*تصویب|مصوب)|به\s*شرح\s*(?:زیر|ذیل)\s*(?:تصویب|اتخاذ|مقرر)|(?:زیر|ذیل)\s*به\s*تصویب\s*(?:رسید|اعضا)|مقرر\s*(?:شد|گردید)\s*[:：]\s*$/;

const part = (kind: PartKind, extra: Partial<Part> = {}): Part => ({ kind, lines: [], pieces: [], ...extra });

/** Splits a paragraph at attendance headings inside it («… حاضرین: … غایبین: …») into pieces. */
function attendancePieces(
  l: Line,
  from: number,
  status: AttendanceStatus,
): { pieces: AttendancePiece[]; status: AttendanceStatus } {
  const pieces: AttendancePiece[] = [];
  let current = status;
  let start = from;
  for (const h of inlineAttendance(l.folded.slice(from))) {
    const at = from + h.index;
    if (at > start) pieces.push({ status: current, n: l.n, text: l.text.slice(start, at) });
    current = h.heading.status!;
    start = at + h.heading.end;
  }
  pieces.push({ status: current, n: l.n, text: l.text.slice(start) });
  return { pieces: pieces.filter((p) => tidy(p.text) !== ''), status: current };
}

/** An attendance list goes on to the next line while it reads like one. */
function continuesAttendance(l: Line): boolean {
  const f = l.folded;
  if (/\s[-–]\s|[،,؛]/.test(f) || looksLikeOrganization(l.text) || listMarker(l.text) !== null) return true;
  // «دکتر افشار مدیرکل صدا و سیمای مرکز قم»: a name then a title, one a line; a name alone is a signature.
  const at = titleStart(l.text);
  return at > 0 && at <= 40 && f.trim().split(/\s+/).length <= 16;
}

function cutIntoParts(lines: readonly Line[], r: Recognized): Part[] {
  let current = part('preamble');
  const parts = [current];
  let blankBefore = false;
  const open = (p: Part) => {
    current = p;
    parts.push(p);
  };
  const head = new Set(
    lines
      .slice(0, 8)
      .map((l) => l.folded.trim())
      .filter((t) => t.length > 3),
  );
  for (const l of lines) {
    if (r.used.has(l.n)) continue;
    // A page's number («- ۲ -»، «صفحه ۱ از ۲») and the letterhead repeated on it are not the minutes'.
    if (isPageFurniture(l, head)) continue;
    if (isBlank(l)) {
      current.lines.push(l);
      blankBefore = true;
      continue;
    }
    const wasBlank = blankBefore;
    blankBefore = false;
    if (l.cells && l.cells.length >= 2) {
      // After attendance written as text, a table with no header of its own is the signatures'.
      if (
        current.kind === 'attendance' &&
        current.pieces.length > 0 &&
        !attendanceColumns(l.cells) &&
        !columnsOf(l.cells)
      )
        open(part('tail'));
      if (columnsOf(l.cells) && current.kind !== 'resolutions')
        open(part('resolutions', { headLine: l.n, headRest: '' }));
      else if (current.kind !== 'resolutions' && current.kind !== 'attendance' && attendanceColumns(l.cells))
        open(part('attendance', { status: 'present' }));
      current.lines.push(l);
      continue;
    }
    const h = headingOf(l.folded);
    if (h?.kind === 'attendance') {
      const { pieces, status } = attendancePieces(l, h.end, h.status!);
      open(part('attendance', { status }));
      current.pieces.push(...(pieces.length ? pieces : []));
      r.used.add(l.n);
      continue;
    }
    if (h) {
      open(part(h.kind, { headLine: l.n, headRest: l.text.slice(h.end) }));
      r.used.add(l.n);
      continue;
    }
    // «… تصمیمات زیر اتخاذ گردید:» or, with no heading, the first numbered «مقرر شد …»: the resolutions begin.
    const decided = listMarker(l.text)?.number != null && DECIDED.test(l.folded);
    if (
      !parts.some((p) => p.kind === 'resolutions') &&
      current.kind !== 'attendance' &&
      (RESOLUTIONS_INTRO.test(l.folded) || decided)
    ) {
      // The announcing sentence may name the chair, the secretary or the date: read with the preamble.
      if (!decided) {
        current.lines.push(l);
        r.used.add(l.n);
      }
      open(part('resolutions', { headLine: l.n, headRest: '' }));
      if (decided) current.lines.push(l);
      continue;
    }
    if (current.kind === 'preamble' && AGENDA_INTRO.test(l.folded)) {
      current.lines.push(l);
      r.used.add(l.n);
      open(part('agenda', { headLine: l.n, headRest: '' }));
      continue;
    }
    if (current.kind === 'attendance') {
      if (!wasBlank && continuesAttendance(l)) {
        const { pieces, status } = attendancePieces(l, 0, current.pieces.at(-1)?.status ?? current.status!);
        current.pieces.push(...pieces);
        current.status = status;
        continue;
      }
      open(part('tail'));
    }
    current.lines.push(l);
  }
  return parts;
}

/** Short unnumbered lines after the last resolution and a blank line are the signatures, not a resolution. */
function peelSignatures(p: Part): Line[] {
  const lines = p.lines;
  let cut = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i]!;
    if (isBlank(l)) {
      cut = i;
      continue;
    }
    if (l.cells || listMarker(l.text) || DECIDED.test(l.folded) || tidy(l.text).split(/\s+/).length > 8) break;
    cut = i;
  }
  if (cut === lines.length || !lines.slice(0, cut).some((l) => !isBlank(l))) return [];
  if (!lines.slice(cut - 1, cut).every(isBlank)) return [];
  return lines.splice(cut);
}

/**
 * A body read from a sentence runs on into it («شرکت پشتیبانی امور دام جو و سبوس …»): cut it at the
 * longest name the minutes' attendance or the directory has that it starts with.
 */
function trimGuessedBodies(r: Recognized, known: readonly string[]): void {
  const names = [...new Set([...r.attendance.map((a) => a.organization), ...known])]
    .map((n) => nameKey(n))
    .filter((k) => k.split(' ').length >= 2)
    .sort((a, b) => b.length - a.length);
  for (const res of r.resolutions) {
    if (!res.responsibleGuessed) continue;
    res.responsible = res.responsible.map((body) => {
      const words = body.split(/\s+/);
      const key = nameKey(body);
      const name = names.find((k) => key === k || key.startsWith(`${k} `));
      if (!name) return body;
      // As many of the body's words as the name has (a lone «،» is not a word); «سازمان جهاد کشاورزی
      // استان»: a trailing «استان» (or «شهرستان») is still the body's.
      let n = name.split(' ').length;
      let end = 0;
      while (end < words.length && n > 0) if (nameKey(words[end++]!) !== '') n--;
      if (/^(?:استان|شهرستان)$/.test(matchText(words[end] ?? ''))) end++;
      return words.slice(0, end).join(' ');
    });
  }
}

/** «دکتر صفایی مدیرکل … و دبیر ستاد:» speaking: the secretary, named as a speaker. */
function secretaryAmongSpeakers(r: Recognized): void {
  for (const d of r.discussion) {
    const title = d.speaker.title ?? '';
    const m = /\s*و\s*دبیر\s*(?:ستاد|کارگروه|کار\s*گروه|جلسه|شورا|شورای|کمیسیون|کمیته|قرارگاه)(?:\s.*)?$/.exec(
      matchText(title),
    );
    if (!d.speaker.name || !m) continue;
    r.secretary = { value: { name: d.speaker.name, title: tidy(title.slice(0, m.index)) || null }, line: d.line };
    r.uncertain.push({
      path: 'session.secretary',
      reason: 'دبیر جلسه از نام یکی از سخنرانان برداشته شد',
      line: d.line,
    });
    return;
  }
}

/** «در این جلسه … بررسی گردید»: the agenda said in a sentence, when no agenda is listed. */
function agendaInSentence(lines: readonly Line[], r: Recognized): void {
  for (const l of lines.slice(0, 40)) {
    const m =
      /(?:در\s*این\s*(?:جلسه|نشست)|در\s*جلسه)\s+(.{10,250}?)\s+(?:مورد\s*(?:بحث\s*و\s*)?(?:بررسی|بحث)\s*قرار\s*گرفت|(?:بحث\s*و\s*)?بررسی\s*(?:شد|گردید))/.exec(
        l.folded,
      );
    if (!m) continue;
    const at = m.index + m[0].indexOf(m[1]!);
    r.agenda.push({ value: tidy(l.text.slice(at, at + m[1]!.length)), line: l.n });
    r.used.add(l.n);
    r.uncertain.push({ path: 'session.agenda[0]', reason: 'دستور کار از میان یک جمله برداشته شد', line: l.n });
    return;
  }
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
