// The sync bundle's sending side on real files: the secretariat's key, full and incremental
// exports that carry exactly the changes, the hash chain, and every way a bundle is refused.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportBundle, recordExport, writeBundle } from '../../../electron/core/bundle/export';
import { entryNames, syncedEntities } from '../../../electron/core/bundle/format';
import { readBundle } from '../../../electron/core/bundle/verify';
import { run, type Io } from '../../../electron/core/cli/index';
import { openDatabase } from '../../../electron/core/db/open';
import { latestVersion } from '../../../electron/core/db/migrations/registry';
import { api, createDb, readRows, tempDir } from '../../helpers/db';
import { fixture } from '../../helpers/fixtures';
import { generateProvince, tenYears } from '../../helpers/province';

const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

function province(file = path.join(tempDir(), 'province.sqlite')) {
  const db = createDb(file);
  const { call } = api(db);
  call('secretariat.setup', { name: 'دبیرخانه کارگروه‌های استانداری مرکزی', province: 'مرکزی' });
  const { sessionId } = call('minutes.import', { document: fixture() });
  call('attachments.add', { sessionId, fileName: 'امضاشده.png', data: png.toString('base64') });
  return { db, call, sessionId, file };
}

/** The bundle's entries, changed by `edit`, zipped again (as a forger or a bad copy would). */
function tampered(bytes: Uint8Array, edit: (entries: Record<string, Uint8Array>) => void): Uint8Array {
  const entries = unzipSync(bytes);
  edit(entries);
  return zipSync(entries);
}

const refusal = (bytes: Uint8Array) => {
  try {
    readBundle(bytes);
  } catch (e) {
    return (e as Error).message;
  }
  return 'accepted';
};

describe('the secretariat key', () => {
  it('is made at the first open, kept across opens, never logged, and read out as five Persian groups', () => {
    const file = path.join(tempDir(), 'k.sqlite');
    const first = openDatabase(file);
    const key = readRows<{ public_key: string }>(first, 'secretariat_key');
    expect(key).toHaveLength(1);
    first.close();
    const again = createDb(file);
    expect(readRows<{ public_key: string }>(again, 'secretariat_key')).toEqual(key);
    expect(readRows(again, 'change_log').some((c) => (c as { entity: string }).entity === 'secretariat_key')).toBe(
      false,
    );
    api(again).call('secretariat.setup', { name: 'دبیرخانه', province: 'مرکزی' });
    const b = readBundle(exportBundle(again).bytes);
    expect(b.fingerprint).toMatch(/^[۰-۹]{4}( [۰-۹]{4}){4}$/);
    expect(strFromU8(exportBundle(again).bytes, true)).not.toContain('PRIVATE KEY');
  });
});

