// The headings that open the parts of minutes, at the start of a line (after a list marker) or,
// for the attendance, inside a run-on paragraph: «دستور کار»، «اهم مطالب»، «مصوبات»، «حاضرین»…
import type { AttendanceStatus } from '../../contract';

export type SectionKind = 'agenda' | 'discussion' | 'resolutions' | 'attendance' | 'signatures' | 'copies';

export interface Heading {
  kind: SectionKind;
  /** For an attendance heading: the status of the entries under it. */
  status?: AttendanceStatus;
  /** Where the heading's own words end in the line: what follows is content. */
  end: number;
}

const LEAD = '^\\s*(?:[-–—•▪■◾●✳*❖]+\\s*|[0-9]{1,2}\\s*[-ـ.)]\\s*)?';
// A heading ends the line, or is followed by «:»، «،»، «(» or a dash.
const AFTER = '(?:\\s*(?:\\([^)]{0,40}\\)))?\\s*(?:[:：،,؛\\-–]|$)';

const ATTENDANCE: { status: AttendanceStatus; words: string }[] = [
  { status: 'excused', words: '(?:غایبین|غائبین|غایبان|اعضای\\s*غایب|غیبت)\\s*(?:با\\s*اطلاع|موجه)' },
  {
    status: 'absent',
    words:
      '(?:اسامی\\s*)?(?:غایبین|غائبین|غایبان|اعضای\\s*غایب|اعضاء\\s*غایب|دستگاه\\s*های\\s*غایب|غیبت\\s*کنندگان)(?:\\s*(?:در|از)?\\s*جلسه)?(?:\\s*بدون\\s*اطلاع)?',
  },
  {
    status: 'representative',
    words: '(?:نمایندگان|نماینده\\s*ها|نمایندگان\\s*دستگاه\\s*ها)(?:\\s*(?:حاضر|اعزامی))?(?:\\s*در\\s*جلسه)?',
  },
  { status: 'deputy', words: '(?:معاونین|معاونان)(?:\\s*دستگاه\\s*ها)?(?:\\s*(?:حاضر|در\\s*جلسه))?' },
  { status: 'guest', words: '(?:مدعوین|مدعوان|میهمانان|مهمانان|مدعو)(?:\\s*(?:جلسه|حاضر))?' },
  {
    status: 'present',
    words:
      '(?:اسامی\\s*(?:و\\s*امضا(?:ی|ء)?\\s*)?)?(?:حاضرین|حاضران|حضار|اعضای\\s*حاضر|اعضاء\\s*حاضر|حاضر\\s*در\\s*جلسه|شرکت\\s*کنندگان|حضور\\s*یافتگان|اعضای\\s*حاضر\\s*در\\s*جلسه)(?:\\s*(?:در|از)?\\s*جلسه)?',
  },
];

const OTHERS: { kind: SectionKind; words: string; short?: true }[] = [
  {
    kind: 'agenda',
    words:
      '(?:دستور\\s*(?:کار|جلسه|ات\\s*جلسه)|دستورات\\s*جلسه|دستورکار|موضوع(?:ات)?\\s*(?:جلسه|مطروحه)|محور(?:های)?\\s*جلسه)(?:\\s*(?:جلسه|ذیل|زیر))?',
  },
  {
    kind: 'discussion',
    words:
      '(?:اهم\\s*(?:مطالب|موارد)(?:\\s*مطرح\\s*شده)?(?:\\s*در\\s*جلسه)?|خلاصه\\s*(?:مذاکرات|مطالب|جلسه)|شرح\\s*(?:مذاکرات|جلسه)|مشروح\\s*مذاکرات|مذاکرات(?:\\s*جلسه)?|مطالب\\s*مطرح\\s*شده|گزارش\\s*جلسه|سخنان\\s*(?:حاضرین|اعضا))',
  },
  {
    kind: 'resolutions',
    words:
      '(?:مصوبات|تصمیمات|مصوبه\\s*ها|تصمیمات\\s*متخذه|نتایج\\s*جلسه|جمع\\s*بندی\\s*و\\s*مصوبات|خلاصه\\s*مصوبات)(?:\\s*(?:جلسه|کارگروه|شورا))?',
  },
  // «رونوشت: …» lists who gets a copy: not attendance; its lines are shown as not taken.
  { kind: 'copies', words: '(?:رونوشت|رونوشت\\s*ها|گیرندگان\\s*رونوشت)' },
  { kind: 'signatures', words: '(?:امضا|امضاء|محل\\s*امضا|امضای\\s*(?:اعضا|حاضرین))(?:\\s*(?:اعضا|حاضرین))?' },
];

/** «دستور کار نشست عبارت بود از:»: a few words between the agenda's name and its colon. */
const AGENDA_LONG = new RegExp(
  `${LEAD}(?:دستور\\s*(?:کار|جلسه|ات)|دستورات\\s*جلسه|دستورکار)(?:\\s+[^\\s:：]+){0,5}\\s*[:：]`,
);

const compiled = [
  ...ATTENDANCE.map((a) => ({ kind: 'attendance' as const, status: a.status, re: new RegExp(LEAD + a.words + AFTER) })),
  ...OTHERS.map((o) => ({ kind: o.kind, status: undefined, re: new RegExp(LEAD + o.words + AFTER) })),
];

/** The heading a line opens with (folded text), or null. */
export function headingOf(folded: string): Heading | null {
  const found = shortHeading(folded);
  if (found) return found;
  const agenda = AGENDA_LONG.exec(folded);
  return agenda ? { kind: 'agenda', end: agenda[0].length } : null;
}

function shortHeading(folded: string): Heading | null {
  for (const c of compiled) {
    const m = c.re.exec(folded);
    if (!m) continue;
    // «مصوبات جلسه قبل بررسی شد» is a sentence, not a heading: a heading is short or ends at «:».
    const rest = folded.slice(m[0].length).trim();
    const words = folded.trim().split(/\s+/).length;
    if (c.kind !== 'attendance' && !/[:：]\s*$/.test(m[0]) && rest !== '' && words > 8) continue;
    return c.status ? { kind: c.kind, status: c.status, end: m[0].length } : { kind: c.kind, end: m[0].length };
  }
  return null;
}

const INLINE = new RegExp(
  `(?:^|[.؛;،\\s])(${ATTENDANCE.map((a) => a.words).join('|')})(?:\\s*\\([^)]{0,40}\\))?\\s*[:：]`,
  'g',
);

/** Attendance headings inside a run-on paragraph («… حاضرین: … غایبین: …»): where each starts. */
export function inlineAttendance(folded: string): { index: number; heading: Heading }[] {
  const found: { index: number; heading: Heading }[] = [];
  for (const m of folded.matchAll(INLINE)) {
    const start = m.index + (m[0].length - m[0].trimStart().length) + (/^[.؛;،]/.test(m[0]) ? 1 : 0);
    const h = headingOf(folded.slice(start));
    if (h?.kind === 'attendance') found.push({ index: start, heading: h });
  }
  return found;
}
