// Past minutes as other bodies' files: a source model (paragraphs and real tables) read from
// test/fixtures/past-minutes, written out as pasted text, Word .docx, RTL HTML, and through
// LibreOffice as .docx or .doc; and the dabir.minutes/1 document a secretary would type from it.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { libreOfficeConvert } from './libreoffice';

/** One paragraph, or a table: rows → cells → the paragraphs of each cell. */
export type Block = { p: string } | { table: string[][][] };
export interface SourceModel {
  blocks: Block[];
}

export const pastMinutesDir = path.resolve(import.meta.dirname, '../fixtures/past-minutes');

/** `'markazi-1399-01'`, `'variants/<name>'`, `'held-out/<name>'`, `'unseen/<name>'`, `'final/<name>'` or `'final2/<name>'`. */
export function sourceModel(name: string): SourceModel {
  return JSON.parse(readFileSync(path.join(pastMinutesDir, `${name}.source.json`), 'utf8')) as SourceModel;
}

/** The document a careful secretary types from the source; the seed's twin for markazi-1399-01. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a fixture, checked by minutes.import in its test
export function expectedMinutes(name: string): any {
  const own = path.join(pastMinutesDir, `${name}.expected.json`);
  const file = existsSync(own) ? own : path.resolve(pastMinutesDir, '../minutes', `${path.basename(name)}.json`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** The variants' names, as `sourceModel` takes them. */
export function variantNames(): string[] {
  return readdirSync(path.join(pastMinutesDir, 'variants'))
    .filter((f) => f.endsWith('.source.json'))
    .map((f) => `variants/${f.slice(0, -'.source.json'.length)}`)
    .sort();
}

/** The held-out set's names (test/fixtures/past-minutes/held-out), as `sourceModel` takes them: kept out of
 *  the recogniser's tuning, to report its score on documents it has not seen. */
export function heldOutNames(): string[] {
  const dir = path.join(pastMinutesDir, 'held-out');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.source.json'))
    .map((f) => `held-out/${f.slice(0, -'.source.json'.length)}`)
    .sort();
}

/** The unseen set's names (test/fixtures/past-minutes/unseen), as `sourceModel` takes them: written after the
 *  held-out set was looked at, never shown to the recogniser's author, to report its score on new documents. */
export function unseenNames(): string[] {
  const dir = path.join(pastMinutesDir, 'unseen');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.source.json'))
    .map((f) => `unseen/${f.slice(0, -'.source.json'.length)}`)
    .sort();
}

/** The final unseen set's names (test/fixtures/past-minutes/final), as `sourceModel` takes them: written after
 *  the unseen set was looked at, never shown to the recogniser's author, to report its score on new documents. */
export function finalNames(): string[] {
  const dir = path.join(pastMinutesDir, 'final');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.source.json'))
    .map((f) => `final/${f.slice(0, -'.source.json'.length)}`)
    .sort();
}

/** The second final unseen set's names (test/fixtures/past-minutes/final2), as `sourceModel` takes them: written
 *  after the final set, apart from the recogniser and never shown to its author, to report its score on new documents. */
export function final2Names(): string[] {
  const dir = path.join(pastMinutesDir, 'final2');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.source.json'))
    .map((f) => `final2/${f.slice(0, -'.source.json'.length)}`)
    .sort();
}

const isTable = (b: Block): b is { table: string[][][] } => 'table' in b;

/** As pasted from Word: a paragraph a line; a table row a line, cells joined by TAB, a cell's paragraphs by a space. */
export function modelToText(model: SourceModel): string {
  const lines = model.blocks.flatMap((b) =>
    isTable(b) ? b.table.map((row) => row.map((cell) => cell.join(' ')).join('\t')) : [b.p],
  );
  return `${lines.join('\n')}\n`;
}

const persian = { bidirectional: 'fa-IR', value: 'fa-IR' };
/** Latin text in Times New Roman and Persian in B Nazanin, as most secretariats type. */
const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'Times New Roman', cs: 'B Nazanin' };
const run = (text: string, bold = false) =>
  new TextRun({ text, bold, boldComplexScript: bold, rightToLeft: true, font: FONT, language: persian });
/** A paragraph in its own runs as Word keeps them: a short label before «:» in bold («تاریخ جلسه:»), then the rest. */
const paragraph = (text: string) => {
  const label = /^([^:\t]{1,25}:)(.*)$/su.exec(text);
  return new Paragraph({
    bidirectional: true,
    alignment: AlignmentType.START,
    children: label && label[2] ? [run(label[1]!, true), run(label[2])] : [run(text)],
  });
};
const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function table(rows: string[][][]): Table {
  return new Table({
    visuallyRightToLeft: true,
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (row) =>
        new TableRow({
          children: row.map(
            (cell) =>
              new TableCell({
                // A Word cell holds at least one paragraph.
                children: (cell.length ? cell : ['']).map(paragraph),
                borders: { top: border, bottom: border, left: border, right: border },
              }),
          ),
        }),
    ),
  });
}

/** A Word file as a secretary's: RTL paragraphs, real tables with one paragraph per cell paragraph. */
export async function modelToDocx(model: SourceModel): Promise<Buffer> {
  const children = model.blocks.map((b) => (isTable(b) ? table(b.table) : paragraph(b.p)));
  // Word needs a paragraph after a table at the end of the body.
  if (model.blocks.at(-1) && isTable(model.blocks.at(-1)!)) children.push(paragraph(''));
  return Packer.toBuffer(new Document({ sections: [{ properties: {}, children }] }));
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A simple RTL page for LibreOffice to convert: `<p>`s and real tables, a `<p>` per cell paragraph. */
export function modelToHtml(model: SourceModel): string {
  const body = model.blocks.map((b) =>
    isTable(b)
      ? `<table border="1">\n${b.table
          .map(
            (row) =>
              `<tr>${row.map((cell) => `<td>${cell.map((p) => `<p>${escape(p)}</p>`).join('')}</td>`).join('')}</tr>`,
          )
          .join('\n')}\n</table>`
      : `<p>${escape(b.p)}</p>`,
  );
  return `<!DOCTYPE html>\n<html dir="rtl" lang="fa">\n<head><meta charset="utf-8"><title>صورتجلسه</title></head>\n<body>\n${body.join('\n')}\n</body>\n</html>\n`;
}

/** `input` converted by LibreOffice (its own profile) to .docx or Word 97 .doc in `outDir`; the file written. */
export async function convertWithLibreOffice(input: string, to: 'docx' | 'doc', outDir: string): Promise<string> {
  const filter = to === 'doc' ? 'doc:MS Word 97' : 'docx:MS Word 2007 XML';
  const { outputs } = await libreOfficeConvert([input], filter, outDir);
  const out = outputs[0]!;
  if (!existsSync(out)) throw new Error(`LibreOffice wrote no ${to} for ${input}`);
  return out;
}
