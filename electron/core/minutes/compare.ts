// Whether a final session's own rows still give the document stored when it was finalised, and
// where they do not (JSON paths into the minutes document: `session.resolutions[0].body`).
//
// "Live rows" are the session's own rows: the session row (number, date, times, place, chair,
// secretary, notes, its working group's id), its agenda items, speakers and their points,
// resolutions with their responsible lines (as typed), its attendance lines and signatories. Any
// change to them after finalisation is a forgery, since Dabir's services and triggers refuse it.
// Not compared, because they legitimately change later outside the session and the stored
// document keeps them as they were at finalisation: the working group's name, province and
// organising body; the absentees derived from membership (a member joining or leaving later);
// a resolution's follow-up status and reports, and a responsible line's link to the directory.
// An attendance line's organisation is compared by name, except that a renamed organisation is
// not a change: the line still names the stored organisation when that name is no longer borne by
// any organisation (renamed), and differs when another organisation still bears it (the line was
// moved to another organisation).
import type { MinutesDocument } from '../../contract';
import { normalizeForSearch } from '../../contract/persian-text';
import type { Db } from '../db/open';
import { get, sql } from '../db/sql';
import { readAttendance, sessionRow } from '../services/session-read';
import { exportMinutes } from './export';

export interface Difference {
  path: string;
  /** The value stored at finalisation (text as is, anything else as JSON); null when absent. */
  stored: string | null;
  /** The value the rows give now; null when absent. */
  live: string | null;
}

/** Enough to name what differs; a wholesale forgery is not listed field by field. */
const MAX_DIFFERENCES = 50;

const shown = (v: unknown): string | null =>
  v === undefined || v === null ? null : typeof v === 'string' ? v : JSON.stringify(v);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function diff(stored: unknown, live: unknown, path: string, out: Difference[]): void {
  if (out.length >= MAX_DIFFERENCES) return;
  if (Array.isArray(stored) && Array.isArray(live)) {
    for (let i = 0; i < Math.max(stored.length, live.length); i++) diff(stored[i], live[i], `${path}[${i}]`, out);
    return;
  }
  if (isObject(stored) && isObject(live)) {
    for (const key of new Set([...Object.keys(stored), ...Object.keys(live)]))
      diff(stored[key], live[key], `${path}.${key}`, out);
    return;
  }
  const [a, b] = [shown(stored), shown(live)];
  if (a !== b) out.push({ path, stored: a, live: b });
}

type StoredEntry = MinutesDocument['session']['attendance'][number];

function attendanceDifferences(db: Db, sessionId: string, stored: StoredEntry[], out: Difference[]): void {
  const lines = readAttendance(db, sessionRow(db, sessionId)).entries.filter((e) => !e.derived);
  const borneByAnother = (name: string, organizationId: string) =>
    get(
      db,
      sql`SELECT 1 FROM organization WHERE name_key = ${normalizeForSearch(name)} AND id <> ${organizationId}
            AND origin = (SELECT origin FROM organization WHERE id = ${organizationId})`,
    ) !== undefined;
  lines.forEach((line, i) => {
    const at = `session.attendance[${i}]`;
    const s = stored[i];
    if (!s) {
      out.push({
        path: at,
        stored: null,
        live: shown({ organization: line.organizationName, person: line.person, status: line.status }),
      });
      return;
    }
    if (s.organization !== line.organizationName && borneByAnother(s.organization, line.organizationId))
      out.push({ path: `${at}.organization`, stored: s.organization, live: line.organizationName });
    diff(s.person, line.person, `${at}.person`, out);
    diff(s.status, line.status, `${at}.status`, out);
  });
  // The rest were derived absentees at finalisation; a typed line that is gone now shows here.
  stored.slice(lines.length).forEach((s, j) => {
    if (s.status !== 'absent' || (s.person ?? null) !== null)
      out.push({ path: `session.attendance[${lines.length + j}]`, stored: shown(s), live: null });
  });
}

/** What differs between a final session's stored document and its live rows; empty when they agree. */
/**
 * `stored` without the fields `live` does not have at all, recursively: what a newer Dabir's
 * minutes hold that this version cannot rebuild from its rows (optional fields added to
 * dabir.minutes/1 later) is not a difference. A field both have is still compared; this
 * version's own content has every field its export writes, so for it nothing is left out.
 */
function knownPart(stored: unknown, live: unknown): unknown {
  if (Array.isArray(stored) && Array.isArray(live)) return stored.map((x, i) => knownPart(x, live[i]));
  if (isObject(stored) && isObject(live))
    return Object.fromEntries(
      Object.entries(stored)
        .filter(([k]) => k in live)
        .map(([k, v]) => [k, knownPart(v, live[k])]),
    );
  return stored;
}

export function liveDifferences(db: Db, sessionId: string, given: MinutesDocument): Difference[] {
  const live = exportMinutes(db, sessionId);
  const stored = knownPart(given, live) as MinutesDocument;
  const out: Difference[] = [];
  diff(stored.workingGroup.id, live.workingGroup.id, 'workingGroup.id', out);
  const { attendance: storedAttendance, ...storedSession } = stored.session;
  const { attendance: _liveAttendance, ...liveSession } = live.session;
  diff(storedSession, liveSession, 'session', out);
  attendanceDifferences(db, sessionId, storedAttendance, out);
  return out.slice(0, MAX_DIFFERENCES);
}

const clip = (s: string | null) => (s === null ? '—' : s.length > 160 ? `${s.slice(0, 160)}…` : s);

/** One difference in a line: `session.resolutions[0].body: قطعی‌شده «…»، اکنون «…»`. */
export const differenceLine = (d: Difference): string =>
  `${d.path || 'محتوا'}: قطعی‌شده «${clip(d.stored)}»، اکنون در پرونده «${clip(d.live)}»`;
