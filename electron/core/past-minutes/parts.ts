// The source's lines cut into the parts of minutes by their headings (sections.ts): preamble,
// agenda, discussion, resolutions, attendance (with its statuses, also from a run-on paragraph),
// signatures and the tail; page numbers and a repeated letterhead left out of every part.
import type { AttendanceStatus } from '../../contract';
import { AGENDA_INTRO } from './agenda';
import { attendanceColumns, type AttendancePiece } from './attendance';
import { looksLikeOrganization } from './entries';
import { tidy } from './match-text';
import { titleStart } from './people';
import type { Recognized } from './recognized';
import { columnsOf, DECIDED } from './resolutions';
import { headingOf, inlineAttendance, type SectionKind } from './sections';
import { isBlank, listMarker, type Line } from './source-lines';

export type PartKind = 'preamble' | SectionKind | 'tail';
export interface Part {
  kind: PartKind;
  status?: AttendanceStatus;
  headLine?: number;
  headRest?: string;
  lines: Line[];
  pieces: AttendancePiece[];
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

export function cutIntoParts(lines: readonly Line[], r: Recognized): Part[] {
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
export function peelSignatures(p: Part): Line[] {
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
