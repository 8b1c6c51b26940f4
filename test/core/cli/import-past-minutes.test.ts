// `dabir import` of past minutes as a user runs it on a folder: Word and text files each a draft in the named group, a bad file named with its reason, Word's lock files ignored, the group a file names made when none is given.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dabir, queryFile as rows } from '../../helpers/cli';
import { tempDir } from '../../helpers/db';
import { fixturePath } from '../../helpers/fixtures';
import { modelToDocx, pastMinutesDir, sourceModel } from '../../helpers/past-minutes-files';

const seedPath = path.join(pastMinutesDir, 'markazi-1399-01.txt');
const GROUP = 'کارگروه تخصصی امور اجتماعی، فرهنگی، سلامت، زنان و خانواده';
/** The group as the seed's title (and its dabir.minutes/1 twin) spells it. */
const SEED_GROUP = 'کار گروه تخصصی امور اجتماعی، فرهنگی، سلامت، زنان و خانواده';

async function setUp(): Promise<string> {
  const db = path.join(tempDir(), 'dabir.sqlite');
  const r = await dabir('setup', '--name', 'دبیرخانه کارگروه‌های استانداری مرکزی', '--province', 'مرکزی', '--db', db);
  expect(r.code, r.stderr).toBe(0);
  return db;
}

const sessionsOf = (db: string) =>
  rows<{ group: string; year: number; number: number; status: string; file: string | null }>(
    db,
    `SELECT g.name AS "group", s.year, s.number, s.status, p.file_name AS file
       FROM session s JOIN working_group g ON g.id = s.working_group_id
       LEFT JOIN past_minutes_source p ON p.session_id = s.id ORDER BY s.year, s.number`,
  );

describe('dabir import of past minutes', () => {
  it('reads a folder into drafts of the named group, names the bad file, ignores the lock file; again: both already imported', async () => {
    const db = await setUp();
    const folder = path.join(tempDir(), 'صورتجلسه‌ها');
    mkdirSync(folder);
    copyFileSync(seedPath, path.join(folder, 'markazi-1399-01.txt'));
    writeFileSync(
      path.join(folder, 'hamedan-1401-04.docx'),
      await modelToDocx(sourceModel('variants/hamedan-1401-04-numbered')),
    );
    // A picture renamed .doc: neither Word nor text.
    writeFileSync(path.join(folder, 'scan.doc'), Buffer.from([0x13, 0x00, 0x37, 0x00, 0xff, 0x00, 0x42]));
    // Word's lock file beside an open document: the owner's name, padded; not minutes.
    const lock = Buffer.alloc(162);
    lock[0] = 5;
    Buffer.from('admin').copy(lock, 1);
    writeFileSync(path.join(folder, '~$x.docx'), lock);

    const first = await dabir('import', folder, '--group', GROUP, '--db', db);
    expect(first.code).toBe(1);
    const made = first.stdout.trim().split('\n');
    expect(made).toHaveLength(2);
    expect(made[0]).toContain(`کارگروه تازه «${GROUP}» ساخته شد`);
    expect(first.stdout).toContain(
      `${path.join(folder, 'markazi-1399-01.txt')}: پیش‌نویس جلسه ۱ سال ۱۳۹۹ (۱۳۹۹/۰۲/۰۲)`,
    );
    expect(first.stdout).toContain(`${path.join(folder, 'hamedan-1401-04.docx')}: پیش‌نویس جلسه ۴ سال ۱۴۰۱`);
    expect(first.stderr).toContain(`${path.join(folder, 'scan.doc')}: این پرونده نه Word است و نه متن`);
    expect(first.stderr).toContain('۳ پرونده: ۲ پیش‌نویس ساخته شد، ۱ پذیرفته نشد');
    expect(first.stdout + first.stderr).not.toContain('~$x');
    expect(sessionsOf(db)).toEqual([
      { group: GROUP, year: 1399, number: 1, status: 'draft', file: 'markazi-1399-01.txt' },
      { group: GROUP, year: 1401, number: 4, status: 'draft', file: 'hamedan-1401-04.docx' },
    ]);
    expect(rows(db, 'SELECT name FROM working_group')).toEqual([{ name: GROUP }]);

    const again = await dabir('import', folder, '--group', GROUP, '--db', db);
    expect(again.code).toBe(1);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain(
      `${path.join(folder, 'markazi-1399-01.txt')}: این پرونده پیش‌تر وارد شده است (جلسه ۱ سال ۱۳۹۹)`,
    );
    expect(again.stderr).toContain(
      `${path.join(folder, 'hamedan-1401-04.docx')}: این پرونده پیش‌تر وارد شده است (جلسه ۴ سال ۱۴۰۱)`,
    );
    expect(again.stderr).toContain('۳ پرونده: ۰ پیش‌نویس ساخته شد، ۳ پذیرفته نشد');
    expect(sessionsOf(db)).toHaveLength(2);
  }, 60_000);

  it('with no --group and two other groups, makes the group the file’s title names', async () => {
    const db = await setUp();
    for (const name of ['کارگروه تخصصی اقتصادی', 'کارگروه تخصصی زیربنایی و شهرسازی']) {
      const r = await dabir('group', 'create', name, '--province', 'مرکزی', '--db', db);
      expect(r.code, r.stderr).toBe(0);
    }
    const r = await dabir('import', seedPath, '--db', db);
    expect(r.code, r.stderr).toBe(0);
    // Neither existing group is taken: the seed's own, as its title spells it («… استان» left out), is made.
    const groups = rows<{ name: string }>(db, 'SELECT name FROM working_group ORDER BY rowid').map((g) => g.name);
    expect(groups).toHaveLength(3);
    const made = groups[2]!;
    expect(made).toBe(SEED_GROUP);
    expect(r.stdout).toContain(`کارگروه تازه «${made}» ساخته شد`);
    expect(sessionsOf(db)).toEqual([
      { group: made, year: 1399, number: 1, status: 'draft', file: 'markazi-1399-01.txt' },
    ]);
  }, 60_000);

  it('still imports a dabir.minutes/1 .json whole, with no past-minutes source', async () => {
    const db = await setUp();
    const r = await dabir('import', fixturePath, '--db', db);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('وارد شد');
    expect(sessionsOf(db)).toEqual([{ group: SEED_GROUP, year: 1399, number: 1, status: 'draft', file: null }]);
    expect(rows(db, 'SELECT count(*) AS n FROM resolution')).toEqual([{ n: 5 }]);
  }, 60_000);
});
