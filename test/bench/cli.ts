// The command line's start: `dabir list` on the fixture's data file, wall time of the whole
// process, next to `node -e ''` on the same Node in the same run, by turns; then the same command
// through tsx (the sources, as before the built command line). Target: within 3× of the floor.
// Run: `npm run bench` (it builds first: the built command line is what `dabir` runs).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'bin/dabir.mjs');
const dir = mkdtempSync(path.join(os.tmpdir(), 'dabir-bench-cli-'));
const db = path.join(dir, 'dabir.sqlite');

function wall(args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.toString()}`);
  return ms;
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0]!, median: s[Math.floor(s.length / 2)]!, max: s.at(-1)! };
};
const show = (label: string, xs: number[]) => {
  const { min, median, max } = stats(xs);
  console.log(`${label.padEnd(44)} min ${min.toFixed(0)} ms  median ${median.toFixed(0)} ms  max ${max.toFixed(0)} ms`);
  return median;
};

try {
  wall([bin, 'import', path.join(root, 'test/fixtures/minutes/markazi-1399-01.json'), '--db', db]);
  const listArgs = [bin, 'list', '--db', db];
  // One warm-up each (the compile cache and the file cache), then by turns.
  wall(listArgs);
  wall(['-e', '']);
  const built: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    built.push(wall(listArgs));
    floor.push(wall(['-e', '']));
  }
  const source: number[] = [];
  for (let i = 0; i < Math.min(RUNS, 7); i++) source.push(wall(listArgs, { ...process.env, DABIR_CLI: 'source' }));
  console.log(
    `dabir list on the fixture's data file, ${RUNS} runs by turns (${os.cpus().length} cores, Node ${process.version})`,
  );
  const b = show('dabir list (built command line)', built);
  const f = show("node -e '' (the floor)", floor);
  const s = show('dabir list through tsx (DABIR_CLI=source)', source);
  const ratio = b / f;
  console.log(
    `ratio built / floor ${ratio.toFixed(2)}× (target ≤ 3×: ${ratio <= 3 ? 'meets' : 'misses'}); through tsx ${(s / f).toFixed(2)}×`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
