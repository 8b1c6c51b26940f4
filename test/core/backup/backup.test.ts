// Backups on real files: made with the online backup API while the file is open, checked and
// self-contained; automatic ones rotated; restore checks first, keeps the current content aside,
// refuses another secretariat's backup; a damaged data file is refused at open, left untouched,
// and the latest good backup named — and restored over it, the damaged file kept.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutIsolates } from '../../../electron/contract/persian-text';
import { backupDatabase, inspectBackup } from '../../../electron/core/backup/backup';
import { backupFolder } from '../../../electron/core/backup/names';
import { autoBackup, listBackups, selfOf } from '../../../electron/core/backup/own';
import { startBackups } from '../../../electron/core/backup/schedule';
import { openWithBackups } from '../../../electron/core/backup/open';
import { restoreInto, restoreOverDamaged } from '../../../electron/core/backup/restore';
import { openDatabase } from '../../../electron/core/db/open';
import { run, type Io } from '../../../electron/core/cli/index';
import { DamagedFileError } from '../../../electron/core/errors';
import { api, createDb, dump, migrateTo, tempDir } from '../../helpers/db';
import { fixture } from '../../helpers/fixtures';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function secretariat(file = path.join(tempDir(), 'dabir.sqlite')) {
  const db = createDb(file);
  const { call } = api(db);
  call('secretariat.setup', { name: 'دبیرخانه کارگروه‌های استانداری مرکزی', province: 'مرکزی' });
  const { sessionId } = call('minutes.import', { document: fixture() });
  return { db, call, file, sessionId };
}

describe('backups', () => {
  it('are made while the file is open and being written, whole, checked and on their own', async () => {
    const { db, call, sessionId } = secretariat();
    const target = path.join(tempDir(), 'manual.sqlite');
    // A write lands while the backup runs: the backup holds one consistent moment, before or after it.
    const running = backupDatabase(db, target);
    call('agenda.add', { sessionId, text: 'دستور کار افزوده در میانه پشتیبان‌گیری' });
    const summary = await running;
    expect(summary).toMatchObject({
      intact: true,
      secretariat: { name: 'دبیرخانه کارگروه‌های استانداری مرکزی', province: 'مرکزی' },
      counts: { workingGroups: 1, sessions: 1, resolutions: 5 },
    });
    expect(existsSync(`${target}-wal`)).toBe(false);
    expect(existsSync(`${target}.partial`)).toBe(false);
    const copy = openDatabase(target);
    const agenda = (copy.prepare('SELECT count(*) FROM agenda_item').pluck().get() as number) - 2;
    expect([0, 1]).toContain(agenda);
    copy.close();
  });

  it('automatic ones go to backups/ beside the data file, named by time and reason, and are rotated', async () => {
    const { db, file } = secretariat();
    const day = (n: number) => new Date(2026, 10, 30 - n, 9, 0, 0);
    for (let n = 20; n >= 0; n--) await autoBackup(db, 'daily', day(n));
    const folder = backupFolder(file);
    const names = readdirSync(folder).sort();
    // 7 daily + the weekly and monthly picks among 21 days: fewer than 21, more than 7.
    expect(names.length).toBeGreaterThan(7);
    expect(names.length).toBeLessThan(21);
    expect(names.at(-1)).toBe('dabir-2026-11-30T09-00-00-daily.sqlite');
    expect(listBackups(selfOf(db)).every((b) => b.intact && b.reason === 'daily')).toBe(true);
  });

  it('one is made before a migration and at the app’s start (a cut-short one cleared away)', async () => {
    const file = path.join(tempDir(), 'old.sqlite');
    migrateTo(60, file).close();
    const db = await openWithBackups(file);
    const folder = backupFolder(file);
    expect(listBackups(selfOf(db)).map((b) => b.reason)).toEqual(['migration']);
    writeFileSync(path.join(folder, 'old-2026-01-01T00-00-00-start.sqlite.partial'), 'نیمه‌کاره');
    const stop = startBackups(db);
    await expect
      .poll(() =>
        listBackups(selfOf(db))
          .map((b) => b.reason)
          .sort(),
      )
      .toEqual(['migration', 'start']);
    await stop();
    expect(readdirSync(folder).some((n) => n.endsWith('.partial'))).toBe(false);
    expect(listBackups(selfOf(db)).find((b) => b.reason === 'migration')!.schemaVersion).toBe(60);
    db.close();
  });
});

describe('restore', () => {
  it('checks the backup, keeps the current content aside, and brings back what was backed up', async () => {
    const { db, call, sessionId } = secretariat();
    const before = dump(db);
    const backup = await autoBackup(db, 'manual');
    call('resolutions.update', {
      id: call('sessions.get', { id: sessionId }).resolutions[0]!.id,
      body: 'پس از پشتیبان',
    });
    call('sessions.remove', { id: sessionId });
    const afterChanges = dump(db);

    const { aside } = await restoreInto(db, backup.file);
    // The same open connection now reads the backup's content.
    expect(dump(db).session).toEqual(before.session);
    expect(dump(db).resolution).toEqual(before.resolution);
    expect(call('sessions.get', { id: sessionId }).resolutions).toHaveLength(5);
    // What was replaced is kept, whole.
    const kept = openDatabase(aside);
    expect(dump(kept).session).toEqual(afterChanges.session);
    kept.close();
    // Work goes on in the restored file.
    call('agenda.add', { sessionId, text: 'پس از بازگردانی' });
  });

  it('refuses a damaged file, a file that is not Dabir’s and another secretariat’s backup, changing nothing', async () => {
    const { db, file } = secretariat();
    const other = secretariat();
    const foreign = await autoBackup(other.db, 'manual');
    const junk = path.join(tempDir(), 'junk.sqlite');
    writeFileSync(junk, 'این یک پرونده SQLite نیست');
    const good = await autoBackup(db, 'manual');
    const damaged = path.join(tempDir(), 'damaged.sqlite');
    writeFileSync(damaged, corrupt(readFileSync(good.file)));
    const before = dump(db);
    await expect(restoreInto(db, junk)).rejects.toThrow('سالم نیست');
    await expect(restoreInto(db, damaged)).rejects.toThrow('سالم نیست');
    await expect(restoreInto(db, foreign.file)).rejects.toThrow('از «دبیرخانه کارگروه‌های استانداری مرکزی» است، نه از');
    await expect(restoreInto(db, path.join(tempDir(), 'none.sqlite'))).rejects.toThrow('پیدا نشد');
    await expect(restoreInto(db, file)).rejects.toThrow();
    expect(dump(db)).toEqual(before);
  });
});

