// The corpus's files as other bodies send them (helpers/past-minutes-files.ts): pasted text with
// TABs, a Word .docx with real RTL tables that LibreOffice prints with every text, an RTL HTML page
// that LibreOffice turns into a .docx with its tables, and that .docx saved as a Word 97 .doc.
// Three LibreOffice start-ups for all the models at once.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { libreOfficeConvert, libreOfficePdf } from '../helpers/libreoffice';
import { pdfText, squash } from '../helpers/pdf';
import {
  convertWithLibreOffice,
  modelToDocx,
  modelToHtml,
  modelToText,
  sourceModel,
  variantNames,
  type SourceModel,
} from '../helpers/past-minutes-files';

const names = ['markazi-1399-01', ...variantNames()];
const file = (name: string) => name.replace('variants/', '');
const tables = (m: SourceModel) => m.blocks.flatMap((b) => ('table' in b ? [b.table] : []));
/** Every paragraph of the model, cells' included, that has text. */
const paragraphs = (m: SourceModel) =>
  m.blocks.flatMap((b) => ('table' in b ? b.table.flat(2) : [b.p])).filter((p) => p.trim() !== '');
/** The words of a text as a PDF's text layer gives them, whatever order bidi puts them in (tatweel apart: «2ـ»). */
const words = (s: string) =>
  s
    .split(/[\s\p{P}\p{S}\p{Cf}\u0640]+/u)
    .map(squash)
    .filter(Boolean);
const documentXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']!);

describe('past-minutes files', () => {
  let dir = '';
  const pdfs = new Map<string, string>();
  const fromHtml = new Map<string, string>();
  const docs = new Map<string, string>();

  beforeAll(async () => {
    // Its own folder: helpers/db removes its temporary folders after each test.
    dir = mkdtempSync(path.join(tmpdir(), 'dabir-past-minutes-'));
    const docxDir = path.join(dir, 'docx');
    const docDir = path.join(dir, 'doc');
    const docxFiles: string[] = [];
    const htmlFiles: string[] = [];
    for (const name of names) {
      const model = sourceModel(name);
      const docx = path.join(dir, `${file(name)}.docx`);
      writeFileSync(docx, await modelToDocx(model));
      docxFiles.push(docx);
      const html = path.join(dir, `${file(name)}.html`);
      writeFileSync(html, modelToHtml(model));
      htmlFiles.push(html);
    }
    const printed = await libreOfficePdf(docxFiles, path.join(dir, 'pdf'));
    names.forEach((n, i) => pdfs.set(n, printed.pdfs[i]!));
    const converted = await libreOfficeConvert(htmlFiles, 'docx:MS Word 2007 XML', docxDir);
    names.forEach((n, i) => fromHtml.set(n, converted.outputs[i]!));
    const old = await libreOfficeConvert(converted.outputs, 'doc:MS Word 97', docDir);
    names.forEach((n, i) => docs.set(n, old.outputs[i]!));
    console.log(
      `LibreOffice: ${names.length} models to PDF in ${printed.seconds.toFixed(1)} s, HTML to .docx in ${converted.seconds.toFixed(1)} s, .docx to .doc in ${old.seconds.toFixed(1)} s`,
    );
  }, 180_000);
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('pastes a table row as one line, cells joined by TAB and a cell’s paragraphs by a space', () => {
    const text = modelToText({
      blocks: [
        { p: 'مصوبات' },
        { table: [[['۱'], [], ['الف) یک', 'ب) دو'], ['- دبیرخانه', '- اعضا']]] },
        { p: 'پایان' },
      ],
    });
    expect(text).toBe('مصوبات\n۱\t\tالف) یک ب) دو\t- دبیرخانه - اعضا\nپایان\n');
  });

  it.each(names)(
    '%s: the .docx has RTL paragraphs and its real tables, a paragraph per cell paragraph',
    async (name) => {
      const model = sourceModel(name);
      const xml = documentXml(await modelToDocx(model));
      expect(xml.match(/<w:tbl>/g)?.length ?? 0).toBe(tables(model).length);
      expect(xml).toContain('<w:bidi/>');
      if (tables(model).length) expect(xml).toContain('<w:bidiVisual/>');
      const cells = tables(model).flat(2);
      const cellParagraphs = cells.reduce((n, c) => n + Math.max(c.length, 1), 0);
      const inTables = [...xml.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].reduce(
        (n, m) => n + (m[0].match(/<w:p>|<w:p /g)?.length ?? 0),
        0,
      );
      expect(inTables).toBe(cellParagraphs);
    },
  );

  it.each(names)('%s: LibreOffice prints the .docx with every word of every paragraph', (name) => {
    // Cells side by side and runs of digits break a paragraph's text apart: its words are checked.
    const printed = new Set(words(pdfText(pdfs.get(name)!)));
    const missing = paragraphs(sourceModel(name)).filter((p) => words(p).some((w) => !printed.has(w)));
    expect(missing).toEqual([]);
  });

  it.each(names)('%s: the HTML page is RTL, and LibreOffice makes a .docx of it with its tables', (name) => {
    const model = sourceModel(name);
    const html = modelToHtml(model);
    expect(html).toContain('<html dir="rtl" lang="fa">');
    expect(html.match(/<table/g)?.length ?? 0).toBe(tables(model).length);
    const bytes = readFileSync(fromHtml.get(name)!);
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    const xml = documentXml(bytes);
    expect(xml.match(/<w:tbl>/g)?.length ?? 0).toBe(tables(model).length);
    const text = squash(xml.replace(/<[^>]+>/g, ''));
    expect(paragraphs(model).filter((p) => !text.includes(squash(p)))).toEqual([]);
  });

  it.each(names)('%s: the .docx saved by LibreOffice as Word 97 is an OLE file', (name) => {
    const bytes = readFileSync(docs.get(name)!);
    expect([...bytes.subarray(0, 4)]).toEqual([0xd0, 0xcf, 0x11, 0xe0]);
  });

  it('converts one file at a time too, to .docx or .doc', async () => {
    const html = path.join(dir, 'one.html');
    writeFileSync(html, modelToHtml(sourceModel('variants/yazd-1402-05-header-table')));
    const docx = await convertWithLibreOffice(html, 'docx', path.join(dir, 'one'));
    expect(path.basename(docx)).toBe('one.docx');
    const doc = await convertWithLibreOffice(docx, 'doc', path.join(dir, 'one'));
    expect(path.basename(doc)).toBe('one.doc');
    expect([...readFileSync(doc).subarray(0, 4)]).toEqual([0xd0, 0xcf, 0x11, 0xe0]);
  }, 60_000);
});