describe('exporting', () => {
  it('carries every table the change log follows but the assignments (which only go down), and no other', () => {
    const db = createDb();
    const logged = db
      .prepare(`SELECT tbl_name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE '%\\_log\\_insert' ESCAPE '\\'`)
      .pluck()
      .all() as string[];
    expect([...logged].sort()).toEqual([...syncedEntities, 'assignment'].sort());
  });

  it('puts every record and the attachments in a full bundle, signed and verifiable', () => {
    const { db } = province();
    const exported = exportBundle(db);
    const b = readBundle(exported.bytes);
    expect(b.manifest).toMatchObject({
      format: 'dabir.bundle/1',
      schemaVersion: latestVersion,
      full: true,
      fromSeq: 1,
      previousBundleHash: null,
    });
    expect(b.hash).toBe(exported.hash);
    for (const entity of ['session', 'resolution', 'attendance', 'organization', 'attachment'])
      expect(b.manifest.counts[entity as 'session']?.upserts, entity).toBe(readRows(db, entity).length);
    const attachment = b.records.find((r) => r.entity === 'attachment');
    expect(attachment?.op === 'upsert' && attachment.row.sha256).toBe(b.manifest.attachments[0]?.sha256);
    expect(Buffer.from(b.attachments.get(b.manifest.attachments[0]!.sha256)!).equals(png)).toBe(true);
  });

  it('sends only the changes since the last bundle, chained by hash, and nothing when nothing changed', () => {
    const { db, call, sessionId } = province();
    const first = exportBundle(db);
    // Not yet remembered (its file was never written): the next one is the same full bundle.
    expect(exportBundle(db).manifest).toMatchObject({ full: true, fromSeq: 1 });
    recordExport(db, first);
    expect(() => exportBundle(db)).toThrow('تغییری نبوده است');

    const s = call('sessions.get', { id: sessionId });
    call('resolutions.update', { id: s.resolutions[0]!.id, body: 'مفاد اصلاح‌شده' });
    call('resolutions.update', { id: s.resolutions[0]!.id, body: 'مفاد اصلاح‌شده دوباره' });
    call('agenda.remove', { id: s.agenda[1]!.id });
    const second = exportBundle(db);
    const b = readBundle(second.bytes);
    expect(b.manifest).toMatchObject({
      full: false,
      fromSeq: first.manifest.toSeq + 1,
      previousBundleHash: first.hash,
    });
    const resolution = b.records.filter((r) => r.entity === 'resolution');
    expect(resolution).toMatchObject([
      { op: 'upsert', id: s.resolutions[0]!.id, row: { body: 'مفاد اصلاح‌شده دوباره' } },
    ]);
    expect(b.records.filter((r) => r.entity === 'agenda_item')).toMatchObject([{ op: 'delete', id: s.agenda[1]!.id }]);
    expect(b.manifest.attachments).toEqual([]);
    expect(exportBundle(db, { full: true }).manifest).toMatchObject({
      full: true,
      fromSeq: 1,
      previousBundleHash: first.hash,
    });
  });
});

describe('a large bundle', () => {
  it('streams to disk in many compressed pieces, and reads back whole with every row', () => {
    const db = createDb();
    // Two years of two groups: about 3 MB of records, so several 1 MB pieces of deflate.
    const rows = generateProvince(db, 'مرکزی', { ...tenYears, years: 2, groups: 2 });
    const file = path.join(tempDir(), 'large.dabir');
    const written = writeBundle(db, file, { full: true });
    expect(existsSync(`${file}.partial`)).toBe(false);
    const bytes = readFileSync(file);
    expect(bytes.length).toBe(written.size);
    // Read back with fflate's own inflate, not the zlib that wrote it.
    const entries = unzipSync(bytes);
    expect(entries[entryNames.records]!.length).toBeGreaterThan(2.5 * 1024 * 1024);
    const b = readBundle(bytes);
    expect(b.hash).toBe(written.hash);
    // Every row of every synced table (the secretariat's own row is one of them).
    const stored = syncedEntities.reduce(
      (n, e) => n + (db.prepare(`SELECT count(*) FROM ${e}`).pluck().get() as number),
      0,
    );
    expect(b.records).toHaveLength(stored);
    expect(stored).toBe(rows + 1);
    const finals = b.records.filter((r) => r.entity === 'session' && r.op === 'upsert' && r.row.status === 'final');
    expect(finals).toHaveLength(30);
  });
});

