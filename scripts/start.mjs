// `npm start`: the Electron app when its binary is installed; otherwise the browser host,
// which serves the same renderer and operations on 127.0.0.1 (product.md, Architecture).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { electronBinary } from './electron-binary.mjs';
import { buildApp, projectRoot } from './run-tool.mjs';

/** Runs a child with our terminal and leaves with its exit code (or its signal). */
function runAndForward(command, args) {
  const child = spawn(command, args, { cwd: projectRoot, stdio: 'inherit' });
  // Pass stop signals on and wait for the child to finish, instead of leaving it running alone.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    console.error(`dabir: could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

// `npm start -- --hq`: headquarters, on its own data file.
const hq = process.argv.includes('--hq') ? ['--hq'] : [];
const electron = electronBinary();
if (electron) {
  const built = buildApp();
  if (built !== 0) process.exit(built);
  runAndForward(electron, [projectRoot, ...hq]);
} else {
  console.log(
    'dabir: the Electron binary is not installed on this machine, so the browser host is started instead. / برنامهٔ Electron روی این دستگاه نصب نیست؛ به جای آن میزبان مرورگر اجرا می‌شود.',
  );
  if (!existsSync(path.join(projectRoot, 'out', 'renderer', 'index.html'))) {
    const built = buildApp();
    if (built !== 0) process.exit(built);
  }
  runAndForward(process.execPath, [path.join(projectRoot, 'bin', 'dabir.mjs'), 'serve', ...hq]);
}
