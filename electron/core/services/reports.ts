// A working group's year in figures: the annual report, attendance per member organisation, and
// resolutions per responsible organisation. The seed's secretary counted these by hand.
import type {
  AnnualReport,
  AttendanceReportRow,
  AttendanceStatus,
  MonthlyReportRow,
  ParsedInputOf,
  ResolutionStatus,
  ResponsibleReportRow,
} from '../../contract';
import { normalizeForSearch } from '../../contract/persian-text';
import { sheetNames } from '../../contract/report-labels';
import type { Db } from '../db/open';
import { all, get, sql, type Query } from '../db/sql';
import { followed } from './followed';
import { isMemberOn } from '../domain/attendance';
import { setPdfInfo } from '../print/pdf-info';
import { completionRate, isOverdue } from '../domain/follow-up';
import { writeWorkbook } from '../reports/lazy-xlsx';
import type { ReportData } from '../reports/xlsx';
import type { AsyncHandlerFactory, Handlers } from './handlers';
import { asOf } from './typed-values';
import { listMembers } from './members';
import { shellLacks } from './shell';
import { workingGroupById } from './working-groups';

interface Counted {
  status: ResolutionStatus;
  due_date: string | null;
}

function tally(rows: readonly Counted[], today: string) {
  const of = (s: ResolutionStatus) => rows.filter((r) => r.status === s).length;
  return {
    done: of('done'),
    inProgress: of('in_progress'),
    notStarted: of('not_started'),
    cancelled: of('cancelled'),
    overdue: rows.filter((r) => isOverdue({ dueDate: r.due_date, status: r.status }, today)).length,
  };
}

export function annualReport(db: Db, workingGroupId: string, year: number, today: string): AnnualReport {
  const g = workingGroupById(db, workingGroupId);
  const sessions =
    get<{ n: number }>(db, sql`SELECT count(*) AS n FROM session WHERE working_group_id = ${g.id} AND year = ${year}`)
      ?.n ?? 0;
  // Headquarters' group at a province counts what is assigned here, by the province's own status.
  const f = followed(db, 'r');
  const rows = all<Counted>(
    db,
    sql`SELECT ${f.status} AS status, ${f.dueDate} AS due_date FROM resolution r JOIN session s ON s.id = r.session_id
        ${f.join}
        WHERE s.working_group_id = ${g.id} AND s.year = ${year} AND ${f.listed}`,
  );
  return {
    workingGroupId: g.id,
    workingGroupName: g.name,
    year,
    sessions,
    resolutions: rows.length,
    ...tally(rows, today),
  };
}

export function attendanceReport(db: Db, workingGroupId: string, year: number): AttendanceReportRow[] {
  workingGroupById(db, workingGroupId);
  const members = listMembers(db, workingGroupId);
  const rows = new Map<string, AttendanceReportRow>(
    members.map((m) => [
      m.organizationId,
      {
        organizationId: m.organizationId,
        organization: m.organizationName,
        sessions: 0,
        present: 0,
        deputy: 0,
        representative: 0,
        absent: 0,
        excused: 0,
        rate: null,
      },
    ]),
  );
  const sessions = all<{ id: string; date: string }>(
    db,
    sql`SELECT id, date FROM session WHERE working_group_id = ${workingGroupId} AND year = ${year}`,
  );
  // Every line of the year in one read, then the same derivation as the printed minutes
  // (domain/attendance.ts): a member on the session's date with no line of its own was absent.
  const lines = new Map<string, { organization_id: string; status: AttendanceStatus }[]>();
  for (const l of all<{ session_id: string; organization_id: string; status: AttendanceStatus }>(
    db,
    sql`SELECT a.session_id, a.organization_id, a.status FROM attendance a JOIN session s ON s.id = a.session_id
        WHERE s.working_group_id = ${workingGroupId} AND s.year = ${year}`,
  ))
    (lines.get(l.session_id) ?? lines.set(l.session_id, []).get(l.session_id)!).push(l);
  for (const s of sessions) {
    const listed = new Set<string>();
    for (const l of lines.get(s.id) ?? []) {
      listed.add(l.organization_id);
      const row = rows.get(l.organization_id);
      if (!row || l.status === 'guest') continue;
      row.sessions++;
      row[l.status]++;
    }
    for (const m of members) {
      if (listed.has(m.organizationId) || !isMemberOn(m, s.date)) continue;
      listed.add(m.organizationId);
      const row = rows.get(m.organizationId);
      if (!row) continue;
      row.sessions++;
      row.absent++;
    }
  }
  return [...rows.values()].map((r) => ({
    ...r,
    rate: r.sessions > 0 ? (r.present + r.deputy + r.representative) / r.sessions : null,
  }));
}

