// `dabir report annual|attendance|responsible --year Y [--group NAME] [--xlsx FILE]` and
// `dabir search QUERY`: the same services as the app's reports and search box.
import { writeFileSync } from 'node:fs';
import type { SearchResult } from '../../contract';
import { normalizeForSearch, toLatinDigits, toPersianDigits } from '../../contract/persian-text';
import type { Db } from '../db/open';
import { all, sql } from '../db/sql';
import { DabirError } from '../errors';
import { annualLabels, attendanceColumns, responsibleColumns, type ReportKind } from '../../contract/report-labels';
import { writeWorkbook } from '../reports/lazy-xlsx';
import type { ReportData } from '../reports/xlsx';
import { originOf } from '../services/store';
import { asOf } from '../services/typed-values';
import { nationalMatrix } from '../services/national-matrix';
import { isHeadquarters } from '../db/installation';
import { provinceSummaryColumns } from '../../contract/national-labels';
import { annualReport, attendanceReport, responsibleReport } from '../services/reports';
import { search } from '../services/search';
import { provinceKey } from '../domain/provinces';
import type { Io } from './index';

export const reportKinds: readonly ReportKind[] = ['annual', 'attendance', 'responsible'];

/** The working group named (ي/ك and half-spaces aside), or the only one there is. */
export function resolveGroup(db: Db, name: string | undefined): { id: string; name: string } {
  const every = all<{ id: string; name: string; name_key: string; own: number }>(
    db,
    sql`SELECT id, name, name_key, origin = ${originOf(db)} AS own FROM working_group`,
  );
  // Left unnamed, the group is one of this secretariat's own (a province also holds headquarters' national one).
  const groups = name === undefined ? every.filter((g) => g.own === 1) : every;
  if (groups.length === 0) throw new DabirError('not_found', 'هنوز کارگروهی ثبت نشده است');
  if (name === undefined) {
    if (groups.length === 1) return groups[0]!;
    throw new DabirError(
      'invalid_input',
      `چند کارگروه هست؛ با --group یکی را نام ببرید: ${groups.map((g) => g.name).join('، ')}`,
    );
  }
  const found = groups.find((g) => g.name_key === normalizeForSearch(name));
  if (!found) throw new DabirError('not_found', `کارگروه «${name}» پیدا نشد`);
  return found;
}

export function parseYear(value: string | undefined): number {
  const year = Number(toLatinDigits(value ?? ''));
  if (!Number.isInteger(year) || year < 1300 || year > 1600)
    throw new DabirError(
      'invalid_input',
      `سال را با --year و چهاررقمی شمسی بدهید (مثل 1399)${value ? `؛ «${value}» سال نیست` : ''}`,
    );
  return year;
}

function cell(v: unknown, rate: boolean): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'number') return rate ? `${toPersianDigits(Math.round(v * 100))}٪` : toPersianDigits(v);
  return typeof v === 'string' ? v : JSON.stringify(v);
}

