#!/usr/bin/env node
// The `dabir` command: runs the TypeScript command line (electron/core/cli) through tsx, so it
// needs no build step and always runs the same services as the app.
const [major] = process.versions.node.split('.').map(Number);
if (major < 22) {
  console.error(
    `dabir needs Node.js 22 or newer (this is ${process.version}); better-sqlite3 13 does not run on older Node.`,
  );
  process.exit(2);
}
const { register } = await import('tsx/esm/api');
register();
const { run } = await import('../electron/core/cli/index.ts');
process.exitCode = await run(process.argv.slice(2));
