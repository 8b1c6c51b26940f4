// Headquarters importing bundles, as two installations in one process (Joplin's way): export on a
// province, import at headquarters, compare every entity; again is a no-op; every refusal leaves
// the headquarters file byte for byte as it was.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBundle, recordExport } from '../../../electron/core/bundle/export';
import { syncedEntities } from '../../../electron/core/bundle/format';
import { importBundle } from '../../../electron/core/bundle/import';
import type { Db } from '../../../electron/core/db/open';
import { api, createDb, finalize, tempDir } from '../../helpers/db';
import { fixture } from '../../helpers/fixtures';
import { privateKeyOf, resigned } from '../../helpers/bundles';

function province(name: string) {
  const db = createDb();
  const { call } = api(db);
  call('secretariat.setup', { name: `دبیرخانه ${name}`, province: name });
  const doc = fixture();
  doc.workingGroup.province = name;
  const { sessionId } = call('minutes.import', { document: doc });
  const id = db.prepare('SELECT id FROM secretariat').pluck().get() as string;
  const send = (full = false) => {
    const b = exportBundle(db, { full });
    recordExport(db, b);
    return b.bytes;
  };
  return { db, call, sessionId, id, send };
}

function hq() {
  const file = path.join(tempDir(), 'hq.sqlite');
  const db = createDb(file);
  api(db).call('secretariat.setup', { name: 'ستاد', province: 'تهران', role: 'headquarters' });
  /** The file's bytes after a checkpoint: what «unchanged» is measured on. */
  const fileHash = () => {
    db.pragma('wal_checkpoint(TRUNCATE)');
    return createHash('sha256').update(readFileSync(file)).digest('hex');
  };
  return { db, file, fileHash };
}

/** A province's rows as headquarters must hold them. */
function rowsOf(db: Db, origin: string) {
  return Object.fromEntries(
    syncedEntities.map((e) => [
      e,
      db
        .prepare(
          e === 'secretariat'
            ? `SELECT * FROM secretariat WHERE id = ?`
            : `SELECT * FROM ${e} WHERE origin = ? ORDER BY id`,
        )
        .all(origin),
    ]),
  );
}

