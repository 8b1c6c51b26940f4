// Runs a command-line tool from this project's node_modules with the current Node, the same way
// on every OS (no .cmd shims), and hands back its exit code.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '..');

/** Runs `bin` of package `pkg` with `args` in the project root; returns the exit code. */
export function runTool(pkg, bin, args) {
  const pkgDir = path.join(projectRoot, 'node_modules', pkg);
  const manifest = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
  const entry = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.[bin];
  if (!entry) throw new Error(`${pkg} has no command named ${bin}`);
  const run = spawnSync(process.execPath, [path.join(pkgDir, entry), ...args], { cwd: projectRoot, stdio: 'inherit' });
  if (run.error) throw run.error;
  return run.status ?? 1;
}

/** Builds main, preload and renderer into out/ (electron.vite.config.ts). */
export function buildApp() {
  return runTool('electron-vite', 'electron-vite', ['build']);
}
