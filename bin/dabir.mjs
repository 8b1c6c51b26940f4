#!/usr/bin/env node
// The `dabir` command: runs the TypeScript command line (electron/core/cli) through tsx, so it
// needs no build step and always runs the same services as the app.
const [major] = process.versions.node.split('.').map(Number);
if (major < 22) {
  // better-sqlite3 13 needs Node 22: run this same command under it (fetched once from the npm registry).
  const { runUnderNode22 } = await import('../scripts/node22.mjs');
  const { fileURLToPath } = await import('node:url');
  runUnderNode22('node', [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { quiet: true });
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { run } = await import('../electron/core/cli/index.ts');
  process.exitCode = await run(process.argv.slice(2));
}
