// Minutes as other bodies write them (test/fixtures/minutes/variants/), end to end with the
// command line a secretariat would use: each imports, exports back as it was, prints with
// Chromium to a PDF that holds all of it in Persian typography and only the shipped fonts, and
// its Word copy opens in LibreOffice with the same text. Page images go to test-results/.
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { persianTypography } from '../../electron/contract/print-typography';
import { run, type Io } from '../../electron/core/cli/index';
import { faPrint as t } from '../../renderer/src/i18n/fa-print';
import { screenshots } from '../helpers/app';
import { tempDir } from '../helpers/db';
import { libreOfficePdf, pageImages } from '../helpers/libreoffice';
import { pdfFlowText, pdfFonts, pdfPages, pdfText, squash } from '../helpers/pdf';

const variants = path.resolve(import.meta.dirname, '../fixtures/minutes/variants');

/** Letters only, in order: pdftotext moves numbers and neutrals around inside right-to-left lines. */
const letters = (s: string) => squash(s).replace(/[0-9۰-۹]/g, '');

/**
 * The words and numbers of a text, as a set: a table's cells share lines in pdftotext's reading
 * order, and it moves marks and numbers about inside right-to-left lines, so a long body is
 * checked word by word (every word and number printed), not as one run. Letters and digits apart,
 * half-spaces dropped, spelled as `squash` spells them.
 */
const words = (s: string) =>
  new Set((s.replace(/\u200c/g, '').match(/[\p{L}\p{M}]+|[0-9۰-۹]+/gu) ?? []).map(squash).filter((w) => w.length > 1));
const missing = (text: string, inPdf: Set<string>) => [...words(text)].filter((w) => !inPdf.has(w));

async function dabir(...args: string[]): Promise<string> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l) };
  const code = await run(args, io);
  expect(code, err.join('\n')).toBe(0);
  return out.join('\n');
}

interface Doc {
  workingGroup: { name: string; province: string };
  session: {
    year: number;
    number: number;
    agenda: string[];
    resolutions: { row: number; title: string | null; body: string; deadline?: unknown; responsible: string[] }[];
    signatories: { name: string; title: string | null }[];
    attendance: { organization: string }[];
    [key: string]: unknown;
  };
}

/** What `dabir export` adds to a document it was given: ids and computed due dates. */
function withoutAdded(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutAdded);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !['id', 'dueDate', 'status'].includes(k))
        .map(([k, v]) => [k, withoutAdded(v)]),
    );
  return value;
}

let dir: string;
beforeAll(() => {
  dir = tempDir();
  mkdirSync(screenshots, { recursive: true });
});

describe('real minutes of other bodies, end to end', () => {
  const files = readdirSync(variants).filter((f) => f.endsWith('.json'));

  it('has the variants the issue asks for', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'qazvin-1402-05-no-deadlines.json',
        'arak-council-1401-23.json',
        'markazi-1403-07-long-resolution.json',
      ]),
    );
  });

  for (const file of files) {
    it(`${file}: imports, exports as it was, prints and opens in LibreOffice with all its text`, async () => {
      const source = readFileSync(path.join(variants, file), 'utf8');
      const doc = JSON.parse(source) as Doc;
      const name = path.basename(file, '.json');
      const db = path.join(dir, `${name}.sqlite`);
      const ref = `${doc.session.year}/${doc.session.number}`;
      await dabir('import', path.join(variants, file), '--db', db);

      // Export gives the document back; a deadline left out comes back as null.
      const exported = JSON.parse(await dabir('export', ref, '--db', db)) as Doc;
      const expected = structuredClone(doc);
      for (const r of expected.session.resolutions) r.deadline ??= null;
      expect(withoutAdded(exported)).toEqual(withoutAdded(expected));

      // The PDF: every agenda item, resolution and signatory, set in Persian typography.
      const pdf = path.join(dir, `${name}.pdf`);
      await dabir('print', ref, '--db', db, '--out', pdf);
      pageImages(pdf, `variant-${name}`);
      const flow = pdfFlowText(pdf);
      const printed = squash(flow);
      const inPdf = words(flow);
      const shown = (s: string) => squash(persianTypography(s));
      // Lines outside the table read in order; every word of every resolution is there.
      for (const item of doc.session.agenda) expect(letters(printed)).toContain(letters(shown(item)));
      for (const r of doc.session.resolutions) expect(missing(persianTypography(r.body), inPdf)).toEqual([]);
      for (const s of doc.session.signatories) expect(printed).toContain(shown(s.name));
      // Typed Arabic letters print as Persian ones; the text stays stored as typed (the export above).
      expect(pdfFlowText(pdf)).not.toMatch(/[يك]/);
      expect(pdfFonts(pdf).every((f) => f.name.includes('Vazirmatn') && f.embedded)).toBe(true);
      // The first page carries the table's start, however long its first resolution.
      expect(letters(pdfText(pdf, 1))).toContain(letters('مصوبات'));
      // The signatures are never alone on their page: an attendance line (its heading) is with them.
      const signer = shown(doc.session.signatories[0]!.name);
      const pages = Array.from({ length: pdfPages(pdf) }, (_, i) => squash(pdfText(pdf, i + 1)));
      const signed = pages.findLast((p) => p.includes(signer))!;
      const headings = [t.present, t.representatives, t.absent(''), t.guests].map((h) => letters(h));
      expect(headings.some((h) => letters(signed).includes(h))).toBe(true);

      // The Word copy, from the command line, as LibreOffice opens it on a PC without Vazirmatn.
      const docx = path.join(dir, `${name}.docx`);
      await dabir('print', ref, '--db', db, '--out', docx);
      const { pdfs } = await libreOfficePdf([docx], path.join(dir, 'lo'));
      const office = pdfs[0]!;
      pageImages(office, `variant-${name}-word`);
      const officeText = Array.from({ length: pdfPages(office) }, (_, i) => pdfText(office, i + 1)).join('\n');
      const inWord = words(officeText);
      for (const item of doc.session.agenda) expect(missing(persianTypography(item), inWord)).toEqual([]);
      for (const r of doc.session.resolutions) expect(missing(persianTypography(r.body), inWord)).toEqual([]);
      expect(officeText).not.toMatch(/[يك]/);
    });
  }

  it('prints a group named «… استان» with its province once, and no deadline as an empty cell', async () => {
    const db = path.join(dir, 'qazvin-1402-05-no-deadlines.sqlite');
    const pdf = path.join(dir, 'qazvin-1402-05-no-deadlines.pdf');
    const first = pdfText(pdf, 1);
    expect(squash(first)).toContain(squash('کارگروه سلامت و امنیت غذایی استان قزوین'));
    expect(squash(first)).not.toContain(squash('استان استان'));
    // Latin words keep their digits; Persian text gets Persian ones.
    const all = pdfFlowText(pdf);
    expect(all).toContain('COVID-19');
    expect(all).toContain('HIV/AIDS');
    for (const year of ['۱۴۰۰', '۱۴۰۴', '۱۴۰۲']) expect(squash(all)).toContain(year);
    for (const year of ['1400', '1404']) expect(all).not.toContain(year);
    // No deadline: its cell is empty (no kind's word printed).
    for (const word of ['مستمر', 'فوری']) expect(all).not.toContain(word);
    const exported = JSON.parse(await dabir('export', '1402/5', '--db', db)) as Doc;
    expect(exported.session.resolutions.map((r) => r.deadline)).toEqual([null, null, null]);
  });
});
