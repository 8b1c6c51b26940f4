// Final minutes changed behind Dabir's back (issue 14, item 2), exactly as reported, on real files
// with Debian's sqlite3 and the real `dabir` command: finalise 1399/1, drop the final guards with
// the sqlite3 CLI and change a resolution's body. `dabir verify` must say «ناسازگار» and name the
// field; export and print agree on the original; headquarters refuses, whole, the next bundle —
// both when the session reaches it final for the first time and when it is final there already —
// while a legitimate rename and membership change after finalisation still pass.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { exportBundle, recordExport } from '../../../electron/core/bundle/export';
import { openDatabase } from '../../../electron/core/db/open';
import { dabir, sqlite3 } from '../../helpers/cli';
import { api, createDb, finalize, tempDir } from '../../helpers/db';
import { fixture } from '../../helpers/fixtures';

const FORGED = 'اعضای کارگروه موظفند ظرف یک روز یک میلیارد ریال به حساب دبیرخانه واریز کنند';

function province() {
  const dir = tempDir();
  const file = path.join(dir, 'province.sqlite');
  const db = createDb(file);
  const { call } = api(db);
  call('secretariat.setup', { name: 'دبیرخانه مرکزی', province: 'مرکزی' });
  const { sessionId, workingGroupId } = call('minutes.import', { document: fixture() });
  let n = 0;
  /** The next bundle, written to a file as «ارسال به ستاد» does. */
  const send = (full = false) => {
    const b = exportBundle(db, { full });
    recordExport(db, b);
    const out = path.join(dir, `bundle-${++n}.dabir`);
    writeFileSync(out, b.bytes);
    return out;
  };
  return { dir, file, db, call, sessionId, workingGroupId, send };
}