describe('a bundle is refused, saying what is wrong', () => {
  const { db } = province();
  const good = exportBundle(db).bytes;
  const manifestOf = (e: Record<string, Uint8Array>) =>
    JSON.parse(strFromU8(e['manifest.json']!)) as Record<string, unknown>;
  const withManifest = (change: (m: Record<string, unknown>) => void) =>
    tampered(good, (e) => {
      const m = manifestOf(e);
      change(m);
      e['manifest.json'] = strToU8(JSON.stringify(m));
    });

  it.each([
    ['a truncated archive', () => good.subarray(0, good.length - 200), 'ناقص یا خراب'],
    ['not a zip at all', () => strToU8('hello'), 'ناقص یا خراب'],
    ['an unsafe path', () => tampered(good, (e) => (e['../../evil.sh'] = strToU8('rm -rf /'))), 'نام نامجاز'],
    ['an unknown format', () => withManifest((m) => (m.format = 'dabir.bundle/9')), 'ناشناخته'],
    // A newer schema is not refused (bundle/deferred.ts); a version that is no number is.
    ['a schema version that is not one', () => withManifest((m) => (m.schemaVersion = 'ده')), 'نسخه داده'],
    ['a changed manifest', () => withManifest((m) => (m.toSeq = 999999)), 'امضای بسته درست نیست'],
    [
      'a changed record',
      () =>
        tampered(good, (e) => (e['records.jsonl'] = strToU8(strFromU8(e['records.jsonl']!).replace('مقرر', 'مقرّر')))),
      'اثر انگشت رکوردهای بسته',
    ],
    [
      'a missing attachment',
      () =>
        tampered(good, (e) => {
          for (const k of Object.keys(e)) if (k.startsWith('attachments/')) delete e[k];
        }),
      'در بسته نیست',
    ],
    [
      'a changed attachment',
      () =>
        tampered(good, (e) => {
          for (const k of Object.keys(e)) if (k.startsWith('attachments/')) e[k] = strToU8('x');
        }),
      'پیوست',
    ],
    [
      'another key’s signature',
      () =>
        tampered(good, (e) => {
          const sig = JSON.parse(strFromU8(e['signature.json']!));
          sig.signature = Buffer.alloc(64, 1).toString('base64');
          e['signature.json'] = strToU8(JSON.stringify(sig));
        }),
      'امضای بسته درست نیست',
    ],
    ['no signature', () => tampered(good, (e) => delete e['signature.json']), 'امضای بسته'],
  ])('%s', (_, make, message) => {
    const text = refusal(make());
    expect(text).toContain(message);
    // …and what to do about it.
    expect(text).toMatch(/بخواهید|به‌روز کنید/);
  });
});

describe('dabir bundle', () => {
  it('exports to a file, remembers it, and verifies it; a tampered file fails with exit 1', async () => {
    const { db, file } = province();
    db.close();
    const out: string[] = [];
    const io: Io = { out: (l) => out.push(l), err: (l) => out.push(l) };
    const bundle = path.join(tempDir(), 'markazi.dabir');
    expect(await run(['bundle', 'export', '--db', file, '--out', bundle], io)).toBe(0);
    expect(await run(['bundle', 'verify', bundle], io)).toBe(0);
    expect(out.join('\n')).toContain('امضا و همه اثر انگشت‌ها درست است');
    expect(out.join('\n')).toMatch(/اثر انگشت کلید: [۰-۹ ]{24}/);
    expect(await run(['bundle', 'export', '--db', file, '--out', bundle + '2'], io)).toBe(1);
    expect(out.join('\n')).toContain('تغییری نبوده است');
    const bad = tampered(readFileSync(bundle), (e) => (e['records.jsonl'] = strToU8('{}')));
    const { writeFileSync } = await import('node:fs');
    writeFileSync(bundle, bad);
    expect(await run(['bundle', 'verify', bundle], io)).toBe(1);

    // Headquarters: a new secretariat only with --trust-new; the same bundle twice changes nothing.
    const fresh = path.join(tempDir(), 'fresh.dabir');
    expect(await run(['bundle', 'export', '--db', file, '--out', fresh, '--full'], io)).toBe(0);
    const hq = path.join(tempDir(), 'hq.sqlite');
    expect(await run(['bundle', 'import', fresh, '--db', hq], io)).toBe(1);
    expect(out.join('\n')).toContain('(با --trust-new دوباره وارد کنید)');
    // The screen's Unicode isolates stay out of the terminal: the flag is typed as shown.
    expect(out.join('\n')).not.toMatch(/[\u2066-\u2069]/);
    expect(await run(['bundle', 'import', fresh, '--db', hq, '--trust-new'], io)).toBe(0);
    expect(out.join('\n')).toMatch(
      /وارد شد — دبیرخانه کارگروه‌های استانداری مرکزی \(مرکزی\)، [۰-۹]+ رکورد؛ دبیرخانه تازه ثبت شد/,
    );
    expect(await run(['bundle', 'import', fresh, '--db', hq], io)).toBe(0);
    // Said, and the backup made before it dropped: the bundle changed nothing.
    expect(out.slice(-2).join('\n')).toContain('پیش‌تر وارد شده است');
    expect(out.at(-1)).toContain('پشتیبان‌ها همان است که بود');
  });
});
