// Word's merged cells and numbered lists, as secretaries use them: one «مسئول پیگیری» shared by two resolutions (merged
// down), a «مفاد» spread over two columns (merged across). Read from a real .docx (the docx
// library writes Word's vMerge and gridSpan; mammoth gives rowspan and colspan) into the draft.
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { htmlToLines } from '../../../electron/core/past-minutes/html-lines';
import { exported, provinceDb, readPastMinutes } from '../../helpers/past-minutes-import';

const p = (text: string) =>
  new Paragraph({ bidirectional: true, children: [new TextRun({ text, rightToLeft: true })] });
const cell = (text: string, o: { rowSpan?: number; columnSpan?: number } = {}) =>
  new TableCell({ children: [p(text)], ...o });

async function minutes(): Promise<Buffer> {
  const header = new TableRow({
    tableHeader: true,
    children: ['ردیف', 'مفاد', 'ملاحظات', 'مهلت اقدام', 'مسئول پیگیری'].map((t) => cell(t)),
  });
  const rows = [
    new TableRow({
      children: [cell('۱'), cell('مقرر شد گزارش طرح ارائه شود.'), cell(''), cell('۱۰ روز'), cell('دبیرخانه کارگروه')],
    }),
    new TableRow({
      children: [
        cell('۲'),
        cell('مقرر شد سایت دستگاه‌ها به‌روز شود.', { columnSpan: 2 }),
        cell('مستمر'),
        cell('دستگاه های عضو کارگروه', { rowSpan: 2 }),
      ],
    }),
    new TableRow({ children: [cell('۳'), cell('مقرر شد اعتبارات هزینه شود.'), cell('با هماهنگی'), cell('یکماه')] }),
  ];
  const doc = new Document({
    sections: [
      {
        children: [
          p('صورتجلسه دومین جلسه کارگروه اشتغال استان مرکزی در سال ۱۴۰۱'),
          p('تاریخ جلسه: ۱۴۰۱/۰۲/۱۰'),
          p('مصوبات'),
          new Table({ visuallyRightToLeft: true, rows: [header, ...rows] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

describe('merged cells in a Word table', () => {
  it('lay out on the grid: a cell merged down is in each of its rows, one merged across takes its first column', () => {
    const lines = htmlToLines(
      '<table><tr><td>۱</td><td rowspan="2"><p>الف</p><p>ب</p></td><td>x</td></tr><tr><td>۲</td><td>y</td></tr>' +
        '<tr><td colspan="2">z</td><td>w</td></tr></table>',
    );
    expect(lines.map((l) => l.cells)).toEqual([
      [['۱'], ['الف', 'ب'], ['x']],
      [['۲'], ['الف', 'ب'], ['y']],
      [['z'], [], ['w']],
    ]);
  });

  it('keep each resolution’s deadline and responsible bodies in their columns', async () => {
    const db = provinceDb();
    const r = await readPastMinutes(db, 'ادغام.docx', await minutes());
    if (!r.ok) throw new Error(r.error.message);
    const s = (await exported(db, r.value.sessionId)).session;
    expect(s.resolutions.map((x) => [x.row, x.body, x.deadline, x.responsible])).toEqual([
      [1, 'مقرر شد گزارش طرح ارائه شود.', { kind: 'days', value: 10 }, ['دبیرخانه کارگروه']],
      [2, 'مقرر شد سایت دستگاه‌ها به‌روز شود.', { kind: 'continuous' }, ['دستگاه های عضو کارگروه']],
      [3, 'مقرر شد اعتبارات هزینه شود.', { kind: 'months', value: 1 }, ['دستگاه های عضو کارگروه']],
    ]);
  });
});

describe('Word’s own numbering', () => {
  it('reads numbered resolutions with their lettered clauses as one resolution each', async () => {
    const level = (l: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({
      level: l,
      format,
      text,
      alignment: AlignmentType.START,
    });
    const numbered = (text: string, l: number) =>
      new Paragraph({
        bidirectional: true,
        numbering: { reference: 'minutes', level: l },
        children: [new TextRun({ text, rightToLeft: true })],
      });
    const doc = new Document({
      numbering: {
        config: [
          {
            reference: 'minutes',
            levels: [level(0, LevelFormat.DECIMAL, '%1-'), level(1, LevelFormat.LOWER_LETTER, '%2)')],
          },
        ],
      },
      sections: [
        {
          children: [
            p('صورتجلسه سومین جلسه کارگروه اشتغال استان مرکزی در سال ۱۴۰۱'),
            p('تاریخ جلسه: ۱۴۰۱/۰۳/۱۰'),
            p('مصوبات:'),
            numbered('مقرر شد دستگاه‌ها اقدام نمایند:', 0),
            numbered('اداره کل بهزیستی گزارش دهد.', 1),
            numbered('شهرداری اراک همکاری کند.', 1),
            numbered('مقرر شد اعتبارات ظرف ۱۰ روز هزینه شود.', 0),
          ],
        },
      ],
    });
    const db = provinceDb();
    const r = await readPastMinutes(db, 'شماره‌دار.docx', await Packer.toBuffer(doc));
    if (!r.ok) throw new Error(r.error.message);
    const s = (await exported(db, r.value.sessionId)).session;
    expect(s.resolutions.map((x) => [x.row, x.body])).toEqual([
      [1, 'مقرر شد دستگاه‌ها اقدام نمایند:\nالف) اداره کل بهزیستی گزارش دهد.\nب) شهرداری اراک همکاری کند.'],
      [2, 'مقرر شد اعتبارات ظرف ۱۰ روز هزینه شود.'],
    ]);
    expect(s.resolutions[1]!.deadline).toEqual({ kind: 'days', value: 10 });
  });
});
