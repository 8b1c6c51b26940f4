// Benchmark of headquarters' national loop (issue 20): the national matrix, the headquarters-wide
// board and the directive bundle for all provinces, on headquarters holding 31 generated 10-year
// provinces (test/helpers/province.ts) and 200 national resolutions (20 final national sessions of
// 10, each to every province) with every province's status and 3 reports of each, all made as
// real files send them (test/bench/national-data.ts); then at ten times the provinces (310), one
// year of data each. The matrix and the board are timed next to raw better-sqlite3 reads of the
// same rows, by turns in the same run; min, median and max over BENCH_RUNS runs after a warm-up.
// Headquarters' files (2 GB each) are built once, about 18 min on 2 cores, and kept in os.tmpdir()
// by shape and schema version, reused by later runs (BENCH_FRESH=1 rebuilds).
// Run: `node --import tsx test/bench/national.ts` (BENCH_PROVINCES=N, BENCH_WIDE=N for fewer;
// BENCH_WIDE=0 skips the second scale). Not part of `npm test`: figures, not pass/fail.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { exportDirective } from '../../electron/core/bundle/directive-export';
import { openDatabase, type Db } from '../../electron/core/db/open';
import { board } from '../../electron/core/services/board';
import { nationalMatrix } from '../../electron/core/services/national-matrix';
import { tenYears, type ProvinceShape } from '../helpers/province';
import { headquartersFile, TODAY, YEAR } from './national-data';

const PROVINCES = Number(process.env.BENCH_PROVINCES ?? 31);
const WIDE = Number(process.env.BENCH_WIDE ?? PROVINCES * 10);
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
/** The second scale: a province's one year (1395), every session a draft; a tenth of the 10-year rows. */
const oneYear: ProvinceShape = { ...tenYears, years: 1 };

const log = (s: string) => console.log(s);
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;

/** min, median and max of `runs` timed calls of each of `fns`, called by turns after one warm-up each. */
function timeByTurns(fns: (() => unknown)[], runs = RUNS): { min: number; median: number; max: number }[] {
  for (const fn of fns) fn();
  const times = fns.map(() => [] as number[]);
  for (let i = 0; i < runs; i++)
    fns.forEach((fn, j) => {
      const t = performance.now();
      fn();
      times[j]!.push(performance.now() - t);
    });
  return times.map((xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return { min: s[0]!, median: s[Math.floor(s.length / 2)]!, max: s[s.length - 1]! };
  });
}

const header = () =>
  log(
    `  ${'query'.padEnd(46)} ${'min'.padStart(10)} ${'median'.padStart(10)} ${'max'.padStart(10)}   ${'raw median'.padStart(10)}  ratio   target`,
  );
function row(label: string, api: () => unknown, raw: (() => unknown) | null, limitMs: number) {
  const [a, r] = timeByTurns(raw ? [api, raw] : [api]);
  const overBy = a!.median - limitMs;
  const ratio = r ? a!.median / r.median : null;
  const verdicts = [
    overBy <= 0 ? `≤ ${limitMs} ms PASS` : `≤ ${limitMs} ms over by ${ms(overBy)}`,
    ...(ratio === null ? [] : [ratio <= 2 ? '≤ 2× raw PASS' : `≤ 2× raw over (${ratio.toFixed(2)}×)`]),
  ];
  log(
    `  ${label.padEnd(46)} ${ms(a!.min).padStart(10)} ${ms(a!.median).padStart(10)} ${ms(a!.max).padStart(10)}   ${(r ? ms(r.median) : '—').padStart(10)}  ${(ratio === null ? '—' : `${ratio.toFixed(2)}×`).padStart(5)}   ${verdicts.join(', ')}`,
  );
}

/** The matrix's four reads, hand-written: the year's assigned national resolutions, their assignments, the provinces, their statuses and reports. */
function rawMatrix(db: Db) {
  const own = (db.prepare(`SELECT secretariat_id FROM installation`).pluck().get() as string) ?? '';
  const resolutions = db.prepare(
    `SELECT r.id, r.session_id, g.name, s.year, s.number, s.date, r.row, r.title, r.body, r.deadline_kind, r.deadline_value, r.due_date
     FROM resolution r JOIN session s ON s.id = r.session_id JOIN working_group g ON g.id = s.working_group_id
     WHERE s.origin = ? AND s.status = 'final' AND s.year = ? AND r.id IN (SELECT resolution_id FROM assignment)
     ORDER BY s.date, s.number, r.row`,
  );
  const ids = `SELECT value FROM json_each(?)`;
  const assignments = db.prepare(
    `SELECT resolution_id, province, province_key, due_date, deadline_kind FROM assignment WHERE resolution_id IN (${ids})`,
  );
  const provinces = db.prepare(`SELECT id, province FROM hq_secretariat`);
  const statuses = db.prepare(
    `SELECT resolution_id, origin, status, due_date FROM national_status WHERE resolution_id IN (${ids})`,
  );
  const reports = db.prepare(
    `SELECT resolution_id, origin, count(*), max(date || ' ' || created_at), date, text FROM follow_up
     WHERE resolution_id IN (${ids}) AND origin <> ? GROUP BY resolution_id, origin`,
  );
  return () => {
    const json = JSON.stringify((resolutions.all(own, YEAR) as { id: string }[]).map((r) => r.id));
    return [assignments.all(json), provinces.all(), statuses.all(json), reports.all(json, own)];
  };
}

