// A full disk: the data file on a small file system (a 1.5 MB tmpfs mounted for the test; where
// mounting is not allowed, SQLite's max_page_count caps the file instead, which fails the same
// way). Writes go on until the disk is full: the refusal is the Persian «دیسک پر است» message,
// every write acknowledged before it is still there and the file is sound; once space is freed,
// writing works again.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open';
import { api, tempDir } from '../../helpers/db';
import { fixture } from '../../helpers/fixtures';

function smallDisk(): { dir: string; mounted: boolean; release: () => void } {
  const dir = path.join(tempDir(), 'small');
  mkdirSync(dir);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1536k', 'tmpfs', dir], { stdio: 'ignore' });
    return { dir, mounted: true, release: () => execFileSync('umount', [dir], { stdio: 'ignore' }) };
  } catch {
    return { dir, mounted: false, release: () => undefined };
  }
}

describe('a full disk', () => {
  it('refuses the write that does not fit, in Persian, and loses nothing already saved', () => {
    const disk = smallDisk();
    try {
      fillAndCheck(disk);
    } finally {
      // Before the temporary folder is removed.
      disk.release();
    }
  });
});

function fillAndCheck(disk: { dir: string; mounted: boolean }): void {
  const file = path.join(disk.dir, 'dabir.sqlite');
  const db = openDatabase(file);
  // Where no tmpfs could be mounted, the file itself is capped (1.5 MB of 4 KB pages).
  if (!disk.mounted) db.pragma('max_page_count = 384');
  const { call, dispatch } = api(db);
  call('secretariat.setup', { name: 'دبیرخانه', province: 'مرکزی' });
  const { sessionId } = call('minutes.import', { document: fixture() });
  // Room made on purpose, to free once the disk is full.
  const ballast = path.join(disk.dir, 'ballast');
  if (disk.mounted) writeFileSync(ballast, Buffer.alloc(200 * 1024));

  const saved: string[] = [];
  let refusal: { code: string; message: string } | null = null;
  for (let n = 0; n < 2000 && !refusal; n++) {
    const text = `بند ${n}: ${'متن بلند دستور کار '.repeat(150)}`;
    const r = dispatch('agenda.add', { sessionId, text });
    if (r.ok) saved.push(text);
    else refusal = r.error;
  }
  expect(refusal).toMatchObject({ code: 'storage', message: expect.stringContaining('دیسک پر است') });
  expect(saved.length).toBeGreaterThan(5);
  // Reads go on; every acknowledged write is there.
  const texts = call('sessions.get', { id: sessionId }).agenda.map((a) => a.text);
  for (const t of saved) expect(texts).toContain(t);
  db.close();

  const check = new Database(file, { readonly: true });
  expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(check.prepare('SELECT count(*) FROM agenda_item WHERE session_id = ?').pluck().get(sessionId)).toBe(
    saved.length + 2,
  );
  check.close();

  // Space freed: the next write is taken.
  if (disk.mounted) rmSync(ballast);
  const again = openDatabase(file);
  if (!disk.mounted) again.pragma('max_page_count = 100000');
  expect(api(again).dispatch('agenda.add', { sessionId, text: 'پس از آزاد شدن جا' }).ok).toBe(true);
  again.close();
}
