// Issue 14, item 1: a province's and headquarters' data files side by side in one folder (the
// README's default) keep each their own backups — named and rotated by the file's identity — and
// a refused bundle import leaves every backup as it was. Real files, the real command line.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { backupDatabase } from '../../../electron/core/backup/backup';
import { backupFolder } from '../../../electron/core/backup/names';
import { autoBackup } from '../../../electron/core/backup/own';
import { run, type Io } from '../../../electron/core/cli/index';
import { openDatabase } from '../../../electron/core/db/open';
import { api, tempDir } from '../../helpers/db';
import { fixture } from '../../helpers/fixtures';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Every file in the backups folder with its hash: "every backup as it was" is this, unchanged. */
const snapshot = (folder: string) =>
  Object.fromEntries(
    readdirSync(folder)
      .sort()
      .map((n) => [n, sha(path.join(folder, n))]),
  );

function lines(): Io & { text: string[] } {
  const text: string[] = [];
  return { text, out: (l) => text.push(l), err: (l) => text.push(l) };
}

/** `dabir serve` as the secretary runs it, stopped as a terminal's Ctrl+C stops it. */
async function serveOnce(file: string, io: Io, whileUp: () => Promise<void>): Promise<number> {
  const serving = run(['serve', '--db', file, '--port', '0'], io);
  await whileUp();
  process.emit('SIGINT');
  return serving;
}

const listOf = (file: string) => {
  const db = openDatabase(file);
  try {
    return api(db).call('backups.list', {}).backups;
  } finally {
    db.close();
  }
};

describe('two data files in one folder', () => {
  it('keep their own backups: a start backup never rotates headquarters’ away, a refused import changes none', async () => {
    const dir = tempDir();
    const province = path.join(dir, 'dabir.sqlite');
    const hq = path.join(dir, 'dabir-hq.sqlite');
    const folder = backupFolder(province);
    expect(backupFolder(hq)).toBe(folder);

    const db = openDatabase(province);
    const { call } = api(db);
    call('secretariat.setup', { name: 'دبیرخانه کارگروه‌های استانداری مرکزی', province: 'مرکزی' });
    call('minutes.import', { document: fixture() });
    db.close();
    const bundle = path.join(dir, 'p.dabir');
    const io = lines();
    expect(await run(['bundle', 'export', '--out', bundle, '--db', province], io)).toBe(0);

    // Headquarters imports the province's bundle: a backup before the import.
    expect(await run(['bundle', 'import', bundle, '--trust-new', '--db', hq], io)).toBe(0);
    const hqImport = listOf(hq).filter((b) => b.reason === 'import');
    expect(hqImport).toHaveLength(1);

    // The province starts a moment later (in another second, as in life): its start backup must
    // not rotate headquarters' away.
    await new Promise((r) => setTimeout(r, 1100));
    expect(
      await serveOnce(province, io, () =>
        // The folder only: opening the file meanwhile would restart SQLite's online backup.
        expect.poll(() => readdirSync(folder).some((n) => n.endsWith('-start.sqlite')), { timeout: 10_000 }).toBe(true),
      ),
    ).toBe(0);
    expect(listOf(hq).map((b) => b.name)).toContain(hqImport[0]!.name);

    // A tampered bundle refused at headquarters leaves every backup as it was.
    const entries = unzipSync(readFileSync(bundle));
    entries['records.jsonl'] = strToU8('{}');
    const bad = path.join(dir, 'tampered.dabir');
    writeFileSync(bad, zipSync(entries));
    const before = snapshot(folder);
    expect(await run(['bundle', 'import', bad, '--db', hq], io)).toBe(1);
    expect(snapshot(folder)).toEqual(before);

    // «پشتیبان‌گیری» of each file lists its own backups only: the province's start is there.
    const provinceList = listOf(province);
    expect(provinceList.some((b) => b.reason === 'start')).toBe(true);
    expect(provinceList.every((b) => b.secretariat?.name === 'دبیرخانه کارگروه‌های استانداری مرکزی')).toBe(true);
    const hqList = listOf(hq);
    expect(hqList.map((b) => b.name)).toContain(hqImport[0]!.name);
    expect(hqList.every((b) => b.secretariat?.name !== 'دبیرخانه کارگروه‌های استانداری مرکزی')).toBe(true);
    // Named by the file: a reader of the folder sees whose each is.
    expect(hqList.every((b) => b.name.startsWith('dabir-hq-'))).toBe(true);
  }, 30_000);
});

describe('backups named before each file had its own names', () => {
  it('go with the file whose content they hold, and only that file’s rotation may delete them', async () => {
    const dir = tempDir();
    const province = openDatabase(path.join(dir, 'dabir.sqlite'));
    api(province).call('secretariat.setup', { name: 'دبیرخانه مرکزی', province: 'مرکزی' });
    const hq = openDatabase(path.join(dir, 'dabir-hq.sqlite'));
    api(hq).call('secretariat.setup', { name: 'ستاد', province: 'تهران', role: 'headquarters' });
    const folder = backupFolder(hq.name);
    // Headquarters' backup under the old name, `dabir-<time>-import.sqlite`, as the old Dabir wrote it.
    mkdirSync(folder, { recursive: true });
    const old = path.join(folder, 'dabir-2026-11-01T09-00-00-import.sqlite');
    await backupDatabase(hq, old);
    for (let d = 1; d <= 30; d++) await autoBackup(province, 'daily', new Date(2026, 10, d, 18));
    expect(
      api(hq)
        .call('backups.list', {})
        .backups.map((b) => b.name),
    ).toEqual([path.basename(old)]);
    expect(
      api(province)
        .call('backups.list', {})
        .backups.map((b) => b.name),
    ).not.toContain(path.basename(old));
    expect(readdirSync(folder)).toContain(path.basename(old));
    expect(api(hq).call('backups.list', {}).backups[0]!.secretariat?.name).toBe('ستاد');
    province.close();
    hq.close();
  });
});