/** The board's reads, hand-written: the count of the open, the page by due date with group and province, its bodies and last reports. */
function rawBoard(db: Db, province: string | null, limit: number) {
  const where = `r.status IN ('not_started', 'in_progress')${province ? ' AND s.origin = ?' : ''}`;
  const params = province ? [province] : [];
  const total = db.prepare(
    `SELECT count(*) FROM resolution r ${province ? 'JOIN session s ON s.id = r.session_id' : ''} WHERE ${where}`,
  );
  const page = db.prepare(
    `SELECT r.*, s.working_group_id, s.year, s.number, s.date, g.name, sc.province,
       (SELECT count(*) FROM follow_up f WHERE f.resolution_id = r.id) AS follow_ups
     FROM resolution r JOIN session s ON s.id = r.session_id JOIN working_group g ON g.id = s.working_group_id
     LEFT JOIN secretariat sc ON sc.id = s.origin
     WHERE r.id IN (SELECT r.id FROM resolution r JOIN session s ON s.id = r.session_id WHERE ${where}
                    ORDER BY r.due_date IS NULL, r.due_date, s.date, s.number, r.row, r.id LIMIT ${limit})`,
  );
  const ids = `SELECT value FROM json_each(?)`;
  const responsible = db.prepare(`SELECT resolution_id, text FROM responsible WHERE resolution_id IN (${ids})`);
  const last = db.prepare(
    `SELECT resolution_id, max(date || created_at), date, text FROM follow_up WHERE resolution_id IN (${ids}) GROUP BY resolution_id`,
  );
  return () => {
    total.get(...params);
    const json = JSON.stringify((page.all(...params) as { id: string }[]).map((r) => r.id));
    return [responsible.all(json), last.all(json)];
  };
}

function measure(label: string, provinces: number, shape: ProvinceShape, directive: boolean) {
  log(`\n${label}: headquarters with ${provinces} provinces of ${shape.years} year(s) each`);
  const built = headquartersFile(os.tmpdir(), provinces, shape, log);
  log(
    built.cached
      ? `  headquarters' file reused from an earlier run: ${built.file}`
      : `  built in ${built.seconds.toFixed(0)} s: ${built.file}`,
  );
  const db = openDatabase(built.file);
  const count = (sql: string) => db.prepare(sql).pluck().get() as number;
  const matrix = nationalMatrix(db, YEAR, TODAY);
  const cells = matrix.resolutions.reduce((n, r) => n + r.provinces.length, 0);
  log(
    `  ${count(`SELECT count(*) FROM resolution`).toLocaleString('en')} resolutions (${matrix.resolutions.length} national, ${cells.toLocaleString('en')} matrix cells), ` +
      `${count(`SELECT count(*) FROM national_status`).toLocaleString('en')} province statuses, ${count(`SELECT count(*) FROM follow_up`).toLocaleString('en')} follow-up reports, ` +
      `${count(`SELECT count(*) FROM resolution WHERE status IN ('not_started', 'in_progress')`).toLocaleString('en')} open; median of ${RUNS} runs by turns with raw, ${os.cpus().length} cores`,
  );
  const province = db.prepare(`SELECT id FROM hq_secretariat ORDER BY registered_at LIMIT 1`).pluck().get() as string;
  const page = { limit: 50, offset: 0 };
  header();
  row(`national matrix, ${YEAR}`, () => nationalMatrix(db, YEAR, TODAY), rawMatrix(db), 50);
  row('board, all provinces, first page of 50', () => board(db, { today: TODAY }, page), rawBoard(db, null, 50), 50);
  row(
    'board, one province, first page of 50',
    () => board(db, { today: TODAY, secretariatId: province }, page),
    rawBoard(db, province, 50),
    50,
  );
  if (directive) {
    const d = exportDirective(db, { province: null, full: true });
    const records = Object.values(d.manifest.counts).reduce((n, c) => n + c.upserts + c.deletes, 0);
    log(
      `  directive for all provinces: ${records.toLocaleString('en')} records, ${(d.bytes.length / 1024).toFixed(0)} KB`,
    );
    row('directive bundle, all provinces, full', () => exportDirective(db, { province: null, full: true }), null, 1000);
  }
  db.close();
}

log(`Dabir national loop benchmark — ${new Date().toISOString()} — ${os.cpus().length} cores, Node ${process.version}`);
measure('Scale 1', PROVINCES, tenYears, true);
if (WIDE > 0) measure('Scale 2 (ten times the provinces)', WIDE, oneYear, true);
