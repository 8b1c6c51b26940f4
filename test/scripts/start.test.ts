// `npm start` on a machine without the Electron binary: one clear line, then the browser host.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/db';

const root = path.resolve(import.meta.dirname, '../..');
const electronInstalled = existsSync(path.join(root, 'node_modules/electron/path.txt'));

describe('npm start without Electron', () => {
  it.runIf(!electronInstalled)(
    'says Electron is missing in one line and starts the browser host on the app’s own data file',
    async () => {
      const config = tempDir();
      const child = spawn(process.execPath, [path.join(root, 'scripts/start.mjs')], {
        cwd: root,
        env: { ...process.env, XDG_CONFIG_HOME: config, APPDATA: config },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      try {
        const lines = await new Promise<string[]>((resolve, reject) => {
          let out = '';
          child.stdout.on('data', (d: Buffer) => {
            out += d.toString('utf8');
            const got = out.split('\n').filter(Boolean);
            if (got.some((l) => l.startsWith('http://'))) resolve(got);
          });
          child.once('exit', (code) => reject(new Error(`start exited ${code}: ${out}`)));
        });
        expect(lines[0]).toMatch(/Electron binary is not installed.*browser host/);
        const url = lines.find((l) => l.startsWith('http://')) ?? '';
        const m = /^http:\/\/127\.0\.0\.1:(\d+)\/#token=([\w-]+)$/.exec(url);
        expect(m).not.toBeNull();
        const res = await fetch(`http://127.0.0.1:${m![1]}/api/workingGroups.list`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${m![2]}` },
          body: '{}',
        });
        expect(await res.json()).toEqual({ ok: true, value: [] });
        expect(existsSync(path.join(config, 'Dabir', 'dabir.sqlite'))).toBe(true);
      } finally {
        child.kill('SIGTERM');
      }
    },
    60_000,
  );
});
