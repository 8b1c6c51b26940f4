// Each report's workbook as an office prints it: opened by LibreOffice headless and printed to
// PDF (one start-up for the three), then read with poppler: A4, every column on one page across,
// the heading row on every page of a long sheet, landscape where the columns are wide.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attendanceColumns, responsibleColumns } from '../../../electron/contract/report-labels';
import { reportWorkbook, type ReportData } from '../../../electron/core/reports/xlsx';
import { api, createDb } from '../../helpers/db';
import { libreOfficePdf, pageImages, pdfPageSizes } from '../../helpers/libreoffice';
import { pdfPages, pdfText, squash } from '../../helpers/pdf';
import { generateProvince } from '../../helpers/province';

const A4 = { portrait: { width: 595, height: 842 }, landscape: { width: 842, height: 595 } };

describe('Excel reports in LibreOffice', () => {
  const pdfs: Partial<Record<ReportData['kind'], string>> = {};
  let organizations: string[] = [];

  let dir = '';
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    const db = createDb();
    // One working group's year with 60 member organisations: the attendance sheet runs to pages.
    generateProvince(db, 'مرکزی', {
      years: 1,
      groups: 1,
      sessionsPerYear: 12,
      resolutionsPerSession: 8,
      attendancePerSession: 60,
      followUpsPerResolution: 0,
    });
    const { call } = api(db);
    const group = call('workingGroups.list', {})[0]!;
    const year = call('sessions.list', { workingGroupId: group.id })[0]!.year;
    const input = { workingGroupId: group.id, year };
    const reports: ReportData[] = [
      { kind: 'annual', data: call('reports.annual', input) },
      { kind: 'attendance', data: call('reports.attendance', input) },
      { kind: 'responsible', data: call('reports.responsible', input) },
    ];
    organizations = (reports[1]!.data as { organization: string }[]).map((r) => r.organization);
    dir = mkdtempSync(path.join(tmpdir(), 'dabir-xlsx-'));
    const files = await Promise.all(
      reports.map(async (r) => {
        const file = path.join(dir, `${r.kind}.xlsx`);
        writeFileSync(file, await reportWorkbook(r));
        return file;
      }),
    );
    const converted = await libreOfficePdf(files, dir);
    reports.forEach((r, i) => {
      pdfs[r.kind] = converted.pdfs[i]!;
      pageImages(converted.pdfs[i]!, `xlsx-${r.kind}`);
    });
    console.log(
      `LibreOffice: three workbooks to PDF in ${converted.seconds.toFixed(1)} s; pages: ${reports.map((r) => `${r.kind} ${pdfPages(pdfs[r.kind]!)}`).join(', ')}; ${organizations.length} organisations`,
    );
  }, 120_000);

  it('prints the annual report on one portrait A4 page, labels beside their values', () => {
    const pdf = pdfs.annual!;
    expect(pdfPageSizes(pdf)).toEqual([A4.portrait]);
    const text = squash(pdfText(pdf));
    for (const label of ['کارگروه', 'سال', 'جلسات برگزارشده', 'گذشته از مهلت']) expect(text).toContain(squash(label));
  });

  it('prints the attendance sheet landscape on A4, all columns on each page, the heading row on each page', () => {
    const pdf = pdfs.attendance!;
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pdfPageSizes(pdf)).toEqual(Array.from({ length: pages }, () => A4.landscape));
    for (let n = 1; n <= pages; n++) {
      const text = squash(pdfText(pdf, n));
      for (const [, header] of attendanceColumns) expect(text).toContain(squash(header));
    }
    // Every row printed: each organisation (by its words: pdftotext moves digit runs about) and its rate.
    const all = pdfText(pdf);
    const words = (t: string) => squash(t).replace(/[0-9]/g, '');
    for (const name of organizations) expect(words(all)).toContain(words(name));
    expect(all.match(/\d+%/g)).toHaveLength(organizations.length);
  });

  it('prints the responsible sheet landscape on A4 with every column on its pages', () => {
    const pdf = pdfs.responsible!;
    const pages = pdfPages(pdf);
    expect(pdfPageSizes(pdf)).toEqual(Array.from({ length: pages }, () => A4.landscape));
    for (let n = 1; n <= pages; n++) {
      const text = squash(pdfText(pdf, n));
      for (const [, header] of responsibleColumns) expect(text).toContain(squash(header));
    }
  });
});
