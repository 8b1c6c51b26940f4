// Bundles made by every earlier Dabir (test/fixtures/bundles: frozen, see its README) import into
// today's headquarters: the full one, then the incremental one after it, each a no-op the second time.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBundle } from '../../../electron/core/bundle/import';
import { readBundle } from '../../../electron/core/bundle/verify';
import { api, createDb, tempDir } from '../../helpers/db';

const folder = path.resolve(import.meta.dirname, '../../fixtures/bundles');
/** The schema versions bundles were made at, one for each commit that changed it (see the README). */
const versions = [50, 60, 70, 80, 90, 100, 110, 120];
const name = 'دبیرخانه کارگروه‌های استانداری مرکزی';

function headquarters() {
  const db = createDb(path.join(tempDir(), 'hq.sqlite'));
  api(db).call('secretariat.setup', { name: 'ستاد', province: 'تهران', role: 'headquarters' });
  return db;
}

describe('frozen bundles of earlier versions', () => {
  it.each(versions)('schema %i: the full bundle, then the next, import whole at headquarters', (version) => {
    const full = readFileSync(path.join(folder, `v${version}-full.dabir`));
    const next = readFileSync(path.join(folder, `v${version}-next.dabir`));
    const made = readBundle(full);
    const then = readBundle(next);
    expect(made.manifest).toMatchObject({ schemaVersion: version, full: true });
    expect(then.manifest).toMatchObject({
      schemaVersion: version,
      full: false,
      previousBundleHash: made.hash,
    });
    const origin = made.manifest.secretariat.id;
    const workingGroupId = made.records.find((r) => r.entity === 'working_group')!.id;

    const db = headquarters();
    const { call } = api(db);
    expect(importBundle(db, full, { trustNew: true })).toMatchObject({
      status: 'imported',
      registered: true,
      name,
      province: 'مرکزی',
    });
    expect(importBundle(db, next)).toMatchObject({ status: 'imported', registered: false });
    expect(importBundle(db, next)).toMatchObject({ status: 'already' });
    expect(importBundle(db, full)).toMatchObject({ status: 'already' });

    // Every row as the old version sent it (the next bundle's over the full one's); later columns aside.
    const sent = new Map(made.records.concat(then.records).map((r) => [`${r.entity} ${r.id}`, r]));
    for (const r of sent.values()) {
      const row = db.prepare(`SELECT * FROM ${r.entity} WHERE id = ?`).get(r.id);
      if (r.op === 'delete') expect(row).toBeUndefined();
      else expect(row, `${r.entity} ${r.id}`).toMatchObject(r.row);
    }

    const sessions = call('sessions.list', { workingGroupId });
    expect(sessions.map((s) => [s.number, s.status, s.resolutionCount])).toEqual([
      [2, 'draft', 1],
      [1, 'final', 5],
    ]);
    const final = sessions.find((s) => s.status === 'final')!;
    expect(call('sessions.verify', { id: final.id })).toMatchObject({ status: 'final', intact: true });
    const [signedCopy] = call('attachments.list', { sessionId: final.id });
    expect(signedCopy).toMatchObject({ mediaType: 'image/png' });
    // The file itself came too, not only its row.
    expect(call('attachments.get', { id: signedCopy!.id }).data).toBe(
      Buffer.from(made.attachments.get(signedCopy!.sha256)!).toString('base64'),
    );

    const value = (query: string) => db.prepare(query).pluck().get(origin);
    expect(value('SELECT count(*) FROM resolution WHERE origin = ?')).toBe(6);
    expect(value(`SELECT count(*) FROM resolution WHERE origin = ? AND status = 'done'`)).toBe(2);
    const resolutionId = value('SELECT resolution_id FROM follow_up WHERE origin = ? LIMIT 1') as string;
    expect(call('followUps.list', { resolutionId }).map((f) => [f.date, f.text])).toEqual([
      ['1399/03/01', 'دستگاه‌ها برنامه‌های پیشنهادی را به دبیرخانه فرستادند'],
      ['1399/04/15', 'برنامه‌ها در کارگروه بررسی و تصویب شد'],
    ]);

    const overview = call('headquarters.overview', {});
    expect(overview.rows).toMatchObject([
      {
        secretariatId: origin,
        secretariatName: name,
        province: 'مرکزی',
        workingGroupId,
        sessions: 2,
        finalSessions: 1,
        resolutions: 6,
      },
    ]);
  });
});
