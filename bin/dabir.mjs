#!/usr/bin/env node
// The `dabir` command. Runs the command line built with the app (out/main/cli.js, made by
// `npm run build`, which `npm start` and `npm test` run) when it is newer than every source file;
// otherwise — right after `npm install`, or while the sources are being edited — the TypeScript
// itself through tsx, slower to start but never stale. DABIR_CLI=source forces the latter.
import { existsSync, readdirSync, statSync } from 'node:fs';
import module from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [major] = process.versions.node.split('.').map(Number);

/**
 * The newest modification time of the sources the command line is built from: the core, the
 * contract, and the renderer's Word builder with what it imports (print/, i18n/).
 */
function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name)) newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  for (const dir of ['electron/core', 'electron/contract', 'renderer/src/print', 'renderer/src/i18n'])
    walk(path.join(root, dir));
  return newest;
}

function builtCli() {
  if (process.env.DABIR_CLI === 'source') return null;
  const built = path.join(root, 'out/main/cli.js');
  return existsSync(built) && statSync(built).mtimeMs >= newestSource() ? built : null;
}

if (major < 22) {
  // better-sqlite3 13 needs Node 22: run this same command under it (fetched once from the npm registry).
  const { runUnderNode22 } = await import('../scripts/node22.mjs');
  runUnderNode22('node', [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { quiet: true });
} else {
  // Compiled code kept between runs (Node's own cache in the temp folder): a quicker start.
  module.enableCompileCache?.();
  const built = builtCli();
  if (!built) (await import('tsx/esm/api')).register();
  const { run } = await import(built ? pathToFileURL(built).href : '../electron/core/cli/index.ts');
  process.exitCode = await run(process.argv.slice(2));
}
