// The app's own backups while it runs (issue 14, item 1): after a quiet spell that follows
// changes, and when it closes — so a day's work is in a backup the same day — and none of nothing
// new. The list says which backup holds the latest work. Real files; short spells.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups, selfOf } from '../../../electron/core/backup/own';
import { closeBackup, startBackups } from '../../../electron/core/backup/schedule';
import { api, createDb, tempDir } from '../../helpers/db';
import { fixture } from '../../helpers/fixtures';

const reasons = (db: Parameters<typeof selfOf>[0]) => listBackups(selfOf(db)).map((b) => b.reason);

describe('the backup schedule', () => {
  it('backs up after a quiet spell that follows changes, on closing only what is new, and lists which holds the latest', async () => {
    const db = createDb(path.join(tempDir(), 'dabir.sqlite'));
    const { call } = api(db);
    call('secretariat.setup', { name: 'دبیرخانه کارگروه‌های استانداری مرکزی', province: 'مرکزی' });
    const stop = startBackups(db, { quietMs: 300, pollMs: 50 });
    await expect.poll(() => reasons(db)).toEqual(['start']);
    // The start backup is the empty one; an hour of drafting follows.
    const { sessionId } = call('minutes.import', { document: fixture() });
    expect(call('backups.list', {}).backups[0]).toMatchObject({ reason: 'start', latest: false });
    await expect.poll(() => reasons(db), { timeout: 5000 }).toEqual(['quiet', 'start']);
    const listed = call('backups.list', {});
    expect(listed.backups[0]).toMatchObject({ reason: 'quiet', latest: true, counts: { sessions: 1 } });
    expect(listed.backups[1]!.latest).toBe(false);
    expect(listed.backups[1]!.missing).toBeGreaterThan(100);
    // Quiet again with nothing new: no more backups.
    await new Promise((r) => setTimeout(r, 600));
    expect(reasons(db)).toEqual(['quiet', 'start']);

    // A change, then the app closes before the spell ends: the closing backup holds it.
    call('agenda.add', { sessionId, text: 'دستور کار افزوده پیش از بستن برنامه' });
    await stop();
    expect(reasons(db)).toEqual(['close', 'quiet', 'start']);
    expect(call('backups.list', {}).backups[0]).toMatchObject({ reason: 'close', latest: true });
    expect(call('backups.list', {}).backups[1]).toMatchObject({ reason: 'quiet', latest: false, missing: 1 });
    // Closed again with nothing new: none.
    expect(await closeBackup(db)).toBeNull();
  });
});
