// The national loop on the command line, as four offices would run it: headquarters and three
// provinces as four data files; national minutes with resolutions for all and for named provinces;
// directives down, follow-up up; headquarters' matrix exact after shuffled and repeated imports;
// every refusal with all four files unchanged. LibreOffice opens the matrix's workbook.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../electron/core/reports/xlsx';
import { dabir, queryFile } from '../../helpers/cli';
import { tempDir } from '../../helpers/db';
import { libreOfficeConvert } from '../../helpers/libreoffice';
import { pdfText, squash } from '../../helpers/pdf';

const fixture = path.resolve(import.meta.dirname, '../../fixtures/national/women-family-1399-01.json');

async function ok(...args: string[]) {
  const r = await dabir(...args);
  expect(r.code, `dabir ${args.join(' ')}\n${r.stderr}`).toBe(0);
  return r;
}

const hashOf = (file: string) => {
  // The WAL folded in first by a reader, so the bytes are the whole file.
  queryFile(file, 'SELECT 1');
  return createHash('sha256').update(readFileSync(file)).digest('hex');
};

describe('the national loop, four data files', () => {
  it('directives down, follow-up up, the matrix exact; every refusal changes no file', async () => {
    const dir = tempDir();
    const at = (name: string) => path.join(dir, name);
    const hq = at('hq.sqlite');
    const offices = { مرکزی: at('markazi.sqlite'), فارس: at('fars.sqlite'), اصفهان: at('isfahan.sqlite') };
    await ok('setup', '--name', 'ستاد وزارت کشور', '--province', 'تهران', '--hq', '--db', hq);
    for (const [province, file] of Object.entries(offices))
      await ok('setup', '--name', `دبیرخانه استانداری ${province}`, '--province', province, '--db', file);
    await ok('import', fixture, '--db', hq);
    await ok('finalize', '1399/1', '--db', hq);
    const all = at('all.dabir');
    const fars = at('fars.dabir');
    expect((await ok('directives', 'export', '--out', all, '--db', hq)).stdout).toContain('ابلاغ به همه استان‌ها');
    await ok('directives', 'export', '--out', fars, '--province', 'فارس', '--db', hq);

    // Headquarters' key is registered once, after its fingerprint is compared.
    const first = await dabir('directives', 'import', all, '--db', offices['مرکزی']);
    expect(first.code).toBe(1);
    expect(first.stderr).toMatch(/اثر انگشت آن .*[۰-۹]{4}.* \(با --trust-new دوباره وارد کنید\)/);
    for (const file of Object.values(offices)) await ok('directives', 'import', all, '--trust-new', '--db', file);
    expect((await ok('directives', 'import', fars, '--db', offices['فارس'])).stdout).toContain('۴ مصوبه ستاد');

    // Each province records its follow-up of what is assigned to it, and sends its bundle.
    await ok(
      'followup',
      'add',
      '--resolution',
      '1399/1/2',
      '--date',
      '1399/01/20',
      '--text',
      'گزارش جامع ارسال شد',
      '--status',
      'در دست اجرا',
      '--db',
      offices['مرکزی'],
    );
    await ok(
      'followup',
      'add',
      '--resolution',
      '1399/1/4',
      '--date',
      '1399/01/15',
      '--text',
      'با بانک‌ها تفاهم شد',
      '--status',
      'اجرا شده',
      '--db',
      offices['فارس'],
    );
    const isfahanRow4 = await dabir(
      'followup',
      'add',
      '--resolution',
      '1399/1/4',
      '--date',
      '1399/01/15',
      '--text',
      'x',
      '--db',
      offices['اصفهان'],
    );
    expect(isfahanRow4.stderr).toContain('به این استان ابلاغ نشده است');
    const bundles: Record<string, string> = {};
    for (const [province, file] of Object.entries(offices)) {
      bundles[province] = at(`${province}-1.dabir`);
      await ok('bundle', 'export', '--out', bundles[province], '--db', file);
    }
    await ok(
      'followup',
      'add',
      '--resolution',
      '1399/1/1',
      '--date',
      '1399/01/25',
      '--text',
      'بیانیه مطالعه و ابلاغ شد',
      '--status',
      'done',
      '--db',
      offices['مرکزی'],
    );
    const markazi2 = at('markazi-2.dabir');
    await ok('bundle', 'export', '--out', markazi2, '--db', offices['مرکزی']);

    // Shuffled and repeated: Markazi's second before its first (which registers it) is refused; later in order it goes in.
    const mixed = await dabir(
      'bundle',
      'import',
      markazi2,
      bundles['فارس']!,
      bundles['مرکزی']!,
      bundles['فارس']!,
      bundles['اصفهان']!,
      markazi2,
      bundles['مرکزی']!,
      '--trust-new',
      '--db',
      hq,
    );
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toContain('نخستین بسته یک دبیرخانه باید کامل باشد');
    expect(mixed.stdout.match(/پیش‌تر وارد شده است/g)).toHaveLength(2);

    const report = await ok('report', 'national', '--year', '1399', '--today', '1399/02/10', '--db', hq);
    const line = (row: number, province: string) => {
      const block = report.stdout.split(/^جلسه /m).find((b) => b.startsWith(`۱/۱۳۹۹ ردیف ${'۰۱۲۳۴۵'[row]}:`))!;
      return block
        .split('\n')
        .find((l) => l.trim().startsWith(`${province}:`))
        ?.trim();
    };
    expect(line(1, 'مرکزی')).toBe('مرکزی: اجرا شده، گزارش ۱۳۹۹/۰۱/۲۵');
    expect(line(2, 'مرکزی')).toBe('مرکزی: در دست اجرا، گذشته از مهلت، گزارش ۱۳۹۹/۰۱/۲۰');
    expect(line(4, 'فارس')).toBe('فارس: اجرا شده، گزارش ۱۳۹۹/۰۱/۱۵');
    expect(line(4, 'مرکزی')).toBe('مرکزی: آغاز نشده، گذشته از مهلت');
    expect(line(1, 'اصفهان')).toBe('اصفهان: آغاز نشده، گذشته از مهلت');
    expect(line(1, 'یزد')).toBe('یزد: بی‌خبر، گذشته از مهلت');
    expect(line(4, 'اصفهان')).toBeUndefined();
    expect(line(3, 'یزد')).toBe('یزد: بی‌خبر');

    // Search over every province at headquarters: a province's report on a national resolution is its own.
    const found = await ok('search', 'گزارش', '--province', 'استان مركزي', '--db', hq);
    expect(found.stdout).toMatch(/^۱۳۹۹\/۱ {2}مرکزی {2}پیگیری {2}«گزارش» جامع ارسال شد$/m);
    expect(found.stdout).not.toContain('فارس');
    const nowhere = await dabir('search', 'گزارش', '--province', 'یزد', '--db', hq);
    expect(nowhere.stderr).toContain('دبیرخانه‌ای از استان «یزد» در این پرونده ثبت نشده است');

    // The workbook, as the office opens it.
    const xlsx = at('national.xlsx');
    await ok('report', 'national', '--year', '1399', '--today', '1399/02/10', '--xlsx', xlsx, '--db', hq);
    const [lines, provinces, table] = await readWorkbook(readFileSync(xlsx));
    expect(lines).toMatchObject({ name: 'مصوبات ستاد', rightToLeft: true });
    // Rows 1-3 to all 31 provinces, row 4 to two: the heading, 4 resolutions and 95 lines under them.
    expect(lines!.rows).toHaveLength(100);
    const second = lines!.rows.findIndex((r) => r[1] === 2);
    expect(lines!.rows[second]![2]).toContain('گزارش‌های جامع');
    expect(lines!.rows.slice(second).find((r) => r[2] === 'مرکزی')).toEqual([
      undefined,
      undefined,
      'مرکزی',
      'در دست اجرا',
      '۱۳۹۹/۰۲/۰۷',
      'گذشته از مهلت',
      1,
      '۱۳۹۹/۰۱/۲۰: گزارش جامع ارسال شد',
    ]);
    expect(table!.rows).toHaveLength(5);
    const markaziRow = provinces!.rows.find((r) => r[0] === 'مرکزی')!;
    expect(markaziRow.slice(1, 9)).toEqual([4, 1, 1, 2, 0, 2, 2, 0.25]);
    const { outputs } = await libreOfficeConvert([xlsx], 'pdf', dir);
    const text = squash(pdfText(outputs[0]!));
    for (const words of ['مصوبات ابلاغ‌شده', 'گزارش جامع ارسال شد', 'کهگیلویه و بویراحمد'])
      expect(text).toContain(squash(words));

    // Refusals: a directive for another province, one tampered with, one at headquarters, an
    // incremental province bundle replayed at headquarters. All four files stay byte for byte.
    const tampered = at('tampered.dabir');
    const bytes = readFileSync(all);
    bytes[Math.floor(bytes.length / 2)]! ^= 0xff;
    writeFileSync(tampered, bytes);
    const before = [hq, ...Object.values(offices)].map(hashOf);
    for (const [args, message] of [
      [['directives', 'import', fars, '--db', offices['مرکزی']], 'این بسته ابلاغ برای استان فارس است، نه استان مرکزی'],
      [['directives', 'import', tampered, '--db', offices['اصفهان']], 'از ستاد بخواهید بسته ابلاغ را دوباره بسازد'],
      [['directives', 'import', all, '--db', hq], 'این پرونده داده ستاد است'],
      [['directives', 'export', '--out', at('x.dabir'), '--db', offices['فارس']], 'بسته ابلاغ را ستاد می‌سازد'],
      [['directives', 'export', '--out', at('x.dabir'), '--db', hq], 'از آخرین ابلاغ به همه استان‌ها تغییری نبوده است'],
    ] as const) {
      const r = await dabir(...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr, args.join(' ')).toContain(message);
    }
    expect([hq, ...Object.values(offices)].map(hashOf)).toEqual(before);
  }, 240_000);
});
