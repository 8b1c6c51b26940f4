// The data of the national-loop benchmark (test/bench/national.ts): a headquarters file holding
// its national sessions and many provinces' generated data, each province made as one is made —
// its own file takes headquarters' directive, records its status and reports of every national
// resolution through the API, and sends its full bundle up, which headquarters imports.
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { toPersianDigits } from '../../electron/contract/persian-text';
import { createDispatcher } from '../../electron/core/api/dispatch';
import { exportBundle } from '../../electron/core/bundle/export';
import { exportDirective, recordDirective } from '../../electron/core/bundle/directive-export';
import { importDirective } from '../../electron/core/bundle/directive-import';
import { importBundle } from '../../electron/core/bundle/import';
import { latestVersion } from '../../electron/core/db/migrations/registry';
import { openDatabase, type Db } from '../../electron/core/db/open';
import { addDays } from '../../electron/core/domain/jalali';
import { PROVINCES } from '../../electron/core/domain/provinces';
import { generateProvince, type ProvinceShape } from '../helpers/province';

/** The national year: the last of the generated ten (1395–1404), and the day the figures are read on. */
export const YEAR = 1404;
export const TODAY = '1404/12/20';
export const NATIONAL_SESSIONS = 20;
export const RESOLUTIONS_PER_SESSION = 10;
export const REPORTS_PER_RESOLUTION = 3;

const groups = [
  'جلسه مدیران کل دفاتر امور زنان و خانواده استانداری‌های سراسر کشور',
  'جلسه مدیران کل دفاتر امور اجتماعی و فرهنگی استانداری‌های سراسر کشور',
];
const bodies = [
  'تهیه و ارسال گزارش جامع اقدامات انجام‌شده همراه با آمار و ارقام به دفتر ستادی',
  'برگزاری جلسه هماهنگی با دستگاه‌های اجرایی استان و ارسال صورتجلسه آن',
  'اجرای طرح حمایت از زنان سرپرست خانوار با همکاری بانک‌های طرف قرارداد',
  'استمرار اطلاع‌رسانی همه‌جانبه در جامعه برای حفظ سلامت خانواده‌ها',
  'شناسایی و معرفی کارگاه‌های تولیدی و مشاغل خانگی فعال در استان',
];
const reports = [
  'گزارش مقدماتی تهیه و ارسال شد',
  'جلسه هماهنگی با دستگاه‌های مرتبط برگزار شد',
  'اقدامات لازم انجام شد و گزارش نهایی ارسال گردید',
];
const pad = (n: number) => String(n).padStart(2, '0');

/** The n-th province's name: the 31 as listed, then others (another name is another province at headquarters). */
export const provinceName = (i: number) =>
  i < PROVINCES.length
    ? PROVINCES[i]!
    : `${PROVINCES[i % PROVINCES.length]!} (ناحیه ${toPersianDigits(Math.floor(i / PROVINCES.length) + 1)})`;

/** The k-th national session (0-based) as a dabir.minutes/1 document: 10 resolutions, each to every province. */
function nationalDocument(k: number) {
  const date = `${YEAR}/${pad(1 + Math.floor((k * 12) / NATIONAL_SESSIONS))}/${pad(3 + ((k * 11) % 25))}`;
  const chair = { name: 'فریبا نظری', title: 'مشاور وزیر کشور در امور زنان و خانواده' };
  return {
    format: 'dabir.minutes/1',
    workingGroup: { name: groups[k % groups.length]!, province: 'ستاد', organization: 'وزارت کشور' },
    session: {
      year: YEAR,
      number: Math.floor(k / groups.length) + 1,
      date,
      startTime: '10:00',
      endTime: null,
      location: 'جلسه مجازی (آنلاین)',
      chair,
      secretary: null,
      agenda: ['گزارش مدیران استانی از اقدامات و وضعیت استان‌ها'],
      discussion: [{ speaker: chair, points: ['تأکید بر پیگیری مصوبات جلسات گذشته در همه استان‌ها'] }],
      resolutions: Array.from({ length: RESOLUTIONS_PER_SESSION }, (_, r) => ({
        row: r + 1,
        title: null,
        body: `${bodies[(k + r) % bodies.length]!} (مصوبه ${toPersianDigits(r + 1)} جلسه ${toPersianDigits(k + 1)})`,
        deadline: { kind: 'days', value: 15 + ((k * 7 + r * 13) % 60) },
        responsible: ['دفتر امور زنان و خانواده استانداری'],
        provinces: 'all',
      })),
      attendance: [{ organization: 'دفتر امور زنان و خانواده وزارت کشور', person: null, status: 'present' }],
      signatories: [chair],
      notes: null,
    },
  };
}