/** The file with a stretch of its pages overwritten, as a failing disk leaves it. */
function corrupt(bytes: Buffer): Buffer {
  const copy = Buffer.from(bytes);
  for (let i = 4096 * 3; i < Math.min(copy.length, 4096 * 6); i++) copy[i] = (i * 7) & 0xff;
  return copy;
}

describe('a damaged data file', () => {
  it('is refused at open and left as it was, the latest good backup named; restoring puts it aside', async () => {
    const { db, file } = secretariat();
    await autoBackup(db, 'daily', new Date(2026, 10, 29, 9));
    const latest = await autoBackup(db, 'daily', new Date(2026, 10, 30, 9));
    db.close();
    writeFileSync(file, corrupt(readFileSync(file)));
    const damagedHash = sha(file);

    const refusal = await openWithBackups(file).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refusal).toBeInstanceOf(DamagedFileError);
    expect((refusal as DamagedFileError).message).toContain('آسیب دیده است');
    expect((refusal as DamagedFileError).latestGood).toBe(latest.file);
    // Isolated left to right for the app's dialog; the command line writes it without the isolates.
    expect(withoutIsolates((refusal as DamagedFileError).message)).toContain(`dabir restore "${latest.file}"`);
    expect(() => openDatabase(file)).toThrow(DamagedFileError);
    expect(sha(file)).toBe(damagedHash);

    const { aside } = await restoreOverDamaged(file, latest.file);
    expect(sha(aside)).toBe(damagedHash);
    const restored = await openWithBackups(file);
    expect(
      api(restored).call('sessions.list', { workingGroupId: api(restored).call('workingGroups.list', {})[0]!.id }),
    ).toHaveLength(1);
    expect(inspectBackup(file, 'integrity_check').intact).toBe(true);
    restored.close();
  });

  it('that is not a database at all is refused the same way', () => {
    const file = path.join(tempDir(), 'garbage.sqlite');
    writeFileSync(file, Buffer.alloc(8192, 7));
    expect(() => openDatabase(file)).toThrow(DamagedFileError);
    expect(readFileSync(file).equals(Buffer.alloc(8192, 7))).toBe(true);
  });
});

describe('dabir backup and dabir restore', () => {
  it('back up with the online backup, and restore over a sound file (kept aside) or a damaged one (renamed aside)', async () => {
    const { db, file, sessionId } = secretariat();
    db.close();
    const lines: string[] = [];
    // Saved backups are encrypted (encrypted.test.ts); the passphrase comes from the environment here.
    const io: Io = {
      out: (l) => lines.push(l),
      err: (l) => lines.push(l),
      env: { DABIR_PASSPHRASE: 'گذرواژه‌ای بلند و گوناگون 1405!' },
    };
    const out = path.join(tempDir(), 'usb.sqlite.age');
    expect(await run(['backup', '--db', file, '--out', out], io)).toBe(0);
    expect(lines.join('\n')).toContain('جلسه ۱ (قطعی ۰)، مصوبه ۵');
    expect(await run(['backup', '--db', file], io)).toBe(1);
    expect(lines.at(-1)).toContain('--out');

    // A change after the backup, then the backup restored: the change is gone, and kept aside.
    const again = openDatabase(file);
    api(again).call('sessions.remove', { id: sessionId });
    again.close();
    lines.length = 0;
    expect(await run(['restore', out, '--db', file], io)).toBe(0);
    expect(lines.join('\n')).toContain('محتوای پیشین کنار گذاشته شد');
    const restored = openDatabase(file);
    expect(api(restored).call('sessions.get', { id: sessionId }).resolutions).toHaveLength(5);
    restored.close();

    // Over a damaged file: the damaged file is renamed aside, byte for byte.
    writeFileSync(file, corrupt(readFileSync(file)));
    const damagedHash = sha(file);
    lines.length = 0;
    expect(await run(['list', '--db', file], io)).toBe(1);
    expect(lines.join('\n')).toContain('آسیب دیده است');
    lines.length = 0;
    expect(await run(['restore', out, '--db', file], io)).toBe(0);
    const aside = /کنار گذاشته شد: (.+)$/.exec(lines.at(-1)!)![1]!;
    expect(sha(aside)).toBe(damagedHash);
    expect(await run(['list', '--db', file], io)).toBe(0);
    // A backup that is not sound is refused, and nothing changes.
    const before = sha(file);
    expect(await run(['restore', aside, '--db', file], io)).toBe(1);
    expect(lines.at(-1)).toContain('سالم نیست');
    expect(sha(file)).toBe(before);
  });
});
