// Benchmark of follow-up (issue 5) on a generated 10-year province: 6 working groups × 15
// sessions a year (900 sessions), 10 resolutions a session (9,000), 3–4 follow-up reports a
// resolution (about 30,000), 40 attendance lines a session (36,000), Persian text from the seed.
// For the board, the annual report and a search it prints the median time through the API next
// to raw better-sqlite3 reading the same rows in the same run, and their ratio.
// Run: `npm run bench`. Not part of `npm test`: figures, not pass/fail.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createDispatcher } from '../../electron/core/api/dispatch';
import { openDatabase } from '../../electron/core/db/open';
import { addDays } from '../../electron/core/domain/jalali';
import { fixture } from '../helpers/fixtures';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const dir = mkdtempSync(path.join(os.tmpdir(), 'dabir-bench-follow-'));
const db = openDatabase(path.join(dir, 'province.sqlite'));
const dispatch = createDispatcher(db);
dispatch('secretariat.setup', { name: 'دبیرخانه کارگروه‌های استانداری مرکزی', province: 'مرکزی' });
const origin = (db.prepare('SELECT id FROM secretariat').get() as { id: string }).id;

const doc = fixture();
const phrases: string[] = [
  ...doc.session.resolutions.map((r: { body: string }) => r.body),
  ...doc.session.discussion.flatMap((d: { points: string[] }) => d.points),
];
const organizations: string[] = doc.session.attendance.map((a: { organization: string }) => a.organization);
const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!;
const statuses = ['done', 'done', 'done', 'in_progress', 'not_started', 'cancelled'];

let t = performance.now();
const insert = (table: string, row: Record<string, unknown>) => {
  const cols = Object.keys(row);
  db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(
    ...Object.values(row),
  );
};
db.transaction(() => {
  const orgIds = organizations.map((name) => {
    const id = randomUUID();
    insert('organization', { id, origin, name, name_key: name });
    return id;
  });
  for (let g = 0; g < 6; g++) {
    const groupId = randomUUID();
    insert('working_group', {
      id: groupId,
      origin,
      name: `کارگروه ${g + 1} ${doc.workingGroup.name}`,
      name_key: `کارگروه ${g + 1}`,
      province: 'مرکزی',
      immediate_days: 3,
    });
    orgIds.forEach((organization_id, position) =>
      insert('membership', { id: randomUUID(), origin, working_group_id: groupId, organization_id, position }),
    );
    for (let y = 0; y < 10; y++) {
      for (let n = 1; n <= 15; n++) {
        const sessionId = randomUUID();
        const date = `${1395 + y}/${String(Math.ceil((n * 12) / 15)).padStart(2, '0')}/${String(1 + ((n * 7) % 28)).padStart(2, '0')}`;
        insert('session', {
          id: sessionId,
          origin,
          working_group_id: groupId,
          year: 1395 + y,
          number: n,
          date,
          status: 'draft',
          created_at: date,
        });
        insert('agenda_item', {
          id: randomUUID(),
          origin,
          session_id: sessionId,
          position: 0,
          text: pick(phrases, n + y),
        });
        for (let a = 0; a < 40; a++)
          insert('attendance', {
            id: randomUUID(),
            origin,
            session_id: sessionId,
            organization_id: orgIds[a]!,
            position: a,
            person: null,
            status: pick(['present', 'present', 'deputy', 'representative', 'absent', 'excused'], a + n),
          });
        for (let r = 1; r <= 10; r++) {
          const resolutionId = randomUUID();
          const k = g * 1000 + y * 100 + n * 10 + r;
          insert('resolution', {
            id: resolutionId,
            origin,
            session_id: sessionId,
            row: r,
            title: null,
            body: `${pick(phrases, k)} (${k})`,
            deadline_kind: r % 3 === 0 ? 'continuous' : 'days',
            deadline_value: r % 3 === 0 ? null : String(10 * r),
            due_date: r % 3 === 0 ? null : addDays(date, 10 * r),
            status: pick(statuses, k),
          });
          insert('responsible', {
            id: randomUUID(),
            origin,
            resolution_id: resolutionId,
            position: 0,
            organization_id: pick(orgIds, k),
            text: pick(organizations, k),
          });
          for (let f = 0; f < 3 + (k % 3 === 0 ? 1 : 0); f++)
            insert('follow_up', {
              id: randomUUID(),
              origin,
              resolution_id: resolutionId,
              date: addDays(date, 15 * (f + 1)),
              text: `گزارش ${f + 1}: ${pick(phrases, k + f)}`,
              organization_id: pick(orgIds, k),
              organization: null,
              session_id: null,
              created_at: date,
            });
        }
      }
    }
  }
})();
const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
console.log(
  `Generated in ${((performance.now() - t) / 1000).toFixed(1)} s: ${count('session')} sessions, ${count('resolution')} resolutions, ` +
    `${count('follow_up')} follow-up reports, ${count('attendance')} attendance lines (${os.cpus().length} cores)`,
);

