// Benchmark of the sync bundle (issue 6) on generated 10-year provinces (test/bench/province.ts:
// 6 working groups × 15 sessions a year × 10 years, 10 resolutions, 40 attendance lines and 30
// follow-up reports a session, every session before the last year final).
// - full and incremental export of one province, next to raw better-sqlite3 reads of the same rows;
// - headquarters importing the full bundles of 31 provinces, next to raw inserts of the same rows
//   into the same schema in the same run (sessions written as drafts and made final after, as the
//   schema's guards demand), and the ratio of their rates.
// Run: `npm run bench` (or `node --import tsx test/bench/bundle.ts`; BENCH_PROVINCES=N for fewer).
// Not part of `npm test`: figures, not pass/fail.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { recordExport, writeBundle } from '../../electron/core/bundle/export';
import { syncedEntities, type BundleRecord } from '../../electron/core/bundle/format';
import { importBundle } from '../../electron/core/bundle/import';
import { readBundle } from '../../electron/core/bundle/verify';
import { claimRole } from '../../electron/core/db/installation';
import { asSyncWriter } from '../../electron/core/db/guards';
import type { Statement } from 'better-sqlite3';
import { openDatabase, type Db } from '../../electron/core/db/open';
import { refreshSearchIndex } from '../../electron/core/search/pending';
import { generateProvince } from '../helpers/province';
import { provinceNames as allProvinces } from '../../electron/contract/provinces';

const PROVINCES = Number(process.env.BENCH_PROVINCES ?? 31);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const dir = mkdtempSync(path.join(os.tmpdir(), 'dabir-bench-bundle-'));
// Markazi first (the seed's province), then the rest of the 31.
const provinceNames = ['مرکزی', ...allProvinces.filter((p) => p !== 'مرکزی')];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}
const ms = (x: number) => `${x.toFixed(0)} ms`;
const line = (label: string, ours: number, raw: number, rawLabel: string) =>
  console.log(
    `${label.padEnd(34)} ${ms(ours).padStart(9)}   ${rawLabel.padEnd(28)} ${ms(raw).padStart(9)}   ${(ours / raw).toFixed(2)}×`,
  );

/** Raw reads of every synced row, as a full export reads them. */
function rawReadAll(db: Db): number {
  let n = 0;
  for (const e of syncedEntities) n += db.prepare(`SELECT * FROM ${e}`).all().length;
  return n;
}

/** Raw inserts of a bundle's rows into the same schema, its search index included: prepared statements, one transaction, no checks. */
function rawInsert(db: Db, records: BundleRecord[]): void {
  const statements = new Map<string, Statement<unknown[]>>();
  const finals: Record<string, unknown>[] = [];
  // The one writer of other secretariats' rows, as the import marks itself (migration 130's guards).
  db.transaction(() =>
    asSyncWriter(db, () => {
      for (const entity of syncedEntities)
        for (const r of records) {
          if (r.entity !== entity || r.op !== 'upsert') continue;
          let row = r.row;
          if (entity === 'session' && row.status === 'final') {
            finals.push(row);
            row = { ...row, status: 'draft', content_hash: null, final_content: null, finalized_at: null };
          }
          const keys = Object.keys(row);
          const text = `INSERT INTO ${entity} (${keys.join(', ')}) VALUES (${keys.map(() => '?').join(', ')})`;
          let s = statements.get(text);
          if (!s) statements.set(text, (s = db.prepare(text)));
          s.run(...keys.map((k) => row[k]));
        }
      const final = db.prepare(
        `UPDATE session SET status = 'final', content_hash = ?, final_content = ?, finalized_at = ? WHERE id = ?`,
      );
      for (const f of finals) final.run(f.content_hash, f.final_content, f.finalized_at, f.id);
      // The schema's search index, as the import leaves it: since migration 80 the triggers only
      // queue the rows, and without this the raw figure would skip the indexing the import does.
      refreshSearchIndex(db);
    }),
  )();
}

console.log(
  `Dabir sync bundle benchmark — ${new Date().toISOString()} — ${os.cpus().length} cores, Node ${process.version}`,
);

// One province, exported.
let t = performance.now();
const first = openDatabase(path.join(dir, 'province-0.sqlite'));
const rows = generateProvince(first, provinceNames[0]!, undefined, 1);
console.log(`generated a 10-year province: ${rows.toLocaleString('en')} rows in ${ms(performance.now() - t)}`);

// Streamed to disk, as «ارسال به ستاد» and `dabir bundle export` write it (fsync included).
const file = path.join(dir, 'full.dabir');
const full = writeBundle(first, file, { full: true });
const exportFull = median(Array.from({ length: RUNS }, () => time(() => writeBundle(first, file, { full: true }))));
const readAll = median(Array.from({ length: RUNS }, () => time(() => rawReadAll(first))));
console.log(
  `full bundle: ${full.manifest.toSeq.toLocaleString('en')} changes, ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB`,
);
line('export, full (10 years), to disk', exportFull, readAll, 'raw SELECT * of every row');
recordExport(first, full);

