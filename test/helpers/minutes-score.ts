// A field-by-field score of recognised minutes against what a secretary would type (issue 19):
// both sides dabir.minutes/1 documents; what the recogniser added beyond the expected counts wrong.
import { normalizeForSearch, toLatinDigits } from '../../electron/contract/persian-text';

interface Person {
  name?: string | null;
  title?: string | null;
}
type Deadline = { kind: string; value?: string | number } | null | undefined;
interface Resolution {
  body: string;
  deadline?: Deadline;
  responsible?: string[];
}
interface Attendance {
  organization: string;
  person?: string | null;
  status: string;
}
/** The parts of a dabir.minutes/1 document the score reads (an import or an export document). */
export interface ScoredMinutes {
  workingGroup: { province?: string | null };
  session: {
    number: number;
    date: string;
    location?: string | null;
    chair?: Person | null;
    secretary?: Person | null;
    agenda?: string[];
    resolutions?: Resolution[];
    attendance?: Attendance[];
  };
}

export interface FieldScore {
  field: string;
  expected: string | null;
  got: string | null;
  ok: boolean;
}
export interface MinutesScore {
  right: number;
  total: number;
  /** right / total × 100, one decimal; 100 when there is nothing to score. */
  percent: number;
  fields: FieldScore[];
}

/** Text as compared: the search key, whitespace collapsed, without trailing «.»، «:» and the like. */
export const scoreText = (s: string | null | undefined): string =>
  normalizeForSearch(s ?? '')
    .replace(/\s+/g, ' ')
    .replace(/[\s.:،؛,;!?؟…-]+$/u, '')
    .trim();

/** A Jalali date as `YYYY/MM/DD` in Latin digits, whatever digits and separators it was written with. */
export function scoreDate(s: string | null | undefined): string {
  const parts = toLatinDigits(s ?? '')
    .trim()
    .split(/[/\-.]/);
  if (parts.length !== 3 || parts.some((p) => !/^\d+$/.test(p))) return scoreText(s);
  return parts.map((p, i) => (i === 0 ? p : p.padStart(2, '0'))).join('/');
}

const personText = (p: Person | null | undefined) => scoreText([p?.name, p?.title].filter(Boolean).join(' '));
const shownPerson = (p: Person | null | undefined) => [p?.name, p?.title].filter(Boolean).join(' — ') || null;

function deadlineKey(d: Deadline): string {
  if (!d) return '';
  if (d.value === undefined || d.value === null) return d.kind;
  const value =
    d.kind === 'date' ? scoreDate(String(d.value)) : d.kind === 'text' ? scoreText(String(d.value)) : String(d.value);
  return `${d.kind}:${value}`;
}
const shownDeadline = (d: Deadline) => (d ? (d.value === undefined ? d.kind : `${d.kind} ${d.value}`) : null);

const responsibleKey = (r: string[] | undefined) => [...new Set((r ?? []).map(scoreText))].sort().join(' | ');
const shownResponsible = (r: string[] | undefined) => (r?.length ? r.join('، ') : null);

const PREFIX = /^(?:اداره ?کل|ادارات ?کل|سازمان|اداره|مدیریت|شرکت|دفتر|معاونت|معاون) /u;
const SUFFIX = /\s(?:استانداری|استان)$/u;

/** An organisation's name without «اداره کل»، «سازمان» … in front and «استان»، the province … behind. */
export function organizationCore(name: string, province: string | null | undefined): string {
  let s = scoreText(name);
  const own = scoreText(province);
  for (let again = true; again;) {
    const before = s;
    s = s.replace(PREFIX, '').replace(SUFFIX, '');
    if (own && s.endsWith(` ${own}`)) s = s.slice(0, -own.length - 1);
    again = s !== before;
  }
  return s;
}

