// Past minutes in a morning: 100 .docx files of the seed's size (its real tables, one session each)
// read and saved as drafts through `pastMinutes.read` on a fresh data file (synchronous=FULL, a
// transaction each), next to mammoth alone reading the same files, by turns, in the same run; then
// the whole `dabir import FOLDER` command on them. Target: 100 drafts ≤ 10 s.
// Run: `node --import tsx test/bench/past-minutes.ts` (part of `npm run bench`).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import mammoth from 'mammoth';
import { createAsyncDispatcher } from '../../electron/core/api/async-dispatch';
import { openDatabase } from '../../electron/core/db/open';
import { ordinalWord } from '../../electron/core/domain/ordinals';
import { toPersianDigits } from '../../electron/contract/persian-text';
import { modelToDocx, sourceModel } from '../helpers/past-minutes-files';

const FILES = Number(process.env.BENCH_FILES ?? 100);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const root = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'dabir-bench-past-'));
const folder = path.join(dir, 'minutes');
mkdirSync(folder);

/** The seed's model as session n of its year: its title ordinal and date changed, the rest as it is. */
async function file(n: number): Promise<string> {
  const model = sourceModel('markazi-1399-01');
  const year = 1390 + Math.floor((n - 1) / 12);
  const month = ((n - 1) % 12) + 1;
  const blocks = model.blocks.map((b) =>
    'p' in b
      ? {
          p: b.p
            .replace(/^صور تجلسه اولين/, `صورتجلسه ${ordinalWord(((n - 1) % 12) + 1)}`)
            .replace('در سال ۱۳۹۹', `در سال ${toPersianDigits(year)}`)
            .replace('۱۳۹۹/۰۲/۰۲', toPersianDigits(`${year}/${String(month).padStart(2, '0')}/10`)),
        }
      : b,
  );
  const out = path.join(folder, `صورتجلسه-${String(n).padStart(3, '0')}.docx`);
  writeFileSync(out, await modelToDocx({ blocks }));
  return out;
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0]!, median: s[Math.floor(s.length / 2)]!, max: s.at(-1)! };
};
const show = (label: string, xs: number[]) => {
  const { min, median, max } = stats(xs);
  console.log(
    `${label.padEnd(52)} min ${(min / 1000).toFixed(2)} s  median ${(median / 1000).toFixed(2)} s  max ${(max / 1000).toFixed(2)} s`,
  );
  return median;
};

async function mammothAlone(files: string[]): Promise<number> {
  const t = performance.now();
  for (const f of files) await mammoth.convertToHtml({ buffer: readFileSync(f) });
  return performance.now() - t;
}

async function drafts(files: string[]): Promise<number> {
  const runDir = mkdtempSync(path.join(dir, 'run-'));
  const db = openDatabase(path.join(runDir, 'dabir.sqlite'));
  db.prepare('UPDATE secretariat SET name = ?, province = ?').run('استانداری مرکزی', 'مرکزی');
  const run = createAsyncDispatcher(db);
  const t = performance.now();
  for (const f of files) {
    const r = await run('pastMinutes.read', {
      fileName: path.basename(f),
      data: readFileSync(f).toString('base64'),
      group: null,
    });
    if (!r.ok) throw new Error(`${f}: ${r.error.message}`);
  }
  const ms = performance.now() - t;
  const n = (db.prepare('SELECT count(*) AS n FROM session').get() as { n: number }).n;
  db.close();
  if (n !== files.length) throw new Error(`${n} drafts from ${files.length} files`);
  return ms;
}

try {
  const files: string[] = [];
  for (let n = 1; n <= FILES; n++) files.push(await file(n));
  const size = statSync(files[0]!).size;
  await mammothAlone(files.slice(0, 5));
  await drafts(files.slice(0, 5));
  const m: number[] = [];
  const d: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    m.push(await mammothAlone(files));
    d.push(await drafts(files));
  }
  const cli: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const db = path.join(mkdtempSync(path.join(dir, 'cli-')), 'dabir.sqlite');
    const setup = spawnSync(process.execPath, [
      path.join(root, 'bin/dabir.mjs'),
      'setup',
      '--name',
      'استانداری مرکزی',
      '--province',
      'مرکزی',
      '--db',
      db,
    ]);
    if (setup.status !== 0) throw new Error(setup.stderr.toString());
    const t = performance.now();
    const r = spawnSync(process.execPath, [path.join(root, 'bin/dabir.mjs'), 'import', folder, '--db', db], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    cli.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`dabir import exited ${r.status}: ${r.stderr.toString().slice(-500)}`);
  }
  console.log(
    `${FILES} .docx of the seed's size (${(size / 1024).toFixed(0)} KB each), ${RUNS} runs by turns (${os.cpus().length} cores, Node ${process.version})`,
  );
  const mm = show('mammoth alone (convertToHtml, the same files)', m);
  const dd = show('drafts through pastMinutes.read (read, recognize, save)', d);
  show('dabir import FOLDER (the whole command, a new file)', cli);
  console.log(
    `per file: ${(dd / FILES).toFixed(1)} ms, of which mammoth ${(mm / FILES).toFixed(1)} ms; target 100 drafts ≤ 10 s: ${dd <= 10_000 ? 'met' : 'NOT met'}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
