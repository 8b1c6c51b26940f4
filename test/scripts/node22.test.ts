// scripts/node22.mjs: the README's commands on a machine whose Node is older than 22 fetch Node 22
// from the npm registry once, cache it, say so in one line, and run under it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/db';

const root = path.resolve(import.meta.dirname, '../..');
const script = path.join(root, 'scripts/node22.mjs');

/** The machine's own Node when it is older than 22 (Debian's is 20), else null. */
function oldNode(): string | null {
  for (const candidate of ['/usr/bin/node', '/usr/local/bin/node']) {
    if (!existsSync(candidate)) continue;
    const version = execFileSync(candidate, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim();
    if (Number(version.split('.')[0]) < 22) return candidate;
  }
  return null;
}
const old = oldNode();

const run = (node: string, args: string[], env: Record<string, string> = {}) => {
  const r = spawnSync(node, args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout.trim(), stderr: r.stderr.trim() };
};

describe('Node 22 for the README commands', () => {
  it('runs the command as it is, saying nothing, when this Node is new enough', () => {
    expect(run(process.execPath, [script, 'node', '-p', 'process.version'])).toEqual({
      code: 0,
      stdout: process.version,
      stderr: '',
    });
  });

  it.runIf(old)(
    'under an older Node fetches Node 22 once into the cache, says so in one line, then reuses it',
    () => {
      const home = path.join(tempDir(), 'node22');
      const first = run(old!, [script, 'node', '-p', 'process.version'], { DABIR_NODE_HOME: home });
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(/^v2[2-9]\./);
      expect(first.stderr.split('\n')).toEqual([expect.stringContaining('fetching Node 22 from the npm registry')]);

      const again = run(old!, [script, 'node', '-p', 'process.version'], { DABIR_NODE_HOME: home });
      expect(again).toEqual({
        code: 0,
        stdout: first.stdout,
        stderr: expect.stringContaining(`using Node 22 from ${home}`),
      });

      // The command line started with the old Node runs under the new one, quietly, with its exit status.
      const help = run(old!, [path.join(root, 'bin/dabir.mjs'), 'help'], { DABIR_NODE_HOME: home });
      expect(help).toMatchObject({ code: 0, stderr: '' });
      expect(help.stdout).toContain('dabir import FILE');
      const unknown = run(old!, [path.join(root, 'bin/dabir.mjs'), 'nonsense'], { DABIR_NODE_HOME: home });
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain('فرمان ناشناخته');
    },
    180_000,
  );
});
