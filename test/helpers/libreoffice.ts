// Office files checked as an office opens them: converted to PDF by LibreOffice headless
// (`soffice`, Debian libreoffice-writer-nogui and libreoffice-calc-nogui), then read with
// poppler (helpers/pdf.ts). Each call has its own LibreOffice profile, so runs in parallel
// never share one; one call converts several files with a single start-up.
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/**
 * Fontconfig as the machine has it, minus Vazirmatn: LibreOffice then lays the file out as on a
 * computer without Vazirmatn installed, whatever this one has (fonts a file embeds still count).
 */
const withoutVazirmatn = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <selectfont><rejectfont>
    <glob>*Vazir*</glob>
    <pattern><patelt name="family"><string>Vazirmatn</string></patelt></pattern>
    <pattern><patelt name="family"><string>Vazirmatn FD</string></patelt></pattern>
  </rejectfont></selectfont>
</fontconfig>
`;

/**
 * Converts each file with one LibreOffice start-up to `to` (an extension, or `ext:Filter Name` as
 * `--convert-to` takes it) in `outDir`; the files written, in the inputs' order, and the seconds it took.
 */
export async function libreOfficeConvert(
  files: string[],
  to: string,
  outDir: string,
): Promise<{ outputs: string[]; seconds: number }> {
  const profile = mkdtempSync(path.join(tmpdir(), 'dabir-soffice-'));
  const fontconfig = path.join(profile, 'fonts.conf');
  writeFileSync(fontconfig, withoutVazirmatn);
  const started = performance.now();
  try {
    await exec(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        to,
        '--outdir',
        outDir,
        ...files,
      ],
      { timeout: 60_000, env: { ...process.env, FONTCONFIG_FILE: fontconfig } },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const ext = to.split(':')[0]!;
  const outputs = files.map((f) => path.join(outDir, `${path.basename(f, path.extname(f))}.${ext}`));
  return { outputs, seconds: (performance.now() - started) / 1000 };
}

/** Converts each file to PDF in `outDir`; the PDFs in the files' order, and the seconds it took. */
export async function libreOfficePdf(files: string[], outDir: string): Promise<{ pdfs: string[]; seconds: number }> {
  const { outputs, seconds } = await libreOfficeConvert(files, 'pdf', outDir);
  return { pdfs: outputs, seconds };
}

/** Each page's width and height in points (A4 portrait: 595 × 842). */
export function pdfPageSizes(file: string): { width: number; height: number }[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', file], { encoding: 'utf8' });
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    width: Math.round(Number(m[1])),
    height: Math.round(Number(m[2])),
  }));
}

/** The PDF's Title in its document information, as pdfinfo reads it. */
export function pdfTitle(file: string): string {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return /^Title:\s+(.*)$/m.exec(info)?.[1]?.trim() ?? '';
}

/** Page images of a converted file for a person to look at: test-results/NAME-N.png. */
export function pageImages(pdf: string, name: string, dpi = 50): void {
  const dir = path.resolve(import.meta.dirname, '../../test-results');
  mkdirSync(dir, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), pdf, path.join(dir, name)]);
}
