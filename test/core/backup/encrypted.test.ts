// Issue 14, item 6: a backup saved outside the data folder is encrypted in the standard age
// format. Real files, the real `dabir` command and Debian's `age` on a pseudo-terminal: Dabir's
// backup opens with `age -d` and is the secretariat's data; a file `age -p` made restores in
// Dabir; a wrong passphrase is a Persian refusal that changes nothing; a weak chosen one is refused.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupFolder } from '../../../electron/core/backup/names';
import { canonicalPassphrase, generatePassphrase } from '../../../electron/core/backup/passphrase';
import { run, type Io } from '../../../electron/core/cli/index';
import { openDatabase } from '../../../electron/core/db/open';
import { api, tempDir } from '../../helpers/db';
import { fixture } from '../../helpers/fixtures';
import { runInPty } from '../../helpers/pty';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const NAME = 'دبیرخانه کارگروه‌های استانداری مرکزی';

function io(env: Record<string, string> = {}, secret?: string[]): Io & { text: string[] } {
  const text: string[] = [];
  const answers = [...(secret ?? [])];
  return {
    text,
    env,
    out: (l) => text.push(l),
    err: (l) => text.push(l),
    ...(secret ? { secret: () => Promise.resolve(answers.shift() ?? '') } : {}),
  };
}

function province() {
  const file = path.join(tempDir(), 'dabir.sqlite');
  const db = openDatabase(file);
  const { call } = api(db);
  call('secretariat.setup', { name: NAME, province: 'مرکزی' });
  const { sessionId } = call('minutes.import', { document: fixture() });
  db.close();
  return { file, sessionId };
}

const sessionsIn = (file: string) => {
  const db = openDatabase(file);
  try {
    return db.prepare('SELECT count(*) FROM session').pluck().get() as number;
  } finally {
    db.close();
  }
};

const removeSessions = (file: string, sessionId: string) => {
  const db = openDatabase(file);
  api(db).call('sessions.remove', { id: sessionId });
  db.close();
};