export function responsibleReport(db: Db, workingGroupId: string, year: number, today: string): ResponsibleReportRow[] {
  workingGroupById(db, workingGroupId);
  const f = followed(db, 'r');
  const lines = all<Counted & { resolution_id: string; organization_id: string | null; name: string }>(
    db,
    sql`SELECT x.resolution_id, x.organization_id, coalesce(o.name, x.text) AS name,
               ${f.status} AS status, ${f.dueDate} AS due_date
        FROM responsible x
        JOIN resolution r ON r.id = x.resolution_id
        JOIN session s ON s.id = r.session_id
        ${f.join}
        LEFT JOIN organization o ON o.id = x.organization_id
        WHERE s.working_group_id = ${workingGroupId} AND s.year = ${year} AND ${f.listed}
        ORDER BY x.position`,
  );
  // One line per organisation: by its id, or by its typed name (ي/ك and half-spaces aside).
  const groups = new Map<string, { name: string; organizationId: string | null; rows: Map<string, Counted> }>();
  for (const l of lines) {
    const key = l.organization_id ?? `text:${normalizeForSearch(l.name)}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { name: l.name, organizationId: l.organization_id, rows: new Map() }));
    g.rows.set(l.resolution_id, l);
  }
  return [...groups.values()]
    .map((g) => {
      const rows = [...g.rows.values()];
      const t = tally(rows, today);
      return {
        organization: g.name,
        organizationId: g.organizationId,
        resolutions: rows.length,
        ...t,
        completionRate: completionRate(t.done, rows.length, t.cancelled),
      };
    })
    .sort((a, b) => b.resolutions - a.resolutions || a.organization.localeCompare(b.organization, 'fa'));
}

/**
 * The year month by month (Jalali months, from the session's date): sessions held, as the annual
 * report counts them, and the resolutions of those sessions, as it counts them too, so the twelve
 * rows add up to its totals.
 */
export function monthlyReport(db: Db, workingGroupId: string, year: number): MonthlyReportRow[] {
  const g = workingGroupById(db, workingGroupId);
  const rows = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, sessions: 0, resolutions: 0 }));
  const month = (date: Query) => sql`CAST(substr(${date}, 6, 2) AS INTEGER)`;
  for (const m of all<{ month: number; n: number }>(
    db,
    sql`SELECT ${month(sql`date`)} AS month, count(*) AS n FROM session
        WHERE working_group_id = ${g.id} AND year = ${year} GROUP BY 1`,
  )) {
    const row = rows[m.month - 1];
    if (row) row.sessions = m.n;
  }
  const f = followed(db, 'r');
  for (const m of all<{ month: number; n: number }>(
    db,
    sql`SELECT ${month(sql`s.date`)} AS month, count(*) AS n FROM resolution r JOIN session s ON s.id = r.session_id
        ${f.join}
        WHERE s.working_group_id = ${g.id} AND s.year = ${year} AND ${f.listed} GROUP BY 1`,
  )) {
    const row = rows[m.month - 1];
    if (row) row.resolutions = m.n;
  }
  return rows;
}

export const reportHandlers = {
  'reports.annual': (db, { workingGroupId, year, today }) => annualReport(db, workingGroupId, year, asOf(today)),
  'reports.attendance': (db, { workingGroupId, year }) => attendanceReport(db, workingGroupId, year),
  'reports.responsible': (db, { workingGroupId, year, today }) =>
    responsibleReport(db, workingGroupId, year, asOf(today)),
  'reports.monthly': (db, { workingGroupId, year }) => monthlyReport(db, workingGroupId, year),
} satisfies Handlers<'reports'>;

type XlsxRequest = ParsedInputOf<'reports.xlsx'>;
const workbooks = {
  annual: (db: Db, i: XlsxRequest): ReportData => ({
    kind: 'annual',
    data: annualReport(db, i.workingGroupId, i.year, asOf(i.today)),
  }),
  attendance: (db: Db, i: XlsxRequest): ReportData => ({
    kind: 'attendance',
    data: attendanceReport(db, i.workingGroupId, i.year),
  }),
  responsible: (db: Db, i: XlsxRequest): ReportData => ({
    kind: 'responsible',
    data: responsibleReport(db, i.workingGroupId, i.year, asOf(i.today)),
  }),
};

/** The year's reports as files: a workbook, or the PDF printed by the shell. */
export const reportsAsyncHandlers: AsyncHandlerFactory<'reports.xlsx' | 'reports.pdf'> = (context) => ({
  'reports.xlsx': async (db, i) => {
    // Read in one transaction, so the workbook shows one moment of the data.
    const data = db.transaction(() => workbooks[i.report](db, i))();
    return {
      fileName: `${sheetNames[i.report]}-${i.year}.xlsx`,
      mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      data: (await writeWorkbook(data)).toString('base64'),
    };
  },
  'reports.pdf': async (db, i, shell) => {
    // Refusals (no such group) in Persian before any printing starts.
    context.run(db, 'reports.annual', { workingGroupId: i.workingGroupId, year: i.year });
    if (!shell.printPdf) throw shellLacks('printing');
    // The Title is the print page's <title>; the Author, which Chromium cannot set, the group's secretariat.
    const author = get<{ name: string }>(
      db,
      sql`SELECT sec.name FROM working_group g JOIN secretariat sec ON sec.id = g.origin WHERE g.id = ${i.workingGroupId}`,
    )?.name;
    const bytes = setPdfInfo(await shell.printPdf({ kind: 'report', ...i }), {
      Author: author || undefined,
      Creator: 'دبیر',
    });
    return {
      fileName: `گزارش-سال-${i.year}.pdf`,
      mediaType: 'application/pdf',
      data: Buffer.from(bytes).toString('base64'),
    };
  },
});
