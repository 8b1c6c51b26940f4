// Headquarters' view of its national resolutions: for each, every assigned province's status, due
// date, reports and whether it is overdue, from what the provinces' bundles brought (their
// national_status rows and follow-up reports); and per province its completion and what it has
// not reported on. Four grouped reads and one pass in memory; no query per cell.
import type { NationalMatrix, ProvinceCell, ProvinceSummary, ResolutionStatus } from '../../contract';
import type { Db } from '../db/open';
import { all, sql } from '../db/sql';
import { isOverdue } from '../domain/follow-up';
import { PROVINCES, provinceKey } from '../domain/provinces';
import { readDeadline } from './session-read';
import { originOf } from './store';

interface ResolutionRow {
  id: string;
  session_id: string;
  working_group_name: string;
  year: number;
  number: number;
  date: string;
  row: number;
  title: string | null;
  body: string;
  deadline_kind: string | null;
  deadline_value: string | null;
  due_date: string | null;
}

export function nationalMatrix(db: Db, year: number | null, today: string): NationalMatrix {
  const own = originOf(db);
  const resolutions = all<ResolutionRow>(
    db,
    sql`SELECT r.id, r.session_id, g.name AS working_group_name, s.year, s.number, s.date, r.row, r.title, r.body,
               r.deadline_kind, r.deadline_value, r.due_date
        FROM resolution r JOIN session s ON s.id = r.session_id JOIN working_group g ON g.id = s.working_group_id
        WHERE r.id IN (SELECT resolution_id FROM assignment)
          AND s.origin = ${own} AND s.status = 'final' AND (${year} IS NULL OR s.year = ${year})
        ORDER BY s.date, s.number, r.row`,
  );
  const ids = JSON.stringify(resolutions.map((r) => r.id));
  const assignments = new Map<string, { key: string; province: string | null; due: string | null; own: boolean }[]>();
  for (const a of all<{
    resolution_id: string;
    province: string | null;
    province_key: string;
    due_date: string | null;
    kind: string | null;
  }>(
    db,
    sql`SELECT resolution_id, province, province_key, due_date, deadline_kind AS kind FROM assignment
        WHERE resolution_id IN (SELECT value FROM json_each(${ids})) ORDER BY rowid`,
  )) {
    const list = assignments.get(a.resolution_id) ?? [];
    list.push({ key: a.province_key, province: a.province, due: a.due_date, own: a.kind !== null });
    assignments.set(a.resolution_id, list);
  }
  // The provinces headquarters knows: the 31, and any registered under another name. Each name's
  // key is made once (a cell per province and resolution would make it thousands of times).
  const keyOf = new Map<string, string>();
  const key = (name: string) => {
    let k = keyOf.get(name);
    if (k === undefined) keyOf.set(name, (k = provinceKey(name)));
    return k;
  };
  const secretariats = all<{ id: string; province: string }>(
    db,
    sql`SELECT id, province FROM hq_secretariat ORDER BY registered_at`,
  );
  const secretariatOf = new Map<string, string>();
  for (const s of secretariats) if (!secretariatOf.has(key(s.province))) secretariatOf.set(key(s.province), s.id);
  const everyProvince = [...PROVINCES];
  const listed = new Set(everyProvince.map(key));
  for (const s of secretariats)
    if (!listed.has(key(s.province))) {
      listed.add(key(s.province));
      everyProvince.push(s.province);
    }

  const statusOf = new Map<string, { status: ResolutionStatus; due: string | null }>();
  for (const n of all<{ resolution_id: string; origin: string; status: ResolutionStatus; due_date: string | null }>(
    db,
    sql`SELECT resolution_id, origin, status, due_date FROM national_status
        WHERE resolution_id IN (SELECT value FROM json_each(${ids}))`,
  ))
    statusOf.set(`${n.resolution_id}:${n.origin}`, { status: n.status, due: n.due_date });
  const reportsOf = new Map<string, { n: number; date: string; text: string }>();
  // The bare columns come from the row with the latest report (SQLite's rule for max()).
  for (const f of all<{ resolution_id: string; origin: string; n: number; date: string; text: string }>(
    db,
    sql`SELECT resolution_id, origin, count(*) AS n, max(date || ' ' || created_at) AS latest, date, text FROM follow_up
        WHERE resolution_id IN (SELECT value FROM json_each(${ids})) AND origin <> ${own}
        GROUP BY resolution_id, origin`,
  ))
    reportsOf.set(`${f.resolution_id}:${f.origin}`, f);

  const summaries = new Map<string, ProvinceSummary>();
  const summaryOf = (province: string, secretariatId: string | null) => {
    let s = summaries.get(province);
    if (!s)
      summaries.set(
        province,
        (s = {
          province,
          secretariatId,
          assigned: 0,
          byStatus: { not_started: 0, in_progress: 0, done: 0, cancelled: 0 },
          noWord: 0,
          overdue: 0,
          unreported: 0,
          completion: null,
        }),
      );
    return s;
  };
  const rows = resolutions.map((r) => {
    const list = assignments.get(r.id) ?? [];
    const toAll = list.some((a) => a.key === '');
    const named = toAll ? everyProvince : list.map((a) => a.province!);
    const cells: ProvinceCell[] = named.map((province) => {
      const k = key(province);
      const secretariatId = secretariatOf.get(k) ?? null;
      const mine = list.find((a) => a.key === k && a.own) ?? list.find((a) => a.key === '' && a.own);
      const word = secretariatId === null ? undefined : statusOf.get(`${r.id}:${secretariatId}`);
      const reports = secretariatId === null ? undefined : reportsOf.get(`${r.id}:${secretariatId}`);
      const dueDate = word ? word.due : mine ? mine.due : r.due_date;
      const status = word?.status ?? null;
      const cell: ProvinceCell = {
        province,
        secretariatId,
        status,
        dueDate,
        overdue: isOverdue({ dueDate, status: status ?? 'not_started' }, today),
        reports: reports?.n ?? 0,
        lastReport: reports ? { date: reports.date, text: reports.text } : null,
      };
      const s = summaryOf(province, secretariatId);
      s.assigned++;
      if (status === null) s.noWord++;
      else s.byStatus[status]++;
      if (cell.overdue) s.overdue++;
      if (cell.reports === 0) s.unreported++;
      return cell;
    });
    return {
      id: r.id,
      sessionId: r.session_id,
      workingGroupName: r.working_group_name,
      sessionYear: r.year,
      sessionNumber: r.number,
      sessionDate: r.date,
      row: r.row,
      title: r.title,
      body: r.body,
      deadline: readDeadline(r.deadline_kind, r.deadline_value),
      toAll,
      provinces: cells,
    };
  });
  const provinces = everyProvince
    .map((p) => summaries.get(p))
    .filter((s): s is ProvinceSummary => s !== undefined)
    .map((s) => {
      const counted = s.assigned - s.byStatus.cancelled;
      return { ...s, completion: counted > 0 ? s.byStatus.done / counted : null };
    });
  return { resolutions: rows, provinces };
}
