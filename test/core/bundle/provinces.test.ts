// 31 provinces, each sending a full bundle and then an incremental one; headquarters gets all 62
// in a shuffled order, retries the ones refused as out of order, and ends with exactly the union.
import { describe, expect, it } from 'vitest';
import { exportBundle, recordExport } from '../../../electron/core/bundle/export';
import { syncedEntities } from '../../../electron/core/bundle/format';
import { importBundle } from '../../../electron/core/bundle/import';
import type { Db } from '../../../electron/core/db/open';
import { api, createDb } from '../../helpers/db';
import { fixture } from '../../helpers/fixtures';

const rowsOf = (db: Db, origin: string) =>
  Object.fromEntries(
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

/** A small deterministic shuffle (the same order every run, so a failure can be replayed). */
function shuffled<T>(items: T[], seed = 1399): T[] {
  const out = [...items];
  let x = seed;
  for (let i = out.length - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    const j = x % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('31 provinces at headquarters', () => {
  it('imports 62 bundles in any order, with retries, into exactly the union of the provinces', () => {
    const provinces = Array.from({ length: 31 }, (_, i) => {
      const db = createDb();
      const { call } = api(db);
      call('secretariat.setup', { name: `دبیرخانه استان ${i + 1}`, province: `استان ${i + 1}` });
      const doc = fixture();
      doc.workingGroup.province = `استان ${i + 1}`;
      const { sessionId } = call('minutes.import', { document: doc });
      const send = () => {
        const b = exportBundle(db);
        recordExport(db, b);
        return b.bytes;
      };
      const first = send();
      const s = call('sessions.get', { id: sessionId });
      call('resolutions.setStatus', { id: s.resolutions[i % 5]!.id, status: 'done' });
      call('resolutions.add', { sessionId, body: `مصوبه تازه استان ${i + 1}`, deadline: { kind: 'continuous' } });
      call('agenda.remove', { id: s.agenda[0]!.id });
      const second = send();
      const id = db.prepare('SELECT id FROM secretariat').pluck().get() as string;
      return { db, id, bundles: [first, second] };
    });

    const hq = createDb();
    api(hq).call('secretariat.setup', { name: 'ستاد', province: 'تهران', role: 'headquarters' });
    let queue = shuffled(provinces.flatMap((p) => p.bundles));
    let imported = 0;
    let retries = 0;
    while (queue.length > 0) {
      const next: Uint8Array[] = [];
      for (const bytes of queue) {
        try {
          if (importBundle(hq, bytes, { trustNew: true }).status === 'imported') imported++;
        } catch (e) {
          // Only «out of order» may be refused here; anything else is a failure.
          expect((e as Error).message).toMatch(/نخستین بسته یک دبیرخانه باید کامل باشد|فاصله هست|دنباله/);
          next.push(bytes);
          retries++;
        }
      }
      expect(next.length).toBeLessThan(queue.length);
      queue = next;
    }
    expect(imported).toBe(62);
    expect(retries).toBeGreaterThan(0);
    for (const p of provinces) expect(rowsOf(hq, p.id)).toEqual(rowsOf(p.db, p.id));
    expect(hq.prepare('SELECT count(*) FROM hq_secretariat').pluck().get()).toBe(31);
    expect(hq.prepare('SELECT count(*) FROM hq_bundle').pluck().get()).toBe(62);
  });
});
