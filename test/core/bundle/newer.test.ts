// A bundle from a newer Dabir (a later schema, as a province that updated first sends): what this
// version understands is imported, what it does not — a record of an entity it lacks, a column it
// lacks — is kept, said in Persian, and written once an update brings the column; never half an
// import, never silently dropped.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { latestVersion } from '../../../electron/core/db/migrations/registry';
import { openDatabase } from '../../../electron/core/db/open';
import { exportBundle, recordExport } from '../../../electron/core/bundle/export';
import { importBundle } from '../../../electron/core/bundle/import';
import { api, createDb, dump, readRows, tempDir } from '../../helpers/db';
import { privateKeyOf, resigned } from '../../helpers/bundles';
import { fixture } from '../../helpers/fixtures';
import { headquarters, province } from '../../helpers/national';

interface Line {
  entity: string;
  op: string;
  id: string;
  seq: number;
  row: Record<string, unknown>;
}

/** A province's bundle as its newer Dabir would make it: a later schema, a new column, a new entity. */
function newerBundle(bytes: Uint8Array, key: string, origin: string, change?: (lines: Line[]) => void) {
  return resigned(bytes, key, (manifest, records) => {
    manifest.schemaVersion = latestVersion + 10;
    const lines = records.map((r) => JSON.parse(r) as Line);
    const session = lines.find((l) => l.entity === 'session')!;
    session.row.letter_number = '۱۲۳/ص/۹۹';
    const resolution = lines.find((l) => l.entity === 'resolution')!;
    resolution.row.priority = 2;
    lines.push({
      entity: 'invitation',
      op: 'upsert',
      id: randomUUID(),
      seq: session.seq,
      row: { id: randomUUID(), origin, session_id: session.id, sent_at: '1399/01/30' },
    });
    lines[lines.length - 1]!.row.id = lines[lines.length - 1]!.id;
    change?.(lines);
    records.splice(0, records.length, ...lines.map((l) => JSON.stringify(l)));
  });
}

function provinceWithDraft() {
  const file = path.join(tempDir(), 'markazi.sqlite');
  const db = createDb(file);
  const { call } = api(db);
  const me = call('secretariat.setup', { name: 'دبیرخانه مرکزی', province: 'مرکزی' });
  call('minutes.import', { document: fixture() });
  const b = exportBundle(db, { full: true });
  recordExport(db, b);
  return { db, id: me.id, bytes: b.bytes };
}

describe('a bundle from a newer Dabir', () => {
  it('imports what this version knows and keeps the rest until an update brings it', () => {
    const p = provinceWithDraft();
    const hq = headquarters();
    const bytes = newerBundle(p.bytes, privateKeyOf(p.db), p.id);
    const result = importBundle(hq.db, bytes, { trustNew: true });
    expect(result).toMatchObject({ status: 'imported', deferred: 3 });
    // Everything known is there: the province's session and its resolutions.
    const sessions = readRows<{ origin: string }>(hq.db, 'session').filter((s) => s.origin === p.id);
    expect(sessions).toHaveLength(1);
    expect(readRows<{ entity: string; kind: string }>(hq.db, 'sync_deferred').map((d) => [d.kind, d.entity])).toEqual([
      ['columns', 'session'],
      ['columns', 'resolution'],
      ['record', 'invitation'],
    ]);
    // Again: the same bundle, nothing changes.
    const before = dump(hq.db);
    expect(importBundle(hq.db, bytes)).toMatchObject({ status: 'already', deferred: 0 });
    expect(dump(hq.db)).toEqual(before);

    // Headquarters updates: a later migration adds the session's column. At the next open the
    // kept value goes in; what still has no column or table here stays kept.
    hq.db.exec('ALTER TABLE session ADD COLUMN letter_number TEXT');
    hq.db.close();
    const reopened = openDatabase(hq.file);
    expect(reopened.prepare('SELECT letter_number FROM session WHERE origin = ?').pluck().all(p.id)).toEqual([
      '۱۲۳/ص/۹۹',
    ]);
    expect(readRows<{ entity: string }>(reopened, 'sync_deferred').map((d) => d.entity)).toEqual([
      'resolution',
      'invitation',
    ]);
    reopened.close();
  });

  it('is refused whole when it is wrong elsewhere, or its kept record is another secretariat’s', () => {
    const p = provinceWithDraft();
    const hq = headquarters();
    const before = dump(hq.db);
    const foreign = newerBundle(p.bytes, privateKeyOf(p.db), p.id, (lines) => {
      lines.at(-1)!.row.origin = randomUUID();
    });
    expect(() => importBundle(hq.db, foreign, { trustNew: true })).toThrow('بسته رکوردی از دبیرخانه دیگری دارد');
    const bad = newerBundle(p.bytes, privateKeyOf(p.db), p.id, (lines) => {
      lines.find((l) => l.entity === 'attendance')!.row.status = 'asleep';
    });
    expect(() => importBundle(hq.db, bad, { trustNew: true })).toThrow();
    expect(dump(hq.db)).toEqual(before);
  });

  it('a newer headquarters’ directive imports at a province, its new columns kept', () => {
    const hq = headquarters();
    const markazi = province('مرکزی');
    const directive = resigned(hq.direct(), privateKeyOf(hq.db), (manifest, records) => {
      manifest.schemaVersion = latestVersion + 10;
      const i = records.findIndex((r) => r.startsWith('{"entity":"assignment"'));
      const line = JSON.parse(records[i]!) as Line;
      line.row.reminder_days = 7;
      records[i] = JSON.stringify(line);
    });
    expect(markazi.take(directive)).toMatchObject({ status: 'imported', assigned: 4, deferred: 1 });
    expect(markazi.national()).toHaveLength(4);
  });
});
