// Fetches Electron's own binary after `npm install` when the network allows, and
// otherwise says in one line what is missing and what still works. Electron's own
// install script is disabled in package.json (allowScripts) so that an offline
// install never fails; this script runs it instead, without failing the install.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** Absolute path of the Electron executable, or null when it is not installed. */
export function electronBinary() {
  let dir;
  try {
    dir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const exe = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(exe) ? exe : null;
}

function install() {
  if (electronBinary()) return;
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    console.log(
      'dabir: ELECTRON_SKIP_BINARY_DOWNLOAD is set, so the Electron binary was not fetched; tests, the command line and the browser host (npm start) still work.',
    );
    return;
  }
  let installer;
  try {
    installer = path.join(path.dirname(require.resolve('electron/package.json')), 'install.js');
  } catch {
    return;
  }
  const run = spawnSync(process.execPath, [installer], { stdio: 'pipe', encoding: 'utf8', timeout: 600_000 });
  if (run.status === 0 && electronBinary()) {
    console.log('dabir: Electron binary installed.');
    return;
  }
  const reason =
    (run.stderr || run.stdout || '')
      .trim()
      .split('\n')
      .find((l) => /error|fail|ENOTFOUND|ECONN/i.test(l)) ?? 'download failed';
  console.log(
    `dabir: the Electron binary could not be downloaded (${reason.slice(0, 160)}); tests, the command line and the browser host (npm start) still work.`,
  );
}

if (process.argv[2] === 'install') install();