/** With the sqlite3 CLI, as a forger would: every final guard dropped, then the first resolution's body changed. */
async function forge(file: string, sessionId: string) {
  const raw = new Database(file, { readonly: true });
  const guards = raw
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'trigger' AND (name LIKE '%final%' OR name LIKE '%foreign%')`)
    .pluck()
    .all();
  raw.close();
  expect(guards.length).toBeGreaterThan(10);
  const forged = await sqlite3(
    file,
    `${guards.map((g) => `DROP TRIGGER ${String(g)};`).join('\n')}
     UPDATE resolution SET body = '${FORGED}' WHERE session_id = '${sessionId}' AND row = 1;`,
  );
  expect(forged).toMatchObject({ code: 0, stderr: '' });
}

/** Headquarters' rows, to show a refused bundle changed nothing. */
function hqState(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const rows = ['session', 'resolution', 'responsible', 'attendance', 'hq_bundle'].map((t) =>
      db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all(),
    );
    return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
  } finally {
    db.close();
  }
}

describe('final minutes changed with the sqlite3 CLI', () => {
  it('are found by verify, naming the field; export refuses and print keeps the original; headquarters refuses the bundle that brings the session final', async () => {
    const p = province();
    const hq = path.join(tempDir(), 'hq.sqlite');
    // Headquarters holds the session as a draft; it is finalised at the province afterwards.
    expect((await dabir('bundle', 'import', p.send(true), '--trust-new', '--db', hq)).code).toBe(0);
    finalize(p.db, p.sessionId);
    const original = p.call('minutes.printable', { sessionId: p.sessionId }).document.session.resolutions[0]!.body;
    p.db.close();
    await forge(p.file, p.sessionId);

    const verified = await dabir('verify', '1399/1', '--db', p.file);
    expect(verified.code).toBe(1);
    expect(verified.stdout).toContain('ناسازگار: ردیف‌های جلسه در پرونده داده با صورتجلسه قطعی‌شده نمی‌خواند (۱ فرق)');
    expect(verified.stdout).toContain(`session.resolutions[0].body: قطعی‌شده «${original.slice(0, 160)}`);
    expect(verified.stdout).toContain(FORGED);
    expect(verified.stdout).not.toMatch(/^سالم/m);

    // Export and print agree: neither gives the forged text.
    const exported = await dabir('export', '1399/1', '--db', p.file);
    expect(exported.code).toBe(1);
    expect(exported.stdout).not.toContain(FORGED);
    expect(exported.stderr).toContain('بیرون از دبیر تغییر کرده است');
    expect(exported.stderr).toContain('session.resolutions[0].body');
    const db = openDatabase(p.file);
    const printed = api(db).call('minutes.printable', { sessionId: p.sessionId });
    expect(printed.document.session.resolutions[0]!.body).toBe(original);
    expect(api(db).call('sessions.verify', { id: p.sessionId })).toMatchObject({
      intact: false,
      liveMatches: false,
      differences: [{ path: 'session.resolutions[0].body', stored: original, live: FORGED }],
    });
    const bundle = exportBundle(db);
    recordExport(db, bundle);
    db.close();
    const next = path.join(p.dir, 'forged.dabir');
    writeFileSync(next, bundle.bytes);

    // Headquarters refuses it whole: its file unchanged, the session still its draft copy.
    const before = hqState(hq);
    const imported = await dabir('bundle', 'import', next, '--db', hq);
    expect(imported.code).toBe(1);
    expect(imported.stderr).toContain('ردیف‌های صورتجلسه قطعی جلسه ۱ سال ۱۳۹۹');
    expect(imported.stderr).toContain('با اثر انگشت آن نمی‌خواند');
    expect(imported.stderr).toContain('از دبیرخانه مرکزی (مرکزی) بپرسید چرا');
    expect(hqState(hq)).toBe(before);
    expect((await dabir('verify', '1399/1', '--db', hq)).stderr).toContain('پیش‌نویس');
  }, 90_000);

  it('headquarters refuses, whole, a bundle changing a session final there, even with its own guards gone; a rename and a new member still pass', async () => {
    const p = province();
    finalize(p.db, p.sessionId);
    const hq = path.join(tempDir(), 'hq.sqlite');
    expect((await dabir('bundle', 'import', p.send(true), '--trust-new', '--db', hq)).code).toBe(0);
    // Legitimate changes outside the session after finalisation travel and do not count.
    const org = p.call('organizations.list', {}).find((o) => o.name === 'فرمانداری اراک')!;
    p.call('organizations.rename', { id: org.id, name: 'فرمانداری شهرستان اراک' });
    p.call('members.add', { workingGroupId: p.workingGroupId, organizationName: 'اداره کل ثبت اسناد', since: null });
    const r0 = p.call('sessions.get', { id: p.sessionId }).resolutions[0]!;
    p.call('resolutions.setStatus', { id: r0.id, status: 'in_progress' });
    expect((await dabir('bundle', 'import', p.send(), '--db', hq)).code).toBe(0);
    expect((await dabir('verify', '1399/1', '--db', hq)).stdout).toMatch(/^سالم/m);
    expect((await dabir('verify', '1399/1', '--db', p.file)).code).toBe(0);
    p.db.close();

    await forge(p.file, p.sessionId);
    const db = openDatabase(p.file);
    const bundle = exportBundle(db);
    recordExport(db, bundle);
    db.close();
    const next = path.join(p.dir, 'forged.dabir');
    writeFileSync(next, bundle.bytes);
    // Headquarters' own guards dropped as well: the refusal does not rest on them.
    await forge(hq, '00000000-0000-0000-0000-000000000000');
    const before = hqState(hq);
    const imported = await dabir('bundle', 'import', next, '--db', hq);
    expect(imported.code).toBe(1);
    expect(imported.stderr).toContain('بسته صورتجلسه قطعی جلسه ۱ سال ۱۳۹۹');
    expect(imported.stderr).toContain(`تغییر مصوبه ${r0.id.slice(0, 8)}`);
    expect(imported.stderr).toContain('صورتجلسه قطعی فقط با اصلاحیه تغییر می‌کند');
    expect(hqState(hq)).toBe(before);
    expect((await dabir('verify', '1399/1', '--db', hq)).stdout).toMatch(/^سالم/m);

    // And headquarters' own copy changed with the sqlite3 CLI is found by its verify.
    const hqSession = p.sessionId;
    await sqlite3(
      hq,
      `UPDATE attendance SET status = 'absent' WHERE session_id = '${hqSession}' AND status = 'present';`,
    );
    const changed = await dabir('verify', '1399/1', '--db', hq);
    expect(changed.code).toBe(1);
    expect(changed.stdout).toMatch(/session\.attendance\[\d+\]\.status: قطعی‌شده «present»، اکنون در پرونده «absent»/);
  }, 90_000);
});
