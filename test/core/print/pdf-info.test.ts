// The PDF's document information filled in after printing: read back by poppler's pdfinfo, the
// printed bytes kept as they were before the appended update.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { setPdfInfo } from '../../../electron/core/print/pdf-info';
import { tempDir } from '../../helpers/db';

/** A one-page PDF as Chromium's Skia writes them: a classic cross-reference table, Info first. */
function minimalPdf(info: string | null): Uint8Array {
  const objects = [
    ...(info === null ? [] : [info]),
    '<</Type /Catalog /Pages PAGES 0 R>>',
    '<</Type /Pages /Kids [PAGE 0 R] /Count 1>>',
    '<</Type /Page /Parent PAGES 0 R /MediaBox [0 0 595 842]>>',
  ];
  const first = info === null ? 1 : 2;
  const ids = { CATALOG: first, PAGES: first + 1, PAGE: first + 2 };
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o.replace(/PAGES|PAGE/g, (k) => String(ids[k as 'PAGES' | 'PAGE']))}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<</Size ${objects.length + 1}\n/Root ${ids.CATALOG} 0 R${info === null ? '' : '\n/Info 1 0 R'}>>\nstartxref\n${xref}\n%%EOF`;
  return Buffer.from(out, 'latin1');
}

function pdfinfo(bytes: Uint8Array): Record<string, string> {
  const file = path.join(tempDir(), 'info.pdf');
  writeFileSync(file, bytes);
  const text = execFileSync('pdfinfo', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return Object.fromEntries(text.split('\n').map((l) => /^([^:]+):\s*(.*)$/.exec(l)?.slice(1, 3) ?? ['', '']));
}

const title = '<FEFF063506480631062A>';
const chromiumInfo = `<</Title ${title}\n/Creator (Mozilla/5.0 \\(X11; Linux x86_64\\) HeadlessChrome)\n/Producer (Skia/PDF m156)\n/CreationDate (D:20261201130959+00'00')>>`;

describe('setPdfInfo', () => {
  it('adds the author and creator, keeping the title, producer and dates Chromium wrote', () => {
    const before = minimalPdf(chromiumInfo);
    const after = setPdfInfo(before, { Author: 'دبیرخانه کارگروه‌های استانداری قزوین', Creator: 'دبیر' });
    expect(Buffer.from(after.subarray(0, before.byteLength)).equals(Buffer.from(before))).toBe(true);
    const info = pdfinfo(after);
    expect(info).toMatchObject({
      Author: 'دبیرخانه کارگروه‌های استانداری قزوین',
      Creator: 'دبیر',
      Producer: 'Skia/PDF m156',
      Pages: '1',
    });
    expect(info.Title).toBe(pdfinfo(before).Title);
    expect(info.CreationDate).toMatch(/2026/);
  });

  it('gives a PDF without an Info dictionary a new one', () => {
    const info = pdfinfo(setPdfInfo(minimalPdf(null), { Author: 'ستاد' }));
    expect(info).toMatchObject({ Author: 'ستاد', Pages: '1' });
  });

  it('applies twice as a second update on the first', () => {
    const twice = setPdfInfo(setPdfInfo(minimalPdf(chromiumInfo), { Author: 'الف', Creator: 'دبیر' }), {
      Author: 'ب',
    });
    expect(pdfinfo(twice)).toMatchObject({ Author: 'ب', Creator: 'دبیر', Producer: 'Skia/PDF m156' });
  });

  it('leaves a file it cannot read as Chromium writes them unchanged', () => {
    const odd = Buffer.from('%PDF-1.7\n% a cross-reference stream only\n%%EOF', 'latin1');
    expect(setPdfInfo(odd, { Author: 'x' })).toBe(odd);
  });
});
