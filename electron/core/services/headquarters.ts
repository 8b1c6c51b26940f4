// Headquarters: importing a province's bundle, the registered secretariats, and the provinces side
// by side with the national totals.
import { resolutionStatuses, type Overview, type Tally } from '../../contract';
import { backupBeforeImport, type PendingBackup } from '../backup/own';
import { importBundle } from '../bundle/import';
import type { Db } from '../db/open';
import { all, sql } from '../db/sql';
import type { AsyncHandlerFactory, Handlers } from './handlers';
import { overdueSql } from './overdue-sql';
import { asOf } from './typed-values';

const emptyTally = (): Tally => ({
  sessions: 0,
  finalSessions: 0,
  resolutions: 0,
  byStatus: { not_started: 0, in_progress: 0, done: 0, cancelled: 0 },
  overdue: 0,
  present: 0,
  absent: 0,
});

function add(into: Tally, from: Tally): void {
  into.sessions += from.sessions;
  into.finalSessions += from.finalSessions;
  into.resolutions += from.resolutions;
  for (const s of resolutionStatuses) into.byStatus[s] += from.byStatus[s];
  into.overdue += from.overdue;
  into.present += from.present;
  into.absent += from.absent;
}

/** Every imported working group with its year's figures, by province; four grouped reads, no per-row query. */
export function overview(db: Db, year: number | null, today: string): Overview {
  const groups = all<{ id: string; name: string; origin: string; secretariat: string; province: string }>(
    db,
    sql`SELECT g.id, g.name, g.origin, s.name AS secretariat, s.province
        FROM working_group g JOIN secretariat s ON s.id = g.origin
        ORDER BY s.province, s.name, g.name_key`,
  );
  const tallies = new Map(groups.map((g) => [g.id, emptyTally()]));
  for (const r of all<{ g: string; n: number; final: number }>(
    db,
    sql`SELECT working_group_id AS g, count(*) AS n, sum(status = 'final') AS final FROM session
        WHERE ${year} IS NULL OR year = ${year} GROUP BY working_group_id`,
  )) {
    const t = tallies.get(r.g);
    if (t) Object.assign(t, { sessions: r.n, finalSessions: r.final });
  }
  for (const r of all<{ g: string; status: keyof Tally['byStatus']; n: number; overdue: number }>(
    db,
    sql`SELECT s.working_group_id AS g, r.status, count(*) AS n,
               sum(${overdueSql('r', today)}) AS overdue
        FROM resolution r JOIN session s ON s.id = r.session_id
        WHERE ${year} IS NULL OR s.year = ${year} GROUP BY 1, 2`,
  )) {
    const t = tallies.get(r.g);
    if (!t) continue;
    t.byStatus[r.status] += r.n;
    t.resolutions += r.n;
    t.overdue += r.overdue;
  }
  for (const r of all<{ g: string; present: number; absent: number }>(
    db,
    sql`SELECT s.working_group_id AS g,
               sum(a.status IN ('present', 'deputy', 'representative')) AS present,
               sum(a.status IN ('absent', 'excused')) AS absent
        FROM attendance a JOIN session s ON s.id = a.session_id
        WHERE ${year} IS NULL OR s.year = ${year} GROUP BY 1`,
  )) {
    const t = tallies.get(r.g);
    if (t) Object.assign(t, { present: r.present, absent: r.absent });
  }
  // A member with no line of its own was absent (the same rule as the printed minutes).
  for (const r of all<{ g: string; n: number }>(
    db,
    sql`SELECT s.working_group_id AS g, count(DISTINCT s.id || m.organization_id) AS n
        FROM session s JOIN membership m ON m.working_group_id = s.working_group_id
          AND (m.since IS NULL OR m.since <= s.date) AND (m.until IS NULL OR s.date < m.until)
        WHERE (${year} IS NULL OR s.year = ${year})
          AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = s.id AND a.organization_id = m.organization_id)
        GROUP BY 1`,
  )) {
    const t = tallies.get(r.g);
    if (t) t.absent += r.n;
  }
  const totals = emptyTally();
  const rows = groups.map((g) => {
    const t = tallies.get(g.id) ?? emptyTally();
    add(totals, t);
    return {
      ...t,
      secretariatId: g.origin,
      secretariatName: g.secretariat,
      province: g.province,
      workingGroupId: g.id,
      workingGroupName: g.name,
    };
  });
  return { rows, totals };
}

export const headquartersHandlers = {
  'headquarters.secretariats': (db) =>
    all<{
      id: string;
      name: string;
      province: string;
      fingerprint: string;
      registered_at: string;
      last_imported_at: string;
      bundles: number;
      last_to_seq: number;
    }>(
      db,
      sql`SELECT h.id, h.name, h.province, h.fingerprint, h.registered_at, h.last_to_seq,
                 max(b.imported_at) AS last_imported_at, count(b.hash) AS bundles
          FROM hq_secretariat h JOIN hq_bundle b ON b.secretariat_id = h.id
          GROUP BY h.id ORDER BY h.province, h.name`,
    ).map((r) => ({
      id: r.id,
      name: r.name,
      province: r.province,
      fingerprint: r.fingerprint,
      registeredAt: r.registered_at,
      lastImportedAt: r.last_imported_at,
      bundles: r.bundles,
      lastToSeq: r.last_to_seq,
    })),
  'headquarters.overview': (db, input) => overview(db, input.year, asOf(input.today)),
} satisfies Handlers<'headquarters'>;

/** Importing a bundle, a backup first, one job at a time; the import batch's `guard` is this dispatcher's own. */
export const headquartersAsyncHandlers: AsyncHandlerFactory<'headquarters.import'> = (context) => {
  // The backup before the batch of bundles being imported (headquarters.import): made before its
  // first bundle, kept once one of them changes the file, dropped while none has.
  let guard: { batch: string | undefined; backup: PendingBackup; changed: boolean } | null = null;
  return {
    'headquarters.import': (db, i) =>
      context.exclusive('ورود بسته', async () => {
        // A backup first, so a wrong bundle (or batch) imported can be undone by restoring it.
        if (!guard || i.batch === undefined || guard.batch !== i.batch)
          guard = { batch: i.batch, backup: await backupBeforeImport(db), changed: false };
        const current = guard;
        let imported = false;
        try {
          const r = importBundle(db, Buffer.from(i.data, 'base64'), { trustNew: i.trustNew });
          imported = r.status === 'imported';
          return r;
        } finally {
          if (imported && !current.changed) {
            current.changed = true;
            current.backup.settle(true);
          } else if (!current.changed) {
            // Nothing of the batch changed the file yet: its backup is the file itself, so it
            // goes, and the next bundle of the batch makes a fresh one.
            current.backup.settle(false);
            guard = null;
          }
        }
      }),
  };
};
