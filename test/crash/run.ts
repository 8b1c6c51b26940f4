// `npm run crash`: the full crash-safety run, 100 SIGKILLs (CRASH_TRIALS=N for another count).
import { crashTrials } from './trials';

const trials = Number(process.env.CRASH_TRIALS ?? 100);
const started = performance.now();
const report = await crashTrials(trials, (line) => console.log(line));
console.log(
  `${report.trials} kills, ${report.acknowledged} writes acknowledged, ${report.lost} lost, ${report.partial} half-written sessions, ${report.damaged.length} failed integrity checks — ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
process.exitCode = report.lost === 0 && report.partial === 0 && report.damaged.length === 0 ? 0 : 1;
