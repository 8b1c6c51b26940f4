// Builds the installers: the app with electron-vite, then electron-builder for one platform.
// Usage: node scripts/dist.mjs [win|linux] [more electron-builder arguments, e.g. --dir]
import { existsSync } from 'node:fs';
import path from 'node:path';
import { electronBinary } from './electron-binary.mjs';
import { buildApp, projectRoot, runTool } from './run-tool.mjs';

const platforms = { win: { flag: '--win', prebuild: 'win32-x64' }, linux: { flag: '--linux', prebuild: 'linux-x64' } };

const [first, ...rest] = process.argv.slice(2);
const name = first && !first.startsWith('-') ? first : process.platform === 'win32' ? 'win' : 'linux';
const extra = first && first.startsWith('-') ? [first, ...rest] : rest;
const platform = platforms[name];
if (!platform) {
  console.error(`dabir dist: unknown platform "${name}"; use one of: ${Object.keys(platforms).join(', ')}.`);
  process.exit(2);
}

// electron-builder would try to download Electron for the target; where even the local binary
// could not be fetched that download fails too, so say so up front instead of half-way.
if (!electronBinary()) {
  console.error(
    'dabir dist: the Electron binary is not installed on this machine (npm install could not download it), so no installer can be built here.',
  );
  process.exit(1);
}

// The packaged app loads this Node-API prebuild; without it the installer would start and then fail.
const prebuild = path.join(projectRoot, 'node_modules', 'better-sqlite3', 'prebuilds', `${platform.prebuild}.node`);
if (!existsSync(prebuild)) {
  console.error(
    `dabir dist: better-sqlite3 has no prebuilt binary for ${platform.prebuild} (${prebuild}); refusing to package an app that could not open its database.`,
  );
  process.exit(1);
}

const built = buildApp();
if (built !== 0) process.exit(built);
process.exit(runTool('electron-builder', 'electron-builder', [platform.flag, '--publish', 'never', ...extra]));
