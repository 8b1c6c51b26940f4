// A realistic province for benchmarks and large-data tests: ten years of six working groups, 15 sessions a year each,
// 10 resolutions and 40 attendance lines a session, 3 follow-up reports a resolution, Persian
// text from the kind of sentences real minutes hold. Rows go in through prepared statements on
// the real schema (so the change log and search index triggers fire), and every session of the
// years before the last is finalised through the real service. Deterministic for a given seed.
import { randomUUID } from 'node:crypto';
import { createDispatcher } from '../../electron/core/api/dispatch';
import type { Db } from '../../electron/core/db/open';
import { addDays } from '../../electron/core/domain/jalali';
import { normalizeForSearch } from '../../electron/contract/persian-text';

export interface ProvinceShape {
  years: number;
  groups: number;
  sessionsPerYear: number;
  resolutionsPerSession: number;
  attendancePerSession: number;
  followUpsPerResolution: number;
}

export const tenYears: ProvinceShape = {
  years: 10,
  groups: 6,
  sessionsPerYear: 15,
  resolutionsPerSession: 10,
  attendancePerSession: 40,
  followUpsPerResolution: 3,
};

const FIRST_YEAR = 1395;

const groupNames = [
  'کارگروه تخصصی امور اجتماعی، فرهنگی، سلامت، زنان و خانواده',
  'کارگروه تخصصی اشتغال و سرمایه‌گذاری',
  'کارگروه تخصصی زیربنایی، توسعه روستایی، عشایری و شهری',
  'کارگروه تخصصی آمایش، محیط زیست و توسعه پایدار',
  'کارگروه تخصصی کشاورزی، آب و منابع طبیعی',
  'کارگروه تخصصی امور زنان و خانواده',
];

const bodies = ['اداره کل', 'سازمان', 'دانشگاه', 'شرکت', 'بنیاد', 'جمعیت', 'ستاد', 'کانون'];
const fields = [
  'آموزش و پرورش',
  'بهزیستی',
  'ورزش و جوانان',
  'فرهنگ و ارشاد اسلامی',
  'کمیته امداد امام خمینی (ره)',
  'علوم پزشکی',
  'هلال احمر',
  'تعاون، کار و رفاه اجتماعی',
  'میراث فرهنگی، صنایع دستی و گردشگری',
  'راه و شهرسازی',
  'حفاظت محیط زیست',
  'جهاد کشاورزی',
  'منابع طبیعی و آبخیزداری',
  'صنعت، معدن و تجارت',
  'امور اقتصادی و دارایی',
  'مدیریت و برنامه‌ریزی',
  'تبلیغات اسلامی',
  'ثبت احوال',
  'کتابخانه‌های عمومی',
  'فنی و حرفه‌ای',
];
const verbs = [
  'گزارش اقدامات انجام‌شده را به دبیرخانه کارگروه ارسال نمایند',
  'برنامه پیشنهادی سال آینده را در قالب برنامه‌های کیفی و اثربخش ارائه کنند',
  'نسبت به برگزاری جلسات هماهنگی با دستگاه‌های عضو اقدام نمایند',
  'اعتبارات تخصیصی را طبق موافقت‌نامه ارسالی هزینه کنند',
  'گزارش هزینه‌کرد اعتبارات را به صورت مستند به دفتر امور اجتماعی ارسال نمایند',
  'سامانه اطلاع‌رسانی خدمات غیرحضوری را به‌روزرسانی کنند',
  'فهرست خانواده‌های نیازمند را با هماهنگی فرمانداری‌ها تهیه نمایند',
  'طرح حمایت از کارگران فصلی را در شهرستان‌ها اجرا کنند',
];
const topics = [
  'ارائه گزارش عملکرد کارگروه',
  'تبیین محورهای مهم برنامه سال',
  'بررسی طرح‌های پیشنهادی دستگاه‌های عضو',
  'پیگیری مصوبات جلسات گذشته',
  'توزیع اعتبارات هزینه‌ای و تملک دارایی',
  'ساماندهی بازدید از محرومین و خانواده‌های معظم شهدا',
];
const reports = [
  'اقدامات لازم انجام شد و گزارش آن ارسال گردید',
  'در دست اقدام است و تا پایان فصل تکمیل می‌شود',
  'جلسه هماهنگی با دستگاه‌های مرتبط برگزار شد',
  'اعتبار مورد نیاز درخواست شده و در انتظار تخصیص است',
];