// A week of work after it: 60 statuses changed, 40 follow-up reports, 5 sessions' notes.
const resolutions = first.prepare(`SELECT id FROM resolution ORDER BY rowid DESC LIMIT 60`).pluck().all() as string[];
first.transaction(() => {
  for (const id of resolutions)
    first.prepare(`UPDATE resolution SET status = 'done' WHERE id = ? AND status <> 'done'`).run(id);
  for (const id of resolutions.slice(0, 40))
    first
      .prepare(
        `INSERT INTO follow_up (id, origin, resolution_id, date, text, created_at) VALUES (lower(hex(randomblob(4)))||'-'||lower(hex(randomblob(2)))||'-4'||substr(lower(hex(randomblob(2))),2)||'-a'||substr(lower(hex(randomblob(2))),2)||'-'||lower(hex(randomblob(6))), (SELECT secretariat_id FROM installation), ?, '1404/12/20', 'اقدام انجام شد', 'now')`,
      )
      .run(id);
})();
const weekFile = path.join(dir, 'week.dabir');
const incremental = writeBundle(first, weekFile);
const exportIncremental = median(Array.from({ length: RUNS }, () => time(() => writeBundle(first, weekFile))));
const changedIds = JSON.stringify(incremental.manifest.counts);
const readChanged = median(
  Array.from({ length: RUNS }, () =>
    time(() => {
      first
        .prepare(`SELECT * FROM resolution WHERE id IN (SELECT value FROM json_each(?))`)
        .all(JSON.stringify(resolutions));
      first.prepare(`SELECT * FROM follow_up WHERE date = '1404/12/20'`).all();
    }),
  ),
);
console.log(`incremental bundle: ${changedIds}, ${(incremental.size / 1024).toFixed(0)} KB`);
line('export, incremental (a week), to disk', exportIncremental, readChanged, 'raw SELECT of those rows');
first.close();

// 31 provinces, each a full bundle, imported at headquarters.
const bundles: Uint8Array[] = [readFileSync(file)];
t = performance.now();
for (let i = 1; i < PROVINCES; i++) {
  const db = openDatabase(path.join(dir, `province-${i}.sqlite`));
  generateProvince(db, provinceNames[i % provinceNames.length]!, undefined, i + 1);
  writeBundle(db, path.join(dir, `p${i}.dabir`), { full: true });
  bundles.push(readFileSync(path.join(dir, `p${i}.dabir`)));
  db.close();
  rmSync(path.join(dir, `province-${i}.sqlite`));
}
console.log(`generated and exported ${PROVINCES - 1} more provinces in ${ms(performance.now() - t)}`);

const hq = openDatabase(path.join(dir, 'hq.sqlite'));
claimRole(hq, 'headquarters');
let peak = 0;
const importTime = time(() => {
  for (const b of bundles) {
    importBundle(hq, b, { trustNew: true });
    peak = Math.max(peak, process.memoryUsage().rss);
  }
});
// Parsed only now, so the import's memory figure is the import's own (plus the bundles' bytes).
const records = bundles.map((b) => readBundle(b).records);
const totalRows = records.reduce((n, r) => n + r.length, 0);
const raw = openDatabase(path.join(dir, 'raw.sqlite'));
claimRole(raw, 'headquarters');
const rawTime = time(() => {
  for (const r of records) rawInsert(raw, r);
});
const counts = (db: Db) =>
  [...syncedEntities, 'search_doc'].map((e) => db.prepare(`SELECT count(*) FROM ${e}`).pluck().get() as number);
if (JSON.stringify(counts(hq)) !== JSON.stringify(counts(raw)))
  throw new Error('headquarters and raw hold different rows');
console.log(
  `headquarters import of ${PROVINCES} provinces: ${totalRows.toLocaleString('en')} records, ${(bundles.reduce((n, b) => n + b.length, 0) / 1024 / 1024).toFixed(0)} MB of bundles`,
);
line(`import ${PROVINCES} provinces (read+verify+write)`, importTime, rawTime, 'raw INSERT of the same rows');
console.log(
  `  rates: import ${Math.round(totalRows / (importTime / 1000)).toLocaleString('en')} rows/s, raw ${Math.round(totalRows / (rawTime / 1000)).toLocaleString('en')} rows/s — import at ${((rawTime / importTime) * 100).toFixed(0)}% of the raw rate (target ≥ 50%)`,
);
console.log(
  `  memory: ${(peak / 1024 / 1024).toFixed(0)} MB resident at most during the import (the bundles' bytes this script holds included)`,
);
hq.close();
raw.close();
rmSync(dir, { recursive: true, force: true });
