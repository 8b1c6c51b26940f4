// Setting a PC up from the command line only: secretariat, working group, members from a file,
// people — with the app's validation and Persian refusals — then a bundle headquarters imports.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dabir } from '../../helpers/cli';
import { tempDir } from '../../helpers/db';

const rows = (file: string, query: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(query).all();
  } finally {
    db.close();
  }
};

describe('setting up from the command line', () => {
  it('names the secretariat, creates a group, adds members and people, and sends a bundle headquarters imports', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'dabir.sqlite');
    const group = 'کارگروه تخصصی امور اجتماعی، فرهنگی، سلامت، زنان و خانواده';

    // Before setup a bundle cannot be sent: the secretariat has no name.
    expect(await dabir('bundle', 'export', '--out', path.join(dir, 'early.dabir'), '--db', db)).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('دبیرخانه هنوز نام ندارد'),
    });

    expect(
      await dabir('setup', '--name', 'دبیرخانه کارگروه‌های استانداری مرکزی', '--province', 'مرکزی', '--db', db),
    ).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('استان مرکزی ثبت شد'),
    });
    expect(
      await dabir(
        'group',
        'create',
        group,
        '--province',
        'مرکزی',
        '--organization',
        'استانداری مرکزی',
        '--immediate-days',
        '۵',
        '--db',
        db,
      ),
    ).toMatchObject({ code: 0 });

    // Arabic ي/ك and a missing half-space name the same organisation as the directory's.
    const members = path.join(dir, 'members.txt');
    writeFileSync(
      members,
      '\uFEFFاداره کل آموزش و پرورش\r\n# دستگاه‌های عضو\r\n\r\nاداره کل بهزیستی\r\nدانشگاه علوم پزشکی\r\n',
    );
    expect(await dabir('members', 'add', members, '--db', db)).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('۳ دستگاه به کارگروه'),
    });
    const again = path.join(dir, 'again.txt');
    writeFileSync(again, 'اداره کل بهزيستي\nسازمان جهاد كشاورزي\n');
    const second = await dabir(
      'members',
      'add',
      again,
      '--group',
      'کارگروه تخصصی امور اجتماعي، فرهنگی، سلامت، زنان و خانواده',
      '--db',
      db,
    );
    expect(second).toMatchObject({ code: 0, stdout: expect.stringContaining('۱ دستگاه به کارگروه') });
    expect(second.stdout).toContain('«اداره کل بهزیستی» از قبل عضو بود');

    expect(
      await dabir(
        'people',
        'add',
        'سجادی',
        '--title',
        'مدیر کل امور اجتماعی و فرهنگی',
        '--organization',
        'استانداري مرکزي',
        '--db',
        db,
      ),
    ).toMatchObject({ code: 0 });

    expect(rows(db, `SELECT name, immediate_days AS days, organization FROM working_group`)).toEqual([
      { name: group, days: 5, organization: 'استانداری مرکزی' },
    ]);
    expect(
      rows(db, `SELECT o.name FROM membership m JOIN organization o ON o.id = m.organization_id ORDER BY m.position`),
    ).toEqual(
      ['اداره کل آموزش و پرورش', 'اداره کل بهزیستی', 'دانشگاه علوم پزشکی', 'سازمان جهاد كشاورزي'].map((name) => ({
        name,
      })),
    );
    // What was typed is stored as typed; one organisation per name key.
    expect(rows(db, `SELECT count(*) AS n FROM organization`)).toEqual([{ n: 5 }]);
    expect(
      rows(db, `SELECT p.name, p.title, o.name AS org FROM person p JOIN organization o ON o.id = p.organization_id`),
    ).toEqual([{ name: 'سجادی', title: 'مدیر کل امور اجتماعی و فرهنگی', org: 'استانداري مرکزي' }]);

    const bundle = path.join(dir, 'markazi.dabir');
    expect(await dabir('bundle', 'export', '--out', bundle, '--db', db)).toMatchObject({ code: 0 });
    const hq = path.join(dir, 'hq', 'dabir-hq.sqlite');
    expect(await dabir('setup', '--name', 'ستاد وزارت کشور', '--province', 'تهران', '--hq', '--db', hq)).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('(ستاد) ثبت شد'),
    });
    // A new secretariat: its fingerprint to compare, and the command line names its flag.
    expect(await dabir('bundle', 'import', bundle, '--db', hq)).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/تازه است و اثر انگشت کلیدش [۰-۹ ]+ است.*\(با --trust-new دوباره وارد کنید\)/),
    });
    expect(await dabir('bundle', 'import', bundle, '--trust-new', '--db', hq)).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('وارد شد'),
    });
    expect(rows(hq, `SELECT name FROM working_group`)).toEqual([{ name: group }]);
    expect(rows(hq, `SELECT count(*) AS n FROM membership`)).toEqual([{ n: 4 }]);
  }, 60_000);

  it('refuses bad input in Persian and changes nothing', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'dabir.sqlite');
    const count = (table: string) => (rows(db, `SELECT count(*) AS n FROM ${table}`)[0] as { n: number }).n;

    expect(await dabir('setup', '--province', 'مرکزی', '--db', db)).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('--name لازم است'),
    });
    expect(await dabir('setup', '--name', '   ', '--province', 'مرکزی', '--db', db)).toMatchObject({ code: 1 });
    expect(await dabir('group', 'create', 'کارگروه سلامت', '--db', db)).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('--province لازم است'),
    });
    expect(
      await dabir('group', 'create', 'کارگروه سلامت', '--province', 'قزوین', '--immediate-days', 'سه', '--db', db),
    ).toMatchObject({ code: 1, stderr: expect.stringContaining('باید عدد روز باشد') });
    expect(
      await dabir('group', 'create', 'کارگروه سلامت', '--province', 'قزوین', '--immediate-days=-1', '--db', db),
    ).toMatchObject({ code: 1, stderr: expect.stringContaining('نمی‌تواند منفی باشد') });
    expect(count('working_group')).toBe(0);
    expect(await dabir('members', 'add', path.join(dir, 'none.txt'), '--db', db)).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('none.txt» خوانده نشد'),
    });
    writeFileSync(path.join(dir, 'one.txt'), 'اداره کل بهزیستی\n');
    expect(await dabir('members', 'add', path.join(dir, 'one.txt'), '--db', db)).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('هنوز کارگروهی ثبت نشده است'),
    });

    expect(await dabir('group', 'create', 'کارگروه سلامت', '--province', 'قزوین', '--db', db)).toMatchObject({
      code: 0,
    });
    expect(await dabir('group', 'create', 'کارگروه آب', '--province', 'قزوین', '--db', db)).toMatchObject({ code: 0 });
    const list = path.join(dir, 'members.txt');
    writeFileSync(list, 'اداره کل بهزیستی\nاداره کل آموزش و پرورش\nاداره كل بهزيستي\n');
    // Two groups: which one must be said.
    expect(await dabir('members', 'add', list, '--db', db)).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('یکی را با --group نام ببرید'),
    });
    expect(await dabir('members', 'add', list, '--group', 'کارگروه نیست', '--db', db)).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('پیدا نشد'),
    });
    // The same organisation twice in the file: refused whole, with both lines.
    const dup = await dabir('members', 'add', list, '--group', 'کارگروه سلامت', '--db', db);
    expect(dup.code).toBe(1);
    expect(dup.stderr).toContain('هیچ عضوی افزوده نشد');
    expect(dup.stderr).toContain('members.txt:3');
    expect(dup.stderr).toContain('سطر ۱');
    // A line too long for a name refuses the whole file too: nothing half-added.
    writeFileSync(list, `اداره کل بهزیستی\n${'ب'.repeat(25_000)}\n`);
    expect(await dabir('members', 'add', list, '--group', 'کارگروه سلامت', '--db', db)).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('سطر ۲'),
    });
    expect(count('membership')).toBe(0);
    expect(count('organization')).toBe(0);
    writeFileSync(list, '# فقط یادداشت\n\n');
    expect(await dabir('members', 'add', list, '--group', 'کارگروه سلامت', '--db', db)).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('نام دستگاهی نیست'),
    });
    expect(await dabir('people', 'add', '--db', db)).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('نام شخص لازم است'),
    });
    expect(await dabir('group', 'rename', 'x', '--db', db)).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('dabir group create NAME'),
    });
    expect(count('person')).toBe(0);
  }, 60_000);
});
