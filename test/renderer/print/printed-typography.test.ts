// What the printed sheet and the Word copy make of text pasted with Latin digits and Arabic letters:
// Persian typography on paper (Latin words kept), the stored text unchanged, and the group's
// «print as typed» setting; header fields without a value left out; long titles and bodies laid out.
import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MinutesSheet, titleWidth } from '../../../renderer/src/print/MinutesSheet';
import { minutesDocx } from '../../../renderer/src/print/minutes-docx';
import { docxFonts } from '../../../electron/core/cli/print-docx';
import { api, createDb } from '../../helpers/db';
import { fixture } from '../../helpers/fixtures';

/** The fixture with Latin digits and Arabic ي/ك pasted into every kind of field. */
function pasted() {
  const doc = fixture();
  doc.workingGroup.name = 'كارگروه سلامت و امنیت غذایی استان';
  doc.workingGroup.province = 'قزوین';
  const s = doc.session;
  s.location = 'سالن 4 استانداري';
  s.chair = { name: 'اکرمي', title: 'معاون 1' };
  s.secretary = null;
  s.agenda[0] = 'گزارش سال 98 - 16 جلسه و برنامه COVID-19';
  s.discussion[0].speaker = { name: 'دكتر رضايي', title: 'رئیس دانشگاه' };
  s.discussion[0].points[0] = 'پوشش 80 درصد واکسن HIV/AIDS 2 تا 1399/03/15';
  s.resolutions[0].title = 'طرح ISO9001';
  s.resolutions[0].body = 'مقرر شد تا تاريخ 1399/02/12 گزارش نسخه v2.1 سامانه به 12 دستگاه ارسال شود.';
  s.resolutions[0].responsible = ['اداره كل بهزيستي 2'];
  s.attendance[0].organization = 'اداره كل آموزش و پرورش ناحيه 1';
  s.signatories[0] = { name: 'علي 3', title: null };
  return doc;
}

function printable(asTyped: boolean) {
  const db = createDb();
  const { call } = api(db);
  const { sessionId, workingGroupId } = call('minutes.import', { document: pasted() });
  if (asTyped) call('workingGroups.update', { id: workingGroupId, printAsTyped: true });
  return { p: call('minutes.printable', { sessionId }), call, sessionId };
}

const sheetText = (p: ReturnType<typeof printable>['p']) =>
  renderToStaticMarkup(createElement(MinutesSheet, { minutes: p }))
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');

async function wordText(p: ReturnType<typeof printable>['p']): Promise<string> {
  const files = unzipSync(new Uint8Array(await Packer.toBuffer(minutesDocx(p, docxFonts()))));
  return [...strFromU8(files['word/document.xml']!).matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1]!)
    .join('');
}

const typeset = [
  'صورتجلسه اولین جلسه کارگروه سلامت و امنیت غذایی استان قزوین در سال ۱۳۹۹',
  'سالن ۴ استانداری',
  'اکرمی معاون ۱',
  'گزارش سال ۹۸ - ۱۶ جلسه و برنامه COVID-19',
  'دکتر رضایی رئیس دانشگاه',
  'پوشش ۸۰ درصد واکسن HIV/AIDS 2 تا ۱۳۹۹/۰۳/۱۵',
  'طرح ISO9001',
  'مقرر شد تا تاریخ ۱۳۹۹/۰۲/۱۲ گزارش نسخه v2.1 سامانه به ۱۲ دستگاه ارسال شود.',
  'اداره کل بهزیستی ۲',
  'اداره کل آموزش و پرورش ناحیه ۱',
  'علی ۳',
];

describe('printed typography', () => {
  it('prints Persian digits and ی/ک on the sheet and in the Word copy; Latin words keep their digits', async () => {
    const { p, call, sessionId } = printable(false);
    expect(p.printAsTyped).toBe(false);
    const sheet = sheetText(p);
    const word = await wordText(p);
    for (const line of typeset) {
      expect(sheet).toContain(line);
      expect(word).toContain(line);
    }
    expect(sheet).not.toMatch(/[يك]/);
    expect(word).not.toMatch(/[يك]/);
    // What is stored stays as typed.
    const stored = call('minutes.export', { sessionId }).session;
    expect(stored.resolutions[0]!.body).toBe(pasted().session.resolutions[0].body);
    expect(stored.location).toBe('سالن 4 استانداري');
  });

  it('prints the text exactly as typed when the group says so', async () => {
    const { p } = printable(true);
    expect(p.printAsTyped).toBe(true);
    const sheet = sheetText(p);
    const word = await wordText(p);
    for (const text of [
      'كارگروه سلامت و امنیت غذایی استان قزوین در سال ۱۳۹۹',
      'سالن 4 استانداري',
      'مقرر شد تا تاريخ 1399/02/12 گزارش نسخه v2.1 سامانه به 12 دستگاه ارسال شود.',
      'اداره كل بهزيستي 2',
    ]) {
      expect(sheet).toContain(text);
      expect(word).toContain(text);
    }
  });

  it('leaves out header fields that have no value', async () => {
    const { p } = printable(false);
    const sheet = sheetText(p);
    expect(sheet).toContain('رئیس:');
    expect(sheet).not.toContain('دبیر:');
    expect(await wordText(p)).not.toContain('دبیر:');
    p.document.session.chair = { name: '  ', title: null };
    p.document.session.location = ' ';
    expect(sheetText(p)).not.toMatch(/رئیس:|مکان:/);
  });

  it('draws the speaker mark instead of a character the shipped font lacks', () => {
    const { p } = printable(false);
    const markup = renderToStaticMarkup(createElement(MinutesSheet, { minutes: p }));
    expect(markup).not.toContain('✳');
    expect(markup).toContain('class="speaker-mark"');
  });

  it('widens the title column for long titles and lets a very long body break', () => {
    expect(titleWidth([null, 'کارگروه'])).toBe('narrow');
    expect(titleWidth(['ساماندهی کودکان کار و خیابان در شهرستان‌ها'])).toBe('wide');
    expect(titleWidth([null, 'الف'.repeat(40)])).toBe('widest');
    const { p } = printable(false);
    p.document.session.resolutions[1]!.body = 'مقرر شد '.repeat(1200);
    const markup = renderToStaticMarkup(createElement(MinutesSheet, { minutes: p }));
    expect(markup.match(/class="may-break"/g)).toHaveLength(1);
    expect(markup).toContain('data-titles="narrow"');
  });
});
