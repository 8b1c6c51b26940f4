// The `dabir` command as a user runs it: a real process, a real SQLite file, the real fixture.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { openDatabase } from '../../../electron/core/db/open';
import { finalize, tempDir } from '../../helpers/db';
import { dabir } from '../../helpers/cli';
import { fixture, fixturePath } from '../../helpers/fixtures';

const bin = path.resolve(import.meta.dirname, '../../../bin/dabir.mjs');
const exec = promisify(execFile);

describe('dabir command line', () => {
  it('import then export 1399/1 gives back the same document plus ids and due dates', async () => {
    const db = path.join(tempDir(), 't.sqlite');
    const imported = await dabir('import', fixturePath, '--db', db);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('وارد شد');

    const out = path.join(tempDir(), 'out.json');
    const exported = await dabir('export', '1399/1', '--db', db, '--out', out);
    expect(exported.code).toBe(0);
    // The same document again: refused, and the way to replace the draft is said (by the problem's code).
    const twice = await dabir('import', fixturePath, '--db', db);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain('dabir import FILE --replace-draft');
    expect((await dabir('import', fixturePath, '--db', db, '--replace-draft')).stdout).toContain('جایگزین شد');
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    expect(doc.session.resolutions.map((r: { dueDate: string | null }) => r.dueDate)).toEqual([
      '1399/02/12',
      '1399/03/02',
      null,
      '1399/02/05',
      null,
    ]);
    delete doc.workingGroup.id;
    delete doc.session.id;
    for (const r of doc.session.resolutions) {
      expect(r.id).toMatch(/^[0-9a-f-]{36}$/);
      delete r.id;
      delete r.dueDate;
    }
    expect(doc).toEqual(fixture());

    const listed = await dabir('list', '--db', db);
    expect(listed.stdout).toMatch(/1399\/1\s+1399\/02\/02\s+پیش‌نویس/);
  }, 30_000);

  it('exits non-zero with a clear Persian message on bad input', async () => {
    const db = path.join(tempDir(), 't.sqlite');
    const missing = await dabir('import', '/nonexistent/file.json', '--db', db);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('/nonexistent/file.json: چنین پرونده یا پوشه‌ای نیست');

    const badRef = await dabir('export', '99/1', '--db', db);
    expect(badRef.code).toBe(1);
    expect(badRef.stderr).toContain('نشانی جلسه نیست');

    const none = await dabir('export', '1399/7', '--db', db);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('هنوز کارگروهی ثبت نشده است');

    const unknown = await dabir('frobnicate', '--db', db);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('فرمان ناشناخته');

    const badPort = await dabir('serve', '--db', db, '--port', 'abc');
    expect(badPort.code).toBe(1);
    expect(badPort.stderr).toContain('درگاه');
  }, 30_000);

  it('reports every problem of a refused document with its JSON path', async () => {
    const dir = tempDir();
    const doc = fixture();
    doc.session.date = '1400/12/30';
    doc.session.resolutions[0].body = '';
    const file = path.join(dir, 'bad.json');
    (await import('node:fs')).writeFileSync(file, JSON.stringify(doc));
    const r = await dabir('import', file, '--db', path.join(dir, 't.sqlite'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('session.resolutions[0].body: مفاد مصوبه نباید خالی باشد');
  }, 30_000);

  it('never replaces a final session by import, and verifies it against its hash', async () => {
    const db = path.join(tempDir(), 't.sqlite');
    expect((await dabir('import', fixturePath, '--db', db)).code).toBe(0);
    expect((await dabir('verify', '1399/1', '--db', db)).stderr).toContain('هنوز پیش‌نویس است');
    const open = openDatabase(db);
    const sessionId = open.prepare('SELECT id FROM session').pluck().get() as string;
    const hash = finalize(open, sessionId);
    open.close();

    const again = await dabir('import', fixturePath, '--db', db, '--replace-draft');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('قطعی شده است و جایگزین نمی‌شود');
    const verified = await dabir('verify', '1399/1', '--db', db);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain(hash);
    expect(verified.stdout).toContain('سالم');

    // Tampered behind the app's back (guard dropped, content edited): verify says so.
    const raw = new Database(db);
    raw.exec('DROP TRIGGER session_final_update');
    raw.prepare(`UPDATE session SET final_content = replace(final_content, 'اکرمی', 'دیگری')`).run();
    raw.close();
    const tampered = await dabir('verify', '1399/1', '--db', db);
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toContain('ناسازگار');
  }, 30_000);

  it('the built command line and the sources (DABIR_CLI=source) answer alike', async () => {
    const db = path.join(tempDir(), 't.sqlite');
    expect((await dabir('import', fixturePath, '--db', db)).code).toBe(0);
    const source = async (...args: string[]) => {
      const { stdout } = await exec(process.execPath, [bin, ...args], {
        encoding: 'utf8',
        env: { ...process.env, DABIR_CLI: 'source' },
      });
      return stdout;
    };
    for (const args of [['list', '--db', db], ['export', '1399/1', '--db', db], ['help']])
      expect((await dabir(...args)).stdout).toBe(await source(...args));
  }, 30_000);

  it('ends quietly when its reader closes the pipe (dabir list | head -1)', async () => {
    const { spawn, execFileSync } = await import('node:child_process');
    const db = path.join(tempDir(), 't.sqlite');
    expect((await dabir('import', fixturePath, '--db', db)).code).toBe(0);
    // The reader is gone before the first line is written: every write meets a closed pipe.
    for (const args of [['list'], ['report', 'annual', '--year', '1399']]) {
      const child = spawn(process.execPath, [bin, ...args, '--db', db], { stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
      const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
      expect({ args, code, stderr }).toEqual({ args, code: 0, stderr: '' });
    }
    // As a user types it, through the shell.
    const piped = execFileSync(
      'bash',
      ['-o', 'pipefail', '-c', `"${process.execPath}" "${bin}" list --db "${db}" | head -1`],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    expect(piped.split('\n').filter(Boolean)).toHaveLength(1);
  }, 30_000);

  it('serve without a built renderer says in one Persian line what to run, and serves nothing', async () => {
    const r = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        [bin, 'serve', '--db', path.join(tempDir(), 't.sqlite'), '--port', '0'],
        { encoding: 'utf8', env: { ...process.env, DABIR_RENDERER_DIR: tempDir() }, timeout: 20_000 },
        (e, stdout, stderr) => resolve({ code: e ? ((e as { code?: number }).code ?? null) : 0, stdout, stderr }),
      );
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringContaining('نخست npm run build را اجرا کنید')]);
  }, 30_000);

  it('serve prints one line with the full URL and token, and the host answers it', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [bin, 'serve', '--db', path.join(tempDir(), 't.sqlite'), '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        child.stdout.once('data', (d: Buffer) => resolve(d.toString('utf8').trim()));
        child.once('exit', (code) => reject(new Error(`serve exited ${code}`)));
      });
      const m = line.match(/^http:\/\/127\.0\.0\.1:(\d+)\/#token=([\w-]+)$/);
      expect(m).not.toBeNull();
      const res = await fetch(`http://127.0.0.1:${m![1]}/api/secretariat.get`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${m![2]}` },
        body: '{}',
      });
      expect(await res.json()).toEqual({ ok: true, value: null });
    } finally {
      child.kill('SIGTERM');
    }
  }, 30_000);
});