/** The same organisation: equal names as written, equal cores, or one core holding the other's words. */
export function sameOrganization(a: string, b: string, province?: string | null): boolean {
  if (scoreText(a) === scoreText(b)) return true;
  const x = organizationCore(a, province);
  const y = organizationCore(b, province);
  if (!x || !y) return false;
  return x === y || ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `);
}

/** Scores `got` (what the recogniser produced) against `expected` (the fixture). */
export function scoreMinutes(expected: ScoredMinutes, got: ScoredMinutes): MinutesScore {
  const fields: FieldScore[] = [];
  const add = (field: string, e: string | null, g: string | null, ok: boolean) =>
    fields.push({ field, expected: e, got: g, ok });
  const text = (field: string, e: string | null | undefined, g: string | null | undefined) =>
    add(field, e ?? null, g ?? null, scoreText(e) === scoreText(g));

  const es = expected.session;
  const gs = got.session;
  add('session.date', es.date, gs.date, scoreDate(es.date) === scoreDate(gs.date));
  add('session.number', String(es.number), gs.number === undefined ? null : String(gs.number), es.number === gs.number);
  text('session.location', es.location, gs.location);
  for (const key of ['chair', 'secretary'] as const)
    add(`session.${key}`, shownPerson(es[key]), shownPerson(gs[key]), personText(es[key]) === personText(gs[key]));

  const eAgenda = es.agenda ?? [];
  const gAgenda = gs.agenda ?? [];
  eAgenda.forEach((item, i) => text(`agenda[${i + 1}]`, item, gAgenda[i]));
  gAgenda
    .slice(eAgenda.length)
    .forEach((item, i) => add(`agenda[${eAgenda.length + i + 1}] (extra)`, null, item, false));

  const eRes = es.resolutions ?? [];
  const gRes = gs.resolutions ?? [];
  const resolution = (i: number, e: Resolution | undefined, g: Resolution | undefined) => {
    const extra = e ? '' : ' (extra)';
    text(`resolutions[${i + 1}].body${extra}`, e?.body, g?.body);
    const ed = e ? deadlineKey(e.deadline) : null;
    const gd = g ? deadlineKey(g.deadline) : null;
    add(
      `resolutions[${i + 1}].deadline${extra}`,
      shownDeadline(e?.deadline),
      shownDeadline(g?.deadline),
      !!e && !!g && ed === gd,
    );
    const er = e ? responsibleKey(e.responsible) : null;
    const gr = g ? responsibleKey(g.responsible) : null;
    add(
      `resolutions[${i + 1}].responsible${extra}`,
      shownResponsible(e?.responsible),
      shownResponsible(g?.responsible),
      !!e && !!g && er === gr,
    );
  };
  for (let i = 0; i < Math.max(eRes.length, gRes.length); i++) resolution(i, eRes[i], gRes[i]);
  // An extra resolution's empty body is not «right»: no expected side.
  for (const f of fields) if (f.field.endsWith('(extra)')) f.ok = false;

  // Equal names first, then equal cores, then a core inside the other: a loose match never takes
  // the entry another organisation is named by exactly.
  const province = expected.workingGroup.province ?? got.workingGroup.province;
  const eAtt = es.attendance ?? [];
  const gAtt = gs.attendance ?? [];
  const matchOf = new Map<number, number>();
  const used = new Set<number>();
  const passes: ((a: string, b: string) => boolean)[] = [
    (a, b) => scoreText(a) === scoreText(b),
    (a, b) => organizationCore(a, province) !== '' && organizationCore(a, province) === organizationCore(b, province),
    (a, b) => sameOrganization(a, b, province),
  ];
  for (const same of passes)
    eAtt.forEach((e, i) => {
      if (matchOf.has(i)) return;
      const j = gAtt.findIndex((g, k) => !used.has(k) && same(e.organization, g.organization));
      if (j < 0) return;
      matchOf.set(i, j);
      used.add(j);
    });
  eAtt.forEach((e, i) => {
    const j = matchOf.get(i);
    const g = j === undefined ? undefined : gAtt[j];
    add(
      `attendance «${e.organization}»`,
      e.status,
      g ? `${g.status} (${g.organization})` : null,
      g !== undefined && g.status === e.status,
    );
  });
  gAtt.forEach((g, j) => {
    if (!used.has(j)) add(`attendance «${g.organization}» (extra)`, null, g.status, false);
  });

  const right = fields.filter((f) => f.ok).length;
  const total = fields.length;
  return { right, total, percent: total === 0 ? 100 : Math.round((1000 * right) / total) / 10, fields };
}