function median(work: () => unknown): number {
  work();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    t = performance.now();
    work();
    ms.push(performance.now() - t);
  }
  return ms.sort((a, b) => a - b)[Math.floor(ms.length / 2)]!;
}

function row(label: string, api: number, raw: number, rows: number): void {
  console.log(
    `  ${label.padEnd(44)} API ${api.toFixed(1).padStart(7)} ms   raw SQLite ${raw.toFixed(1).padStart(7)} ms   ratio ${(api / raw).toFixed(2)}×   (${rows} rows)`,
  );
}

const call = (op: string, input: unknown) => {
  const r = dispatch(op, input);
  if (!r.ok) throw new Error(`${op}: ${r.error.message}`);
  return r.value as unknown[];
};
const group = db.prepare(`SELECT id FROM working_group ORDER BY name_key LIMIT 1`).pluck().get() as string;
const today = '1405/09/02';

try {
  console.log(`Follow-up benchmark, median of ${RUNS} runs after a warm-up:`);
  // The board: every open resolution of the province, with its responsible bodies and last report.
  const board = call('board.list', { today });
  const rawBoard = db.prepare(
    `SELECT r.*, s.year, s.number, s.date FROM resolution r JOIN session s ON s.id = r.session_id
     WHERE r.status IN ('not_started', 'in_progress') ORDER BY r.due_date`,
  );
  const rawResponsible = db.prepare(`SELECT resolution_id, text FROM responsible`);
  const rawLast = db.prepare(`SELECT resolution_id, max(date) FROM follow_up GROUP BY resolution_id`);
  row(
    'board, all open resolutions',
    median(() => call('board.list', { today })),
    median(() => [rawBoard.all(), rawResponsible.all(), rawLast.all()]),
    board.length,
  );
  const groupBoard = call('board.list', { workingGroupId: group, overdue: true, today });
  const rawGroupBoard = db.prepare(
    `SELECT r.* FROM resolution r JOIN session s ON s.id = r.session_id WHERE s.working_group_id = ?
     AND r.status IN ('not_started', 'in_progress') AND r.due_date < ? ORDER BY r.due_date`,
  );
  row(
    'board, one group, overdue',
    median(() => call('board.list', { workingGroupId: group, overdue: true, today })),
    median(() => rawGroupBoard.all(group, today)),
    groupBoard.length,
  );
  const rawAnnual = db.prepare(
    `SELECT r.status, r.due_date FROM resolution r JOIN session s ON s.id = r.session_id WHERE s.working_group_id = ? AND s.year = ?`,
  );
  row(
    'annual report, one group, 1399',
    median(() => dispatch('reports.annual', { workingGroupId: group, year: 1399, today })),
    median(() => rawAnnual.all(group, 1399)),
    rawAnnual.all(group, 1399).length,
  );
  const rawAttendance = db.prepare(
    `SELECT a.organization_id, a.status FROM attendance a JOIN session s ON s.id = a.session_id WHERE s.working_group_id = ? AND s.year = ?`,
  );
  row(
    'attendance report, one group, 1399',
    median(() => dispatch('reports.attendance', { workingGroupId: group, year: 1399 })),
    median(() => rawAttendance.all(group, 1399)),
    rawAttendance.all(group, 1399).length,
  );
  const hits = call('search.query', { query: 'كمیته امداد', limit: 50 });
  const rawSearch = db.prepare(
    `SELECT d.entity_id FROM search_index JOIN search_doc d ON d.id = search_index.rowid WHERE search_index MATCH ? ORDER BY rank LIMIT 50`,
  );
  row(
    'search «كمیته امداد», 50 hits with snippets',
    median(() => call('search.query', { query: 'كمیته امداد', limit: 50 })),
    median(() => rawSearch.all('"کمیته"* "امداد"*')),
    hits.length,
  );
} finally {
  db.close();
  rmSync(dir, { recursive: true, force: true });
}