describe('a saved backup', () => {
  it('is age-encrypted with a passphrase Dabir makes and prints once, and Debian’s age opens it', async () => {
    const { file } = province();
    const usb = tempDir();
    const cli = io();
    expect(await run(['backup', '--db', file, '--out', path.join(usb, 'markazi.sqlite')], cli)).toBe(0);
    const saved = path.join(usb, 'markazi.sqlite.age');
    expect(readdirSync(usb)).toEqual(['markazi.sqlite.age']);
    const printed = cli.text.filter((l) => l.startsWith('گذرواژه:'));
    expect(printed).toHaveLength(1);
    const passphrase = printed[0]!.slice('گذرواژه: '.length);
    expect(passphrase).toMatch(/^\d{5}(-\d{5}){4}$/);
    // Not readable as it is: no SQLite header, no Persian text of the minutes anywhere in it.
    const bytes = readFileSync(saved);
    expect(bytes.subarray(0, 22).toString()).toBe('age-encryption.org/v1\n');
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect(bytes.includes(Buffer.from(NAME))).toBe(false);
    // No plain copy left beside the data file.
    expect(readdirSync(backupFolder(file)).filter((n) => n.endsWith('.tmp'))).toEqual([]);

    const plain = path.join(tempDir(), 'opened.sqlite');
    const wrong = runInPty(['age', '-d', '-o', plain, saved], ['11111-22222-33333-44444-55555']);
    expect(wrong.status).not.toBe(0);
    const opened = runInPty(['age', '-d', '-o', plain, saved], [passphrase]);
    expect(opened).toMatchObject({ status: 0 });
    const db = new Database(plain, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare('SELECT name FROM secretariat WHERE name != ?').pluck().all('')).toContain(NAME);
    expect(db.prepare('SELECT count(*) FROM resolution').pluck().get()).toBe(5);
    // The secretariat's private key is inside: what the encryption is for.
    expect(db.prepare('SELECT count(*) FROM secretariat_key').pluck().get()).toBeGreaterThan(0);
    db.close();
  }, 60_000);

  it('restores with its passphrase (in Persian digits too); a wrong one is refused in Persian and changes nothing', async () => {
    const { file, sessionId } = province();
    const out = path.join(tempDir(), 'usb.sqlite.age');
    const passphrase = generatePassphrase();
    expect(await run(['backup', '--db', file, '--out', out], io({ DABIR_PASSPHRASE: passphrase }))).toBe(0);
    removeSessions(file, sessionId);
    const before = sha(file);
    const folderBefore = readdirSync(backupFolder(file)).sort();

    const wrong = io({ DABIR_PASSPHRASE: '99999-99999-99999-99999-99999' });
    expect(await run(['restore', out, '--db', file], wrong)).toBe(1);
    expect(wrong.text.at(-1)).toContain('گذرواژه این پشتیبان درست نیست؛ چیزی تغییر نکرد');
    expect(sha(file)).toBe(before);
    expect(readdirSync(backupFolder(file)).sort()).toEqual(folderBefore);
    // No passphrase at all (no terminal, no DABIR_PASSPHRASE): refused, unchanged.
    const none = io();
    expect(await run(['restore', out, '--db', file], none)).toBe(1);
    expect(none.text.at(-1)).toContain('رمزگذاری شده است');
    expect(sha(file)).toBe(before);

    // Typed as read over the phone: Persian digits, spaces between the groups.
    const persian = passphrase.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!).replaceAll('-', ' ');
    expect(canonicalPassphrase(persian)).toBe(passphrase);
    const right = io({}, [persian]);
    expect(await run(['restore', out, '--db', file], right)).toBe(0);
    expect(sessionsIn(file)).toBe(1);
    expect(readdirSync(backupFolder(file)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  }, 60_000);

  it('made by `age -p` restores in Dabir', async () => {
    const { file, sessionId } = province();
    const plain = path.join(tempDir(), 'plain.sqlite');
    // A plain copy made the old way, then encrypted by the independent tool.
    const db = openDatabase(file);
    await db.backup(plain);
    db.close();
    const chosen = 'کلید-سبز ۱۴۰۵ Arak!';
    const sealed = `${plain}.age`;
    expect(runInPty(['age', '-p', '-o', sealed, plain], [chosen, chosen])).toMatchObject({ status: 0 });
    removeSessions(file, sessionId);
    expect(await run(['restore', sealed, '--db', file], io({ DABIR_PASSPHRASE: chosen }))).toBe(0);
    expect(sessionsIn(file)).toBe(1);
  }, 60_000);

  it('takes a passphrase the secretary chooses only if it is strong enough, asked twice on the terminal', async () => {
    const { file } = province();
    const out = path.join(tempDir(), 'usb.age');
    for (const weak of ['12345678', 'aaaaaaaaaaaaaaaaaaaa', 'سلام سلام سلام']) {
      const cli = io({}, [weak, weak]);
      expect(await run(['backup', '--db', file, '--out', out], cli)).toBe(1);
      expect(cli.text.at(-1)).toContain('کوتاه یا ساده است');
    }
    const mismatch = io({}, ['درخت‌های بلوط Arak 1405!', 'something else']);
    expect(await run(['backup', '--db', file, '--out', out], mismatch)).toBe(1);
    expect(mismatch.text.at(-1)).toContain('دو گذرواژه یکی نیست');
    expect(readdirSync(path.dirname(out))).toEqual([]);
    const strong = 'درخت‌های بلوط Arak 1405!';
    const cli = io({}, [strong, strong]);
    expect(await run(['backup', '--db', file, '--out', out], cli)).toBe(0);
    expect(cli.text.some((l) => l.startsWith('گذرواژه:'))).toBe(false);
    const opened = path.join(tempDir(), 'o.sqlite');
    expect(runInPty(['age', '-d', '-o', opened, out], [strong])).toMatchObject({ status: 0 });
    expect(sessionsIn(opened)).toBe(1);
  }, 60_000);

  it('`dabir backup` and `dabir restore` ask on the terminal without echoing the passphrase', () => {
    const { file, sessionId } = province();
    const out = path.join(tempDir(), 'usb.sqlite.age');
    const dabir = [process.execPath, path.resolve('bin/dabir.mjs')];
    const secret = 'گذرواژه‌ای بلند برای آزمون 2026';
    const saved = runInPty([...dabir, 'backup', '--db', file, '--out', out], [secret, secret]);
    expect(saved).toMatchObject({ status: 0 });
    expect(saved.output).not.toContain(secret);
    removeSessions(file, sessionId);
    const wrong = runInPty([...dabir, 'restore', out, '--db', file], ['not it at all, really']);
    expect(wrong.status).toBe(1);
    expect(wrong.output).toContain('گذرواژه این پشتیبان درست نیست');
    expect(sessionsIn(file)).toBe(0);
    const restored = runInPty([...dabir, 'restore', out, '--db', file], [secret]);
    expect(restored).toMatchObject({ status: 0 });
    expect(restored.output).not.toContain(secret);
    expect(sessionsIn(file)).toBe(1);
  }, 90_000);
});
