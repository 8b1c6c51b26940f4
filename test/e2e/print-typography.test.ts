// Printed minutes as real PDFs (`dabir print`, system Chromium), read back with poppler: text pasted
// with Latin digits and Arabic letters in every field prints with Persian typography (or as typed,
// when the group says so), only Vazirmatn is embedded, the document information names the minutes
// and the secretariat, a group named «… استان» names its province once, and a 10,000-character
// resolution starts on the first page and breaks across pages under a repeated header.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, type Io } from '../../electron/core/cli/index';
import { screenshots, startApp, type TestApp } from '../helpers/app';
import { fixture } from '../helpers/fixtures';
import { pdfFlowText, pdfFonts, pdfImages, pdfPages, pdfText, squash, type Crop } from '../helpers/pdf';

let app: TestApp;
let dir: string;
const SECRETARIAT = 'دبیرخانه کارگروه‌های استانداری قزوین';

beforeAll(async () => {
  app = await startApp();
  app.call('secretariat.setup', { name: SECRETARIAT, province: 'قزوین' });
  dir = path.join(path.dirname(app.file), 'pdf');
  mkdirSync(dir, { recursive: true });
  mkdirSync(screenshots, { recursive: true });
});
afterAll(async () => {
  await app.close();
});

async function print(sessionId: string, name: string): Promise<string> {
  const file = path.join(dir, `${name}.pdf`);
  const err: string[] = [];
  const sink: Io = { out: () => undefined, err: (l) => err.push(l) };
  expect(await run(['print', sessionId, '--db', app.file, '--out', file], sink), err.join('\n')).toBe(0);
  copyFileSync(file, path.join(screenshots, `print-${name}.pdf`));
  pdfImages(file, path.join(screenshots, `print-${name}`), 50);
  return file;
}

function imported(document: unknown): { sessionId: string; workingGroupId: string } {
  return app.call('minutes.import', { document }) as { sessionId: string; workingGroupId: string };
}

/**
 * Whether the printed text holds a line: its letters in order, and each of its numbers (pdftotext
 * gives space-separated numbers inside right-to-left text in visual order, see print.test.ts).
 */
function holds(text: string, line: string): boolean {
  const letters = (s: string) => squash(s).replace(/[0-9۰-۹]/g, '');
  return letters(text).includes(letters(line)) && (line.match(/[0-9۰-۹]+/g) ?? []).every((n) => text.includes(n));
}

/** `pdfinfo` as a record: Title, Author, Creator, CreationDate, Pages … */
function pdfInfo(file: string): Record<string, string> {
  const text = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(text.split('\n').map((l) => /^([^:]+):\s*(.*)$/.exec(l)?.slice(1, 3) ?? ['', '']));
}

/** The fixture with Latin digits and Arabic ي/ك pasted into every kind of field. */
function pasted(groupName: string) {
  const doc = fixture();
  doc.workingGroup.name = groupName;
  doc.workingGroup.province = 'قزوین';
  const s = doc.session;
  s.location = 'سالن جلسات طبقه 4 استانداري';
  s.chair = { name: 'اكرمي', title: 'معاون سياسي 1' };
  s.secretary = null;
  s.agenda[0] = 'ارائه گزارش سال 98 - 16 جلسه و برنامه مقابله با COVID-19';
  s.discussion[0].speaker = { name: 'دكتر رضايي', title: 'رئيس دانشگاه' };
  s.discussion[0].points[0] = 'پوشش 80 درصد برنامه HIV/AIDS تا 1399/03/15 و گواهي ISO9001';
  s.resolutions[0].title = 'طرح ISO9001';
  s.resolutions[0].body = 'مقرر شد تا تاريخ 1399/02/12 گزارش سامانه v2.1 به 12 دستگاه ارسال شود.';
  s.resolutions[0].responsible = ['اداره كل بهزيستي ناحيه 2'];
  s.attendance[0].organization = 'اداره كل آموزش و پرورش ناحيه 1';
  s.signatories[0] = { name: 'علي اكبري', title: null };
  return doc;
}

