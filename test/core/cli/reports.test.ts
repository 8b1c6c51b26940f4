// `dabir report` and `dabir search` on a real file: the seed's year (16 sessions, 78 resolutions,
// 64 done, 14 in progress) printed and written to Excel, the workbook read back with exceljs.
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run, type Io } from '../../../electron/core/cli/index';
import { readWorkbook } from '../../../electron/core/reports/xlsx';
import { api, createDb, tempDir } from '../../helpers/db';
import { attendanceOf, buildYear, MEMBERS, YEAR } from '../../helpers/year';

function setup() {
  const file = path.join(tempDir(), 'year.sqlite');
  const db = createDb(file);
  const { call } = api(db);
  buildYear((op, input) => call(op as never, input as never));
  db.close();
  return file;
}

async function dabir(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l) };
  const code = await run(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('dabir report', () => {
  it('prints the annual report and writes it to a right-to-left Excel sheet that reads back the same', async () => {
    const db = setup();
    const printed = await dabir('report', 'annual', '--year', '۱۳۹۸', '--db', db, '--today', '1405/09/02');
    expect(printed.code).toBe(0);
    for (const line of ['جلسات برگزارشده: ۱۶', 'مصوبات: ۷۸', 'اجرا شده: ۶۴', 'در دست اجرا: ۱۴', 'آغاز نشده: ۰'])
      expect(printed.out).toContain(line);

    const xlsx = path.join(tempDir(), 'annual.xlsx');
    expect((await dabir('report', 'annual', '--year', '1398', '--db', db, '--xlsx', xlsx)).code).toBe(0);
    const [sheet] = await readWorkbook(readFileSync(xlsx));
    expect(sheet).toMatchObject({ name: 'گزارش سالانه', rightToLeft: true });
    const values = Object.fromEntries(sheet!.rows.slice(1).map(([k, v]) => [k, v]));
    expect(values).toMatchObject({ 'جلسات برگزارشده': 16, مصوبات: 78, 'اجرا شده': 64, 'در دست اجرا': 14, سال: YEAR });
  });

  it('writes attendance per member organisation matching a hand count', async () => {
    const db = setup();
    const xlsx = path.join(tempDir(), 'attendance.xlsx');
    expect((await dabir('report', 'attendance', '--year', '1398', '--db', db, '--xlsx', xlsx)).code).toBe(0);
    const [sheet] = await readWorkbook(readFileSync(xlsx));
    expect(sheet!.rows[0]).toEqual(['دستگاه', 'جلسات', 'حاضر', 'معاون', 'نماینده', 'غایب', 'با اطلاع', 'نرخ حضور']);
    MEMBERS.forEach((name, j) => {
      const hand = { present: 0, deputy: 0, representative: 0, absent: 0, excused: 0 };
      for (let k = 0; k < 16; k++) {
        const s = attendanceOf(k, j) ?? 'absent';
        if (s !== 'guest') hand[s]++;
      }
      const row = sheet!.rows[j + 1]!;
      expect(row.slice(0, 7)).toEqual([
        name,
        16,
        hand.present,
        hand.deputy,
        hand.representative,
        hand.absent,
        hand.excused,
      ]);
      expect(row[7]).toBeCloseTo((hand.present + hand.deputy + hand.representative) / 16);
    });
    const printed = await dabir('report', 'attendance', '--year', '1398', '--db', db);
    expect(printed.out.split('\n')).toHaveLength(MEMBERS.length + 1);
  });

  it('refuses a missing year, an unknown report or group with a Persian message', async () => {
    const db = setup();
    expect(await dabir('report', 'annual', '--db', db)).toMatchObject({
      code: 1,
      err: expect.stringContaining('--year'),
    });
    expect(await dabir('report', 'weekly', '--year', '1398', '--db', db)).toMatchObject({
      code: 1,
      err: expect.stringContaining('گزارش را نام ببرید'),
    });
    expect(await dabir('report', 'annual', '--year', '1398', '--group', 'نیست', '--db', db)).toMatchObject({
      code: 1,
      err: expect.stringContaining('پیدا نشد'),
    });
  });
});

describe('dabir search', () => {
  it('finds with Arabic letters and any digits, marks the match, and takes FTS5 syntax as text', async () => {
    const db = setup();
    const hits = await dabir('search', 'مصوبه', '۷۸:', '--db', db);
    expect(hits.code).toBe(0);
    expect(hits.out).toContain('«مصوبه» «78»');
    expect((await dabir('search', 'ارسال', 'نمايند', '--db', db, '--limit', '3')).out.split('\n')).toHaveLength(3);
    for (const q of ['"', 'NEAR(', '-', '*', '(('])
      expect(await dabir('search', q, '--db', db)).toMatchObject({ code: 0 });
    expect((await dabir('search', 'ناموجود', '--db', db)).out).toBe('چیزی پیدا نشد.');
  });
});