/** A small deterministic generator (mulberry32), so every run builds the same province. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Prepared INSERT per table, with `id` and `origin` filled in. */
function inserter(db: Db, origin: string) {
  const statements = new Map<string, ReturnType<Db['prepare']>>();
  let rows = 0;
  const insert = (table: string, row: Record<string, unknown>): string => {
    const full = { id: randomUUID(), origin, ...row };
    const keys = Object.keys(full);
    const key = `${table}:${keys.join(',')}`;
    let statement = statements.get(key);
    if (!statement) {
      statement = db.prepare(
        `INSERT INTO ${table} (${keys.join(', ')}) VALUES (${keys.map((k) => `@${k}`).join(', ')})`,
      );
      statements.set(key, statement);
    }
    statement.run(full);
    rows++;
    return full.id;
  };
  return { insert, count: () => rows };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Fills a fresh data file with a province; returns the number of rows written. */
export function generateProvince(db: Db, province: string, shape: ProvinceShape = tenYears, seed = 1): number {
  const dispatch = createDispatcher(db);
  const setup = dispatch('secretariat.setup', { name: `دبیرخانه کارگروه‌های استانداری ${province}`, province });
  if (!setup.ok) throw new Error(setup.error.message);
  const origin = (setup.value as { id: string }).id;
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const { insert, count } = inserter(db, origin);
  const sessions: { id: string; year: number }[] = [];

  db.transaction(() => {
    const organizations = Array.from({ length: Math.max(shape.attendancePerSession, 40) }, (_, i) => {
      const name = `${bodies[i % bodies.length]} ${fields[i % fields.length]} استان ${province}${i >= fields.length ? ` (${i})` : ''}`;
      return { id: insert('organization', { name, name_key: normalizeForSearch(name) }), name };
    });
    for (let g = 0; g < shape.groups; g++) {
      const name = `${groupNames[g % groupNames.length]!}${g >= groupNames.length ? ` (${Math.floor(g / groupNames.length) + 1})` : ''}`;
      const group = insert('working_group', { name, name_key: normalizeForSearch(name), province, immediate_days: 3 });
      organizations
        .slice(0, shape.attendancePerSession)
        .forEach((organization, position) =>
          insert('membership', { working_group_id: group, organization_id: organization.id, position }),
        );
      for (let y = 0; y < shape.years; y++) {
        const year = FIRST_YEAR + y;
        for (let n = 1; n <= shape.sessionsPerYear; n++) {
          const date = `${year}/${pad(1 + Math.floor(((n - 1) * 12) / shape.sessionsPerYear))}/${pad(2 + ((n * 7) % 25))}`;
          const session = insert('session', {
            working_group_id: group,
            year,
            number: n,
            date,
            start_time: '09:00',
            location: 'سالن جلسات طبقه چهارم استانداری',
            chair_name: 'اکرمی',
            chair_title: 'معاون سیاسی، امنیتی و اجتماعی',
            secretary_name: 'سجادی',
            secretary_title: 'مدیر کل امور اجتماعی و فرهنگی',
            status: 'draft',
            created_at: new Date().toISOString(),
          });
          sessions.push({ id: session, year });
          for (let a = 0; a < 3; a++)
            insert('agenda_item', { session_id: session, position: a, text: `${pick(topics)} ${year}` });
          for (let s = 0; s < 2; s++) {
            const speaker = insert('speaker', {
              session_id: session,
              position: s,
              name: s === 0 ? 'استاندار محترم' : 'سجادی',
              title: s === 0 ? null : 'مدیر کل امور اجتماعی و فرهنگی',
            });
            for (let p = 0; p < 3; p++)
              insert('discussion_point', {
                speaker_id: speaker,
                position: p,
                text: `${pick(topics)}؛ تأکید بر اینکه دستگاه‌های عضو ${pick(verbs)}.`,
              });
          }
          const old = y < shape.years - 1;
          for (let r = 1; r <= shape.resolutionsPerSession; r++) {
            const days = 10 + Math.floor(rnd() * 50);
            const resolution = insert('resolution', {
              session_id: session,
              row: r,
              title: r % 3 === 0 ? 'کارگروه' : null,
              body: `${pick(bodies)} ${pick(fields)} و سایر دستگاه‌های عضو ${pick(verbs)}؛ ${pick(topics)}.`,
              deadline_kind: 'days',
              deadline_value: String(days),
              due_date: addDays(date, days),
              status: old ? (rnd() < 0.85 ? 'done' : 'in_progress') : pick(['not_started', 'in_progress', 'done']),
            });
            const responsible = pick(organizations);
            insert('responsible', {
              resolution_id: resolution,
              position: 0,
              organization_id: responsible.id,
              text: responsible.name,
            });
            for (let f = 0; f < shape.followUpsPerResolution; f++)
              insert('follow_up', {
                resolution_id: resolution,
                date: addDays(date, 15 * (f + 1)),
                text: pick(reports),
                organization_id: responsible.id,
                created_at: new Date().toISOString(),
              });
          }
          organizations.slice(0, shape.attendancePerSession).forEach((organization, position) => {
            const x = rnd();
            insert('attendance', {
              session_id: session,
              organization_id: organization.id,
              position,
              person: null,
              status:
                x < 0.7
                  ? 'present'
                  : x < 0.8
                    ? 'deputy'
                    : x < 0.85
                      ? 'representative'
                      : x < 0.95
                        ? 'absent'
                        : 'excused',
            });
          });
          insert('signatory', {
            session_id: session,
            position: 0,
            name: 'سید علی آقازاده',
            title: `استاندار ${province}`,
          });
        }
      }
    }
  })();
  // Signed minutes: every session before the last year, through the real service (its hash, its stored document).
  for (const s of sessions)
    if (s.year < FIRST_YEAR + shape.years - 1) {
      const r = dispatch('sessions.finalize', { id: s.id });
      if (!r.ok) throw new Error(r.error.message);
    }
  return count();
}