describe('headquarters import', () => {
  it('holds exactly the province after a full bundle, then its edits and deletes; twice is a no-op', () => {
    const a = province('مرکزی');
    const h = hq();
    // The name once (it begins with «دبیرخانه»), the fingerprint, and no command-line flag: the
    // command line adds it, the app has a button.
    expect(() => importBundle(h.db, a.send())).toThrow(
      /^دبیرخانه مرکزی \(مرکزی\) تازه است و اثر انگشت کلیدش .*ثبتش کنید$/,
    );
    const first = a.send(true);
    const result = importBundle(h.db, first, { trustNew: true });
    expect(result).toMatchObject({ status: 'imported', registered: true, name: 'دبیرخانه مرکزی' });
    expect(result.fingerprint).toMatch(/^[۰-۹ ]{24}$/);
    expect(rowsOf(h.db, a.id)).toEqual(rowsOf(a.db, a.id));

    const before = h.fileHash();
    expect(importBundle(h.db, first)).toMatchObject({ status: 'already' });
    expect(h.fileHash()).toBe(before);

    const s = a.call('sessions.get', { id: a.sessionId });
    a.call('resolutions.update', { id: s.resolutions[0]!.id, body: 'مفاد تازه' });
    a.call('agenda.remove', { id: s.agenda[0]!.id });
    a.call('resolutions.setStatus', { id: s.resolutions[1]!.id, status: 'done' });
    const second = a.send();
    expect(importBundle(h.db, second)).toMatchObject({
      status: 'imported',
      registered: false,
      records: expect.any(Number),
    });
    expect(rowsOf(h.db, a.id)).toEqual(rowsOf(a.db, a.id));
  });

  it('takes a final session with its hash, and follow-ups on it later', () => {
    const a = province('مرکزی');
    const h = hq();
    finalize(a.db, a.sessionId);
    importBundle(h.db, a.send(true), { trustNew: true });
    expect(rowsOf(h.db, a.id)).toEqual(rowsOf(a.db, a.id));
    const r = a.call('sessions.get', { id: a.sessionId }).resolutions[0]!;
    a.call('resolutions.setStatus', { id: r.id, status: 'in_progress' });
    a.call('followUps.add', { resolutionId: r.id, date: '1399/03/01', text: 'گزارش رسید' });
    importBundle(h.db, a.send());
    expect(rowsOf(h.db, a.id)).toEqual(rowsOf(a.db, a.id));
    expect(api(h.db).call('sessions.verify', { id: a.sessionId })).toMatchObject({ intact: true });
  });

  it('takes a session finalised and amended between two sends, in one bundle', () => {
    const a = province('مرکزی');
    const h = hq();
    importBundle(h.db, a.send(true), { trustNew: true });
    finalize(a.db, a.sessionId);
    a.call('amendments.add', {
      sessionId: a.sessionId,
      date: '1399/03/10',
      changes: 'مهلت مصوبه ردیف ۱ به ۲۰ روز تغییر می‌کند',
      reason: 'درخواست دستگاه مسئول',
    });
    expect(importBundle(h.db, a.send())).toMatchObject({ status: 'imported' });
    expect(rowsOf(h.db, a.id)).toEqual(rowsOf(a.db, a.id));
    expect(api(h.db).call('amendments.list', { sessionId: a.sessionId })).toHaveLength(1);
    expect(api(h.db).call('sessions.verify', { id: a.sessionId })).toMatchObject({ intact: true });
  });

  it('refuses a gap, a broken chain, another key, another secretariat’s record, an unknown column and a wrong final hash — file unchanged', () => {
    const a = province('مرکزی');
    const b = province('اراک');
    const h = hq();
    importBundle(h.db, a.send(true), { trustNew: true });
    importBundle(h.db, b.send(true), { trustNew: true });
    const s = a.call('sessions.get', { id: a.sessionId });
    a.call('agenda.update', { id: s.agenda[0]!.id, text: 'یک' });
    const missed = a.send();
    a.call('agenda.update', { id: s.agenda[0]!.id, text: 'دو' });
    const afterGap = a.send();
    const before = h.fileHash();
    const cases: [string, Uint8Array, string][] = [
      ['gap', afterGap, 'فاصله هست'],
      [
        'broken chain',
        resigned(missed, privateKeyOf(a.db), (m) => (m.previousBundleHash = 'f'.repeat(64))),
        'دنباله آخرین بسته',
      ],
      [
        'another key',
        resigned(
          missed,
          privateKeyOf(b.db),
          (m) =>
            ((m.secretariat as { publicKey: string }).publicKey = b.db
              .prepare('SELECT public_key FROM secretariat_key')
              .pluck()
              .get() as string),
        ),
        'کلید دیگری',
      ],
      [
        'another secretariat’s record',
        resigned(b.send(true), privateKeyOf(b.db), (_, records) =>
          records.push(
            JSON.stringify({
              entity: 'agenda_item',
              op: 'upsert',
              id: s.agenda[0]!.id,
              seq: 1,
              row: { id: s.agenda[0]!.id, origin: b.id, session_id: a.sessionId, position: 0, text: 'جعلی' },
            }),
          ),
        ),
        'دبیرخانه دیگری',
      ],
      [
        'an unknown column',
        resigned(missed, privateKeyOf(a.db), (_, records) => {
          const r = JSON.parse(records[0]!);
          r.row.evil = 1;
          records[0] = JSON.stringify(r);
        }),
        'ستون ناشناخته',
      ],
      [
        'a wrong final hash',
        resigned(missed, privateKeyOf(a.db), (_, records) => {
          const row = a.db.prepare('SELECT * FROM session WHERE id = ?').get(a.sessionId) as Record<string, unknown>;
          const forged = {
            ...row,
            status: 'final',
            final_content: '{}',
            content_hash: 'a'.repeat(64),
            finalized_at: 'now',
          };
          records.push(JSON.stringify({ entity: 'session', op: 'upsert', id: a.sessionId, seq: 1, row: forged }));
        }),
        'اثر انگشت صورتجلسه قطعی',
      ],
    ];
    for (const [what, bytes, message] of cases) {
      expect(() => importBundle(h.db, bytes), what).toThrow(message);
      expect(h.fileHash(), what).toBe(before);
    }
    // The missed bundle, then the next: the chain is whole again.
    importBundle(h.db, missed);
    importBundle(h.db, afterGap);
    expect(rowsOf(h.db, a.id)).toEqual(rowsOf(a.db, a.id));
  });

  it('re-bases a secretariat from a full bundle after a gap, on purpose', () => {
    const a = province('مرکزی');
    const h = hq();
    importBundle(h.db, a.send(true), { trustNew: true });
    const s = a.call('sessions.get', { id: a.sessionId });
    a.call('agenda.remove', { id: s.agenda[0]!.id });
    a.send(); // lost on the way
    a.call('agenda.update', { id: s.agenda[1]!.id, text: 'تازه' });
    importBundle(h.db, a.send(true));
    expect(rowsOf(h.db, a.id)).toEqual(rowsOf(a.db, a.id));
  });

  it('carries a group’s print-as-typed setting; a bundle from before the setting leaves it at its default', () => {
    const a = province('مرکزی');
    const h = hq();
    const group = a.call('workingGroups.list', {})[0]!;
    a.call('workingGroups.update', { id: group.id, printAsTyped: true });
    importBundle(h.db, a.send(true), { trustNew: true });
    expect(rowsOf(h.db, a.id)).toEqual(rowsOf(a.db, a.id));
    expect(api(h.db).call('workingGroups.get', { id: group.id }).printAsTyped).toBe(true);

    // A province still on version 90 sends working-group rows without the column.
    const b = province('اراک');
    const old = resigned(b.send(true), privateKeyOf(b.db), (_manifest, records) => {
      records.forEach((line, i) => {
        if (!line) return;
        const r = JSON.parse(line) as { entity: string; row?: Record<string, unknown> };
        if (r.entity === 'working_group' && r.row) {
          delete r.row.print_as_typed;
          records[i] = JSON.stringify(r);
        }
      });
    });
    expect(importBundle(h.db, old, { trustNew: true })).toMatchObject({ status: 'imported' });
    const bGroup = b.call('workingGroups.list', {})[0]!;
    expect(api(h.db).call('workingGroups.get', { id: bGroup.id }).printAsTyped).toBe(false);
  });
});
