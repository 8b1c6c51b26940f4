// The screens' queries on a generated 10-year province (test/helpers/province.ts: 6 working
// groups × 15 sessions a year × 10 years, 10 resolutions, 40 attendance lines and 30 follow-up
// reports a session, about 93,000 rows; BENCH_SCALE=10 for the stress variant, 60 groups). For the
// open-resolutions board, the annual and attendance reports and a search it prints the median
// through the API next to raw better-sqlite3 reading the same rows in the same run, the ratio, and
// whether each meets the targets (within 2× of raw, under 50 ms). The home screen «امروز» and the
// board it opens are held to 50 ms alone (issue 21), their raw reads shown for scale.
// Run: `npm run bench`. Not part of `npm test`: figures, not pass/fail.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createDispatcher } from '../../electron/core/api/dispatch';
import { openDatabase } from '../../electron/core/db/open';
import { addDays } from '../../electron/core/domain/jalali';
import { generateProvince, tenYears } from '../helpers/province';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const dir = mkdtempSync(path.join(os.tmpdir(), 'dabir-bench-screens-'));
const db = openDatabase(path.join(dir, 'province.sqlite'));
const dispatch = createDispatcher(db);

let t = performance.now();
const rows = generateProvince(db, 'مرکزی', { ...tenYears, groups: tenYears.groups * SCALE });
const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
console.log(
  `Generated ${rows.toLocaleString('en')} rows in ${((performance.now() - t) / 1000).toFixed(1)} s (scale ${SCALE}): ${count('session')} sessions, ${count('resolution')} resolutions, ` +
    `${count('follow_up')} follow-up reports, ${count('attendance')} attendance lines (${os.cpus().length} cores)`,
);

/** The median time of one call; a sub-millisecond call is timed over enough repeats to take 5 ms. */
function median(work: () => unknown): number {
  t = performance.now();
  work();
  const repeats = Math.max(1, Math.ceil(5 / Math.max(performance.now() - t, 0.001)));
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    t = performance.now();
    for (let r = 0; r < repeats; r++) work();
    ms.push((performance.now() - t) / repeats);
  }
  return ms.sort((a, b) => a - b)[Math.floor(ms.length / 2)]!;
}

/** `only50`: the home screen's target is 50 ms alone (its raw read is shown for scale). */
function row(label: string, api: number, raw: number, rows: number, only50 = false): void {
  const verdict =
    api < 50 && (only50 || api <= 2 * raw)
      ? 'meets'
      : `misses (${api > 2 * raw && !only50 ? '> 2× raw' : ''}${api > 2 * raw && !only50 && api >= 50 ? ', ' : ''}${api >= 50 ? '≥ 50 ms' : ''})`;
  console.log(
    `  ${label.padEnd(44)} API ${api.toFixed(api < 1 ? 2 : 1).padStart(7)} ms   raw SQLite ${raw.toFixed(raw < 1 ? 2 : 1).padStart(7)} ms   ratio ${(api / raw).toFixed(2)}×   (${rows} rows)   ${verdict}`,
  );
}

const call = <T = unknown[]>(op: string, input: unknown) => {
  const r = dispatch(op, input);
  if (!r.ok) throw new Error(`${op}: ${r.error.message}`);
  return r.value as T;
};
const group = db.prepare(`SELECT id FROM working_group ORDER BY name_key LIMIT 1`).pluck().get() as string;
const today = '1405/09/02';