describe('printed typography', () => {
  it('prints pasted Latin digits and Arabic letters in Persian, Latin words as typed, from Vazirmatn alone', async () => {
    const { sessionId } = imported(pasted('كارگروه سلامت و امنيت غذايي استان'));
    const file = await print(sessionId, 'typography');
    const text = squash(pdfFlowText(file));
    const title = 'صورتجلسه اولین جلسه کارگروه سلامت و امنیت غذایی استان قزوین در سال ۱۳۹۹';
    expect(text.indexOf(squash(title))).toBe(0);
    for (const line of [
      'مکان: سالن جلسات طبقه ۴ استانداری',
      'رئیس: اکرمی معاون سیاسی ۱',
      'ارائه گزارش سال ۹۸',
      '۱۶ جلسه و برنامه مقابله با',
      'دکتر رضایی رئیس دانشگاه',
      'پوشش ۸۰ درصد برنامه',
      '۱۳۹۹/۰۳/۱۵',
      'اداره کل آموزش و پرورش ناحیه ۱',
      'علی اکبری',
    ])
      expect(holds(text, line), line).toBe(true);
    for (const latin of ['COVID-19', 'HIV/AIDS', 'ISO9001', 'v2.1']) expect(text, latin).toContain(squash(latin));
    expect(text).not.toMatch(/[يك]/);
    expect(text.replace(/COVID19|ISO9001|v21/g, '')).not.toMatch(/[0-9]/);
    // No «دبیر:» standing alone: the session has no secretary.
    expect(pdfText(file, 1)).not.toMatch(/دبیر\s*:/);
    // Every glyph, the speaker mark included, from the shipped fonts.
    expect(pdfFonts(file)).toEqual([
      { name: expect.stringMatching(/\+Vazirmatn-Regular$/), embedded: true },
      { name: expect.stringMatching(/\+Vazirmatn-Bold$/), embedded: true },
    ]);
    const info = pdfInfo(file);
    expect(info).toMatchObject({ Title: title, Author: SECRETARIAT, Creator: 'دبیر' });
    expect(info.CreationDate).toMatch(new RegExp(String(new Date().getUTCFullYear())));
  });

  it('prints the text exactly as typed when the group says so', async () => {
    const { sessionId, workingGroupId } = imported(pasted('كارگروه آزمون چاپ همان‌گونه استان'));
    app.call('workingGroups.update', { id: workingGroupId, printAsTyped: true });
    const file = await print(sessionId, 'as-typed');
    const text = squash(pdfFlowText(file));
    for (const line of ['سالن جلسات طبقه 4 استانداري', 'اداره كل بهزيستي ناحيه 2', 'ارائه گزارش سال 98 - 16 جلسه'])
      expect(holds(text, line), line).toBe(true);
    expect(text).toMatch(/[يك]/);
    expect(pdfInfo(file).Title).toBe('صورتجلسه اولین جلسه كارگروه آزمون چاپ همان‌گونه استان قزوین در سال ۱۳۹۹');
  });
});

// The resolutions table on A4 with 14 mm margins: the row column rightmost, the body beside the title.
const rowColumn: Crop = { leftMm: 187.5, widthMm: 8 };
const bodyColumn: Crop = { leftMm: 69.5, widthMm: 95 };

describe('a very long resolution', () => {
  it('starts on the first page under the table header and runs on under the header repeated', async () => {
    const doc = fixture();
    doc.workingGroup.name = 'کارگروه آزمون مصوبه بلند';
    doc.session.discussion = doc.session.discussion.slice(0, 1);
    doc.session.discussion[0].points = doc.session.discussion[0].points.slice(0, 1);
    const sentence =
      'مقرر شد دستگاه‌های عضو گزارش اقدامات انجام شده در حوزه سلامت، آموزش و اشتغال را هر ماه به دبیرخانه ارسال کنند. ';
    const long = sentence.repeat(Math.ceil(10_000 / sentence.length)).slice(0, 10_000);
    doc.session.resolutions[0].body = long;
    const { sessionId } = imported(doc);
    const file = await print(sessionId, 'long-resolution');
    const pages = pdfPages(file);
    expect(pages).toBeGreaterThan(3);
    // Page 1 holds the header row and the start of row 1 — not an empty two thirds.
    const first = squash(pdfText(file, 1, bodyColumn));
    expect(first).toContain('مفاد');
    expect(first).toContain(squash(sentence.repeat(3)));
    expect(squash(pdfText(file, 1, rowColumn))).toContain('۱');
    // Every page the row runs on repeats the header; all its text is there, in order.
    for (let page = 2; page < pages; page++)
      if (squash(pdfText(file, page, bodyColumn)).includes(squash(sentence)))
        expect(squash(pdfText(file, page, rowColumn)), `header on page ${page}`).toContain('ردیف');
    expect(squash(pdfFlowText(file))).toContain(squash('غایبین در جلسه (۱۴ دستگاه)'));
  });
});