function checked(db: Db) {
  const dispatch = createDispatcher(db);
  return <T>(op: string, input: unknown): T => {
    const r = dispatch(op, input);
    if (!r.ok) throw new Error(`${op}: ${r.error.message}`);
    return r.value as T;
  };
}

/** Headquarters named, its groups made and its national sessions imported and finalised; the directive for all. */
function nationalSessions(hq: Db): Uint8Array {
  const call = checked(hq);
  call('secretariat.setup', { name: 'ستاد وزارت کشور', province: 'تهران', role: 'headquarters' });
  for (const name of groups) call('workingGroups.create', { name, province: 'ستاد', organization: 'وزارت کشور' });
  for (let k = 0; k < NATIONAL_SESSIONS; k++) {
    const { sessionId } = call<{ sessionId: string }>('minutes.import', { document: nationalDocument(k) });
    call('sessions.finalize', { id: sessionId });
  }
  const directive = exportDirective(hq, { province: null });
  recordDirective(hq, directive);
  return directive.bytes;
}

/**
 * At a province's file that took the directive: three reports of each national resolution, the
 * last setting its status, through 'followUps.add' (one outer transaction for the province, so
 * the commits, not the calls, are batched). Deterministic by province and resolution.
 */
function followNational(db: Db, i: number): number {
  const call = checked(db);
  const national = db
    .prepare(
      `SELECT r.id, s.date FROM national_status n JOIN resolution r ON r.id = n.resolution_id
       JOIN session s ON s.id = r.session_id ORDER BY s.date, r.row`,
    )
    .all() as { id: string; date: string }[];
  db.transaction(() => {
    national.forEach((r, j) => {
      const x = (i * 31 + j * 17) % 10;
      const status = x < 5 ? 'done' : x < 8 ? 'in_progress' : 'not_started';
      for (let f = 0; f < REPORTS_PER_RESOLUTION; f++)
        call('followUps.add', {
          resolutionId: r.id,
          date: addDays(r.date, 5 * (f + 1)),
          text: reports[f % reports.length]!,
          ...(f === REPORTS_PER_RESOLUTION - 1 ? { status } : {}),
        });
    });
  })();
  return national.length;
}

/**
 * Headquarters' file for `provinces` provinces of `shape`, built once and kept in `dir` under a
 * name made of the shape and the schema version (reused while it exists: BENCH_FRESH=1 rebuilds).
 * Written under `.partial` and renamed when whole, so an interrupted build is never reused.
 */
export function headquartersFile(dir: string, provinces: number, shape: ProvinceShape, log: (s: string) => void) {
  const key = `${provinces}p-${Object.values(shape).join('-')}-${NATIONAL_SESSIONS}x${RESOLUTIONS_PER_SESSION}x${REPORTS_PER_RESOLUTION}-v${latestVersion}`;
  const file = path.join(dir, `dabir-bench-national-${key}.sqlite`);
  if (process.env.BENCH_FRESH !== '1' && existsSync(file)) return { file, cached: true, seconds: 0 };
  const started = performance.now();
  const partial = `${file}.partial`;
  for (const f of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(f, { force: true });
  const hq = openDatabase(partial);
  const directive = nationalSessions(hq);
  const provinceFile = path.join(dir, `dabir-bench-national-province-${process.pid}.sqlite`);
  for (let i = 0; i < provinces; i++) {
    const t = performance.now();
    const db = openDatabase(provinceFile);
    generateProvince(db, provinceName(i), shape, i + 1);
    const taken = importDirective(db, directive, { trustNew: true }).assigned;
    const followed = followNational(db, i);
    if (taken !== followed) throw new Error(`${provinceName(i)}: ${taken} assigned, ${followed} followed`);
    const bundle = exportBundle(db, { full: true });
    db.close();
    for (const f of [provinceFile, `${provinceFile}-wal`, `${provinceFile}-shm`]) rmSync(f, { force: true });
    importBundle(hq, bundle.bytes, { trustNew: true });
    if (i < 3 || (i + 1) % 10 === 0 || i === provinces - 1)
      log(
        `  province ${i + 1}/${provinces} (${provinceName(i)}): ${bundle.manifest.toSeq.toLocaleString('en')} changes up, ${((performance.now() - t) / 1000).toFixed(1)} s`,
      );
  }
  hq.close();
  renameSync(partial, file);
  return { file, cached: false, seconds: (performance.now() - started) / 1000 };
}