function printTable<T>(io: Io, columns: [keyof T, string][], rows: readonly T[], rates: (keyof T)[]): void {
  const text = [columns.map(([, h]) => h), ...rows.map((r) => columns.map(([k]) => cell(r[k], rates.includes(k))))];
  const widths = columns.map((_, i) => Math.max(...text.map((line) => line[i]!.length)));
  for (const line of text)
    io.out(
      line
        .map((c, i) => c.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    );
}

export async function reportCommand(
  db: Db,
  kind: string | undefined,
  options: { group?: string; year?: string; xlsx?: string; today?: string },
  io: Io,
): Promise<number> {
  if (kind === 'national') return nationalReport(db, options, io);
  if (!kind || !reportKinds.includes(kind as ReportKind))
    throw new DabirError(
      'invalid_input',
      `گزارش را نام ببرید: ${[...reportKinds, 'national'].join('، ')} (مثل dabir report annual --year 1399)`,
    );
  const group = resolveGroup(db, options.group);
  const year = parseYear(options.year);
  const today = asOf(options.today);
  const report: ReportData = db.transaction((): ReportData => {
    if (kind === 'annual') return { kind, data: annualReport(db, group.id, year, today) };
    if (kind === 'attendance') return { kind, data: attendanceReport(db, group.id, year) };
    return { kind: 'responsible', data: responsibleReport(db, group.id, year, today) };
  })();
  if (options.xlsx) {
    writeFileSync(options.xlsx, await writeWorkbook(report));
    io.err(`نوشته شد: ${options.xlsx}`);
    return 0;
  }
  if (report.kind === 'annual')
    for (const [key, label] of annualLabels) io.out(`${label}: ${cell(report.data[key], false)}`);
  else if (report.kind === 'attendance') printTable(io, attendanceColumns, report.data, ['rate']);
  else printTable(io, responsibleColumns, report.data, ['completionRate']);
  return 0;
}

/** `dabir report national --year Y [--xlsx FILE]`: headquarters' matrix of its national resolutions. */
async function nationalReport(db: Db, options: { year?: string; xlsx?: string; today?: string }, io: Io) {
  if (!isHeadquarters(db))
    throw new DabirError(
      'invalid_input',
      'گزارش مصوبات ستاد در پرونده داده ستاد است (برنامه با --hq یا --db پرونده ستاد)',
    );
  const matrix = nationalMatrix(db, parseYear(options.year), asOf(options.today));
  if (options.xlsx) {
    const { nationalWorkbook } = await import('../reports/national-xlsx');
    writeFileSync(options.xlsx, await nationalWorkbook(matrix));
    io.err(`نوشته شد: ${options.xlsx}`);
    return 0;
  }
  const { cellText } = await import('../reports/national-xlsx');
  if (matrix.resolutions.length === 0) io.out('در این سال مصوبه ابلاغ‌شده‌ای از جلسات قطعی ستاد نیست.');
  for (const r of matrix.resolutions) {
    io.out(
      `جلسه ${toPersianDigits(r.sessionNumber)}/${toPersianDigits(r.sessionYear)} ردیف ${toPersianDigits(r.row)}: ${r.body}`,
    );
    for (const c of r.provinces) io.out(`  ${c.province}: ${cellText(c)}`);
  }
  io.out('');
  printTable(
    io,
    provinceSummaryColumns,
    matrix.provinces.map((p) => ({
      ...p,
      done: p.byStatus.done,
      inProgress: p.byStatus.in_progress,
      notStarted: p.byStatus.not_started,
    })),
    ['completion'],
  );
  return 0;
}

const kindNames: Record<SearchResult['kind'], string> = {
  resolution: 'مصوبه',
  agenda_item: 'دستور کار',
  discussion_point: 'مطلب',
  follow_up: 'پیگیری',
};

/** The snippet with each match between « and ». */
function marked(r: SearchResult): string {
  let out = '';
  let at = 0;
  for (const [a, b] of r.highlights) {
    out += `${r.snippet.slice(at, a)}«${r.snippet.slice(a, b)}»`;
    at = b;
  }
  return out + r.snippet.slice(at);
}

/** At headquarters: the secretariat registered for a province named any way («استان مركزي»). */
function secretariatOfProvince(db: Db, province: string): string {
  const found = all<{ id: string; province: string }>(db, sql`SELECT id, province FROM hq_secretariat`).find(
    (s) => provinceKey(s.province) === provinceKey(province),
  );
  if (!found) throw new DabirError('not_found', `دبیرخانه‌ای از استان «${province}» در این پرونده ثبت نشده است`);
  return found.id;
}

export function searchCommand(
  db: Db,
  query: string | undefined,
  options: { group?: string; year?: string; limit?: string; province?: string },
  io: Io,
): number {
  if (query === undefined) throw new DabirError('invalid_input', 'عبارت جستجو را بنویسید: dabir search «کرونا»');
  const secretariatId = options.province === undefined ? undefined : secretariatOfProvince(db, options.province);
  const limit = options.limit === undefined ? 50 : Number(toLatinDigits(options.limit));
  if (!Number.isInteger(limit) || limit < 1 || limit > 500)
    throw new DabirError('invalid_input', 'تعداد نتیجه (--limit) باید عددی از ۱ تا ۵۰۰ باشد');
  const hits = search(db, query, {
    workingGroupId: options.group === undefined ? undefined : resolveGroup(db, options.group).id,
    year: options.year === undefined ? undefined : parseYear(options.year),
    secretariatId,
    today: asOf(undefined),
    limit,
  });
  if (hits.length === 0) io.out('چیزی پیدا نشد.');
  for (const h of hits)
    io.out(
      `${toPersianDigits(`${h.sessionYear}/${h.sessionNumber}`)}  ${h.province ? `${h.province}  ` : ''}${kindNames[h.kind]}  ${marked(h).replace(/\s+/g, ' ')}`,
    );
  return 0;
}
