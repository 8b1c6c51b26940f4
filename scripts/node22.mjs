// Runs a command under Node 22 or newer: as it is when this Node is new enough; otherwise with a
// Node 22 fetched once from the npm registry (the `node-<os>-<cpu>` packages ship the binary) into
// a cache, put first on PATH. `npm start`, `npm test`, `dabir` and .ci/run all go through it, so the
// README's two commands work on a machine whose Node is older (better-sqlite3 13 and vitest 5 need 22).
//   node scripts/node22.mjs COMMAND [ARGS...]      e.g. node scripts/node22.mjs npm run test:run
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const NEEDED_MAJOR = 22;
const major = Number(process.versions.node.split('.')[0]);

/** The registry package that holds Node 22 for this machine (Apple silicon runs the x64 one: none is published for arm64). */
function nodePackage() {
  const cpu = process.platform === 'darwin' && process.arch === 'arm64' ? 'x64' : process.arch;
  const osName = { linux: 'linux', win32: 'win', darwin: 'darwin' }[process.platform];
  if (!osName || !['x64', 'arm64'].includes(cpu)) return null;
  return `node-${osName}-${cpu}`;
}

/** Where the fetched Node lives: DABIR_NODE_HOME, else the user's cache folder. */
export function nodeHome() {
  if (process.env.DABIR_NODE_HOME) return path.resolve(process.env.DABIR_NODE_HOME);
  const cache =
    process.platform === 'win32'
      ? (process.env.LOCALAPPDATA ?? path.join(os.homedir(), 'AppData', 'Local'))
      : process.platform === 'darwin'
        ? path.join(os.homedir(), 'Library', 'Caches')
        : (process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'));
  return path.join(cache, 'dabir', `node${NEEDED_MAJOR}`);
}

const exeName = process.platform === 'win32' ? 'node.exe' : 'node';
const binDir = (home, pkg) => path.join(home, 'node_modules', pkg, 'bin');
const nodeExe = (home, pkg) => path.join(binDir(home, pkg), exeName);

/** npm as the user runs it: the one running this script when started by npm, else the one on PATH. */
function npmCommand(args) {
  const cli = process.env.npm_execpath;
  if (cli && /\.(c?js|mjs)$/.test(cli)) return [process.execPath, [cli, ...args]];
  return [process.platform === 'win32' ? 'npm.cmd' : 'npm', args];
}

/** The folder holding a Node ≥ 22 to put first on PATH, fetching it once if needed; null when this Node will do. */
export function ensureNode22({ quiet = false } = {}) {
  const say = (line) => console.error(line);
  if (major >= NEEDED_MAJOR) return null;
  const pkg = nodePackage();
  if (!pkg) {
    say(`dabir: Node.js ${NEEDED_MAJOR} or newer is needed (this is ${process.version}); install it from nodejs.org.`);
    process.exit(2);
  }
  const home = nodeHome();
  if (!existsSync(nodeExe(home, pkg))) {
    say(
      `dabir: Node ${process.version} is older than ${NEEDED_MAJOR}; fetching Node ${NEEDED_MAJOR} from the npm registry into ${home} (once).`,
    );
    mkdirSync(home, { recursive: true });
    const [cmd, args] = npmCommand([
      'install',
      '--no-save',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      '--prefix',
      home,
      `${pkg}@${NEEDED_MAJOR}`,
    ]);
    const got = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'], shell: process.platform === 'win32' });
    if (got.status !== 0 || !existsSync(nodeExe(home, pkg))) {
      say(
        `dabir: Node ${NEEDED_MAJOR} could not be fetched from the npm registry; install Node.js ${NEEDED_MAJOR} or newer and run the command again.`,
      );
      process.exit(2);
    }
  } else if (!quiet)
    say(`dabir: Node ${process.version} is older than ${NEEDED_MAJOR}; using Node ${NEEDED_MAJOR} from ${home}.`);
  return binDir(home, pkg);
}

/** Runs COMMAND with Node ≥ 22 first on PATH and leaves with its exit code; `quiet`: say nothing when the cached Node is used. */
export function runUnderNode22(command, args, options = {}) {
  const bin = ensureNode22(options);
  const env = { ...process.env };
  if (bin) {
    const key = Object.keys(env).find((k) => k.toUpperCase() === 'PATH') ?? 'PATH';
    env[key] = `${bin}${path.delimiter}${env[key] ?? ''}`;
    // npm started under the old Node records it; the new one must be what scripts run with.
    delete env.npm_node_execpath;
    delete env.NODE;
  }
  const node = bin ? path.join(bin, exeName) : process.execPath;
  // `npm` started by npm runs the same npm's code with the new Node (the Windows npm.cmd would pick its own node.exe).
  const npmCli =
    command === 'npm' && /\.(c?js|mjs)$/.test(process.env.npm_execpath ?? '') ? process.env.npm_execpath : null;
  const [exe, argv] = command === 'node' ? [node, args] : npmCli ? [node, [npmCli, ...args]] : [command, args];
  const child = spawn(exe, argv, { stdio: 'inherit', env, shell: process.platform === 'win32' && exe === command });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    console.error(`dabir: could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [command, ...args] = process.argv.slice(2);
  if (!command) {
    console.error('usage: node scripts/node22.mjs COMMAND [ARGS...]');
    process.exit(2);
  }
  runUnderNode22(command, args);
}