try {
  console.log(`Screens' queries, median of ${RUNS} runs after a warm-up:`);
  // The board: a page of open resolutions (the count of all that match, the page by due date, the
  // page's responsible bodies and last reports). The raw read: the same rows, tables and joins.
  const rawBoard = (where: string, limit: number) => {
    const from = `FROM resolution r JOIN session s ON s.id = r.session_id WHERE r.status IN ('not_started', 'in_progress') ${where}`;
    // Counted as the API counts: the session joined only when a filter needs it.
    const total = db.prepare(
      `SELECT count(*) ${where ? from : from.replace('JOIN session s ON s.id = r.session_id ', '')}`,
    );
    const page = db.prepare(
      `SELECT r.*, s.year, s.number, s.date, g.name FROM resolution r JOIN session s ON s.id = r.session_id
       JOIN working_group g ON g.id = s.working_group_id
       WHERE r.id IN (SELECT r.id ${from} ORDER BY r.due_date IS NULL, r.due_date, s.date, s.number, r.row LIMIT ${limit})`,
    );
    const ids = `SELECT value FROM json_each(?)`;
    const responsible = db.prepare(`SELECT resolution_id, text FROM responsible WHERE resolution_id IN (${ids})`);
    const last = db.prepare(
      `SELECT resolution_id, count(*), max(date) FROM follow_up WHERE resolution_id IN (${ids}) GROUP BY resolution_id`,
    );
    return (...params: unknown[]) => {
      total.get(...params);
      const rows = page.all(...params) as { id: string }[];
      const json = JSON.stringify(rows.map((r) => r.id));
      return [rows, responsible.all(json), last.all(json)];
    };
  };
  const boardPage = (input: object) => call<{ rows: unknown[]; total: number }>('board.list', { ...input, today });
  for (const [label, input, raw, params] of [
    ['board, whole province, first page', { limit: 100 }, rawBoard('', 100), []],
    ['board, whole province, 1,000 rows', { limit: 1000 }, rawBoard('', 1000), []],
    [
      'board, one group, overdue',
      { workingGroupId: group, overdue: true, limit: 1000 },
      rawBoard('AND s.working_group_id = ? AND r.due_date < ?', 1000),
      [group, today],
    ],
  ] as const) {
    const { rows, total } = boardPage(input);
    row(
      `${label} (of ${total.toLocaleString('en')})`,
      median(() => boardPage(input)),
      median(() => raw(...params)),
      rows.length,
    );
  }
  const rawGroup = db.prepare(`SELECT * FROM working_group WHERE id = ?`);
  const rawSessions = db.prepare(`SELECT count(*) FROM session WHERE working_group_id = ? AND year = ?`);
  const rawAnnual = db.prepare(
    `SELECT r.status, r.due_date FROM resolution r JOIN session s ON s.id = r.session_id WHERE s.working_group_id = ? AND s.year = ?`,
  );
  row(
    'annual report, one group, 1400',
    median(() => dispatch('reports.annual', { workingGroupId: group, year: 1400, today })),
    median(() => [rawGroup.get(group), rawSessions.get(group, 1400), rawAnnual.all(group, 1400)]),
    rawAnnual.all(group, 1400).length,
  );
  const rawMembers = db.prepare(
    `SELECT m.*, o.name FROM membership m JOIN organization o ON o.id = m.organization_id WHERE m.working_group_id = ?`,
  );
  const rawYearSessions = db.prepare(`SELECT id, date FROM session WHERE working_group_id = ? AND year = ?`);
  const rawAttendance = db.prepare(
    `SELECT a.organization_id, a.status FROM attendance a JOIN session s ON s.id = a.session_id WHERE s.working_group_id = ? AND s.year = ?`,
  );
  row(
    'attendance report, one group, 1400',
    median(() => dispatch('reports.attendance', { workingGroupId: group, year: 1400 })),
    median(() => [
      rawGroup.get(group),
      rawMembers.all(group),
      rawYearSessions.all(group, 1400),
      rawAttendance.all(group, 1400),
    ]),
    rawAttendance.all(group, 1400).length,
  );
  // The home screen «امروز»: each group's next and last session, what needs attention by group,
  // the year so far and the same span last year. Raw: the same reads, without the board's shared
  // definitions or the shaping.
  const rawSessions2 = db.prepare(
    `SELECT g.id,
       (SELECT id FROM session s WHERE s.working_group_id = g.id AND s.date >= @today AND s.status = 'draft' ORDER BY s.date LIMIT 1),
       (SELECT id FROM session s WHERE s.working_group_id = g.id AND s.date < @today ORDER BY s.date DESC LIMIT 1)
     FROM working_group g`,
  );
  const rawSession = db.prepare(`SELECT * FROM session WHERE id = ?`);
  const rawNextAndLast = (today: string) =>
    (rawSessions2.raw().all({ today }) as string[][]).flatMap(([, next, last]) =>
      [next, last].filter(Boolean).map((id) => rawSession.get(id)),
    );
  const rawAttention = db.prepare(
    `SELECT s.working_group_id, sum(r.due_date < @today), sum(r.due_date BETWEEN @today AND @week),
       sum(s.date <= @since AND NOT EXISTS (SELECT 1 FROM follow_up f WHERE f.resolution_id = r.id AND f.date > @since))
     FROM resolution r JOIN session s ON s.id = r.session_id WHERE r.status IN ('not_started', 'in_progress')
     GROUP BY s.working_group_id`,
  );
  const rawYear = db.prepare(
    `SELECT (SELECT count(*) FROM session WHERE date BETWEEN @from AND @to),
       (SELECT count(*) FROM session s JOIN resolution r ON r.session_id = s.id WHERE s.date BETWEEN @from AND @to),
       (SELECT count(*) FROM follow_up WHERE date BETWEEN @from AND @to)`,
  );
  // Today, after the generated years (nothing due this week, no draft ahead), and a day inside
  // the last of them (sessions after it, resolutions due that week).
  for (const day of [today, '1404/09/02']) {
    const [y, m, d] = day.split('/');
    const summary = call<{ groups: unknown[]; totals: { dueSoon: number } }>('today.summary', { today: day });
    row(
      `home «امروز», whole province, ${day} (${summary.totals.dueSoon} due soon)`,
      median(() => call('today.summary', { today: day })),
      median(() => [
        db.prepare(`SELECT id, name FROM working_group ORDER BY name_key`).all(),
        rawNextAndLast(day),
        rawAttention.all({ today: day, week: addDays(day, 7), since: addDays(day, -30) }),
        rawYear.get({ from: `${y}/01/01`, to: day }),
        rawYear.get({ from: `${Number(y) - 1}/01/01`, to: `${Number(y) - 1}/${m}/${d}` }),
      ]),
      summary.groups.length,
      true,
    );
  }
  for (const [label, input, where, params] of [
    ['board from home, due within 7 days', { dueSoon: true }, 'AND r.due_date BETWEEN ? AND ?', [today, '1405/09/09']],
    [
      'board from home, no report for 30 days',
      { unreported: true },
      'AND s.date <= ? AND NOT EXISTS (SELECT 1 FROM follow_up f WHERE f.resolution_id = r.id AND f.date > ?)',
      ['1405/08/02', '1405/08/02'],
    ],
  ] as const) {
    const raw = rawBoard(where, 100);
    const { rows, total } = boardPage({ ...input, limit: 100 });
    row(
      `${label} (of ${total.toLocaleString('en')})`,
      median(() => boardPage({ ...input, limit: 100 })),
      median(() => raw(...params)),
      rows.length,
      true,
    );
  }
  const hits = call('search.query', { query: 'گزارش اقدامات', limit: 50 });
  const rawSearch = db.prepare(
    `SELECT d.entity_id FROM search_index JOIN search_doc d ON d.id = search_index.rowid WHERE search_index MATCH ? ORDER BY rank LIMIT 50`,
  );
  row(
    'search «گزارش اقدامات», 50 hits with snippets',
    median(() => call('search.query', { query: 'گزارش اقدامات', limit: 50 })),
    median(() => rawSearch.all('"گزارش"* "اقدامات"*')),
    hits.length,
  );
  const groupHits = call('search.query', { query: 'گزارش اقدامات', workingGroupId: group, limit: 50 });
  const rawGroupSearch = db.prepare(
    `SELECT d.entity_id FROM search_index JOIN search_doc d ON d.id = search_index.rowid
     LEFT JOIN resolution r ON d.kind = 'resolution' AND r.id = d.entity_id
     LEFT JOIN follow_up f ON d.kind = 'follow_up' AND f.id = d.entity_id
     LEFT JOIN resolution fr ON fr.id = f.resolution_id
     LEFT JOIN agenda_item a ON d.kind = 'agenda_item' AND a.id = d.entity_id
     LEFT JOIN discussion_point p ON d.kind = 'discussion_point' AND p.id = d.entity_id
     LEFT JOIN speaker sp ON sp.id = p.speaker_id
     JOIN session s ON s.id = coalesce(r.session_id, fr.session_id, a.session_id, sp.session_id)
     WHERE search_index MATCH ? AND s.working_group_id = ? ORDER BY rank LIMIT 50`,
  );
  row(
    'search, one group, 50 hits with snippets',
    median(() => call('search.query', { query: 'گزارش اقدامات', workingGroupId: group, limit: 50 })),
    median(() => rawGroupSearch.all('"گزارش"* "اقدامات"*', group)),
    groupHits.length,
  );
} finally {
  db.close();
  rmSync(dir, { recursive: true, force: true });
}
