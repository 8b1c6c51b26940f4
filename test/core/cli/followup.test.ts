// `dabir followup add` as a user runs it: a report on a resolution named by year/number/row (Persian
// digits too) or id, its status in Persian or the contract's word, the reporting body; every bad
// input refused in Persian with the file unchanged.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dabir, queryFile as rows } from '../../helpers/cli';
import { tempDir } from '../../helpers/db';
import { fixturePath } from '../../helpers/fixtures';

describe('dabir followup add', () => {
  it('records a report on a resolution, sets its status and names the body', async () => {
    const db = path.join(tempDir(), 'dabir.sqlite');
    expect((await dabir('import', fixturePath, '--db', db)).code).toBe(0);
    const r = await dabir(
      'followup',
      'add',
      '--resolution',
      '۱۳۹۹/۱/۳',
      '--date',
      '۱۳۹۹/۰۳/۰۵',
      '--text',
      'گزارش هزینه کرد اعتبارات ارسال شد',
      '--status',
      'در دست اجرا',
      '--by',
      'اداره کل بهزیستی',
      '--db',
      db,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      'گزارش پیگیری مصوبه ردیف ۳ جلسه ۱ سال ۱۳۹۹ به تاریخ ۱۳۹۹/۰۳/۰۵ ثبت شد؛ وضعیت: در دست اجرا؛ از اداره کل بهزیستی',
    );
    const [f] = rows<{ text: string; date: string; status: string; row: number; org: string }>(
      db,
      `SELECT f.text, f.date, r.status, r.row, o.name AS org FROM follow_up f JOIN resolution r ON r.id = f.resolution_id
       LEFT JOIN organization o ON o.id = f.organization_id`,
    );
    expect(f).toEqual({
      text: 'گزارش هزینه کرد اعتبارات ارسال شد',
      date: '1399/03/05',
      status: 'in_progress',
      row: 3,
      org: 'اداره کل بهزیستی',
    });
    const id = rows<{ id: string }>(db, `SELECT id FROM resolution WHERE row = 5`)[0]!.id;
    const byId = await dabir(
      'followup',
      'add',
      '--resolution',
      id,
      '--date',
      '1399/04/01',
      '--text',
      'سایت به روز شد',
      '--status',
      'done',
      '--db',
      db,
    );
    expect(byId.code, byId.stderr).toBe(0);
    expect(rows<{ status: string }>(db, `SELECT status FROM resolution WHERE row = 5`)).toEqual([{ status: 'done' }]);
  });

  it('refuses bad input in Persian and changes nothing', async () => {
    const db = path.join(tempDir(), 'dabir.sqlite');
    expect((await dabir('import', fixturePath, '--db', db)).code).toBe(0);
    const count = () => rows<{ n: number }>(db, 'SELECT count(*) AS n FROM follow_up')[0]!.n;
    const cases: [string[], string][] = [
      [['--resolution', '1399/1/9', '--date', '1399/03/05', '--text', 'x'], 'مصوبه‌ای با ردیف ۹ ندارد'],
      [['--resolution', '1399-1', '--date', '1399/03/05', '--text', 'x'], 'نشانی مصوبه نیست'],
      [['--resolution', '1399/1/3', '--date', '1400/12/30', '--text', 'x'], 'تاریخ معتبری در تقویم شمسی نیست'],
      [
        ['--resolution', '1399/1/3', '--date', '1399/03/05', '--text', 'x', '--status', 'تمام'],
        'وضعیت «تمام» شناخته نیست',
      ],
      [['--resolution', '1399/1/3', '--date', '1399/03/05'], 'این‌ها لازم است: --text'],
    ];
    for (const [args, message] of cases) {
      const r = await dabir('followup', 'add', ...args, '--db', db);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toContain(message);
    }
    expect(count()).toBe(0);
  });
});
