// A resolution with no deadline travels to headquarters (issue 17): two installations in one
// process, a province whose minutes have no deadlines exports, headquarters imports and holds the
// same rows (deadline_kind null), answers the minutes with `"deadline": null` and counts none of
// them overdue; a deadline set and cleared again follows; a bundle written before version 100 (no
// null anywhere, an older schema version in its manifest) still imports.
import { createPrivateKey, sign, createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportBundle, recordExport } from '../../../electron/core/bundle/export';
import { importBundle } from '../../../electron/core/bundle/import';
import type { Db } from '../../../electron/core/db/open';
import { api, createDb } from '../../helpers/db';
import { fixture, noDeadlineFixture } from '../../helpers/fixtures';

function province(document: unknown) {
  const db = createDb();
  const { call } = api(db);
  call('secretariat.setup', { name: 'دبیرخانه مرکزی', province: 'مرکزی' });
  const { sessionId } = call('minutes.import', { document });
  const send = (full = false) => {
    const b = exportBundle(db, { full });
    recordExport(db, b);
    return b.bytes;
  };
  return { db, call, sessionId, send };
}

function headquarters() {
  const db = createDb();
  const { call } = api(db);
  call('secretariat.setup', { name: 'ستاد', province: 'تهران', role: 'headquarters' });
  return { db, call };
}

const resolutionRows = (db: Db) => db.prepare(`SELECT * FROM resolution ORDER BY id`).all();

/** The bundle as a secretariat at an earlier schema version would have signed it. */
function asOlder(bytes: Uint8Array, privatePem: string, schemaVersion: number): Uint8Array {
  const e = unzipSync(bytes);
  const manifest = JSON.parse(strFromU8(e['manifest.json']!)) as Record<string, unknown>;
  manifest.schemaVersion = schemaVersion;
  manifest.recordsSha256 = createHash('sha256').update(e['records.jsonl']!).digest('hex');
  e['manifest.json'] = strToU8(JSON.stringify(manifest));
  const publicKey = (manifest.secretariat as { publicKey: string }).publicKey;
  const signature = sign(null, e['manifest.json'], createPrivateKey(privatePem)).toString('base64');
  e['signature.json'] = strToU8(JSON.stringify({ algorithm: 'ed25519', publicKey, signature }));
  return zipSync(e);
}

describe('a resolution with no deadline in the sync bundle', () => {
  it('reaches headquarters as null, is answered as "deadline": null and is never overdue there; a change follows', () => {
    const p = province(noDeadlineFixture());
    const h = headquarters();
    const bundle = p.send(true);
    expect(strFromU8(unzipSync(bundle)['records.jsonl']!)).toContain('"deadline_kind":null');
    expect(importBundle(h.db, bundle, { trustNew: true })).toMatchObject({ status: 'imported' });
    expect(resolutionRows(h.db)).toEqual(resolutionRows(p.db));
    const doc = h.call('minutes.export', { sessionId: p.sessionId });
    expect(doc.session.resolutions.map((r) => [r.deadline, r.dueDate])).toEqual(Array(5).fill([null, null]));
    const overview = h.call('headquarters.overview', { year: null, today: '1405/01/01' });
    expect(overview.totals).toMatchObject({ resolutions: 5, overdue: 0 });

    // Set at the province, then cleared: headquarters follows both.
    const first = p.call('sessions.get', { id: p.sessionId }).resolutions[0]!;
    p.call('resolutions.update', { id: first.id, deadline: { kind: 'days', value: 10 } });
    importBundle(h.db, p.send());
    expect(h.call('minutes.export', { sessionId: p.sessionId }).session.resolutions[0]).toMatchObject({
      deadline: { kind: 'days', value: 10 },
      dueDate: '1399/02/12',
    });
    expect(h.call('headquarters.overview', { year: null, today: '1405/01/01' }).totals.overdue).toBe(1);
    p.call('resolutions.update', { id: first.id, deadline: null });
    importBundle(h.db, p.send());
    expect(resolutionRows(h.db)).toEqual(resolutionRows(p.db));
    expect(h.call('minutes.export', { sessionId: p.sessionId }).session.resolutions[0]).toMatchObject({
      deadline: null,
      dueDate: null,
    });
  });

  it('still imports a bundle from a secretariat before version 100', () => {
    const p = province(fixture());
    const h = headquarters();
    const key = p.db.prepare('SELECT private_key FROM secretariat_key').pluck().get() as string;
    const older = asOlder(p.send(true), key, 90);
    expect(JSON.parse(strFromU8(unzipSync(older)['manifest.json']!))).toMatchObject({ schemaVersion: 90 });
    expect(importBundle(h.db, older, { trustNew: true })).toMatchObject({ status: 'imported' });
    expect(resolutionRows(h.db)).toEqual(resolutionRows(p.db));
    expect(
      h.call('minutes.export', { sessionId: p.sessionId }).session.resolutions.map((r) => r.deadline?.kind),
    ).toEqual(['days', 'months', 'continuous', 'immediate', 'continuous']);
  });
});
