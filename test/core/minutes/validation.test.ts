// One test per validation rule of minutes-format.md: the Persian message, the JSON path, and a
// database left exactly as it was.
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../electron/contract';
import { api, createDb, dump, finalize } from '../../helpers/db';
import { fixture } from '../../helpers/fixtures';

type Doc = ReturnType<typeof fixture>;

/** Imports a broken document into a database that already holds the fixture, and returns the problems. */
function refuse(breakIt: (doc: Doc) => unknown, options: { replaceDraft?: boolean; seed?: boolean } = {}): Problem[] {
  const db = createDb();
  const { dispatch, call } = api(db);
  if (options.seed !== false) call('minutes.import', { document: fixture() });
  const doc = fixture();
  const broken = breakIt(doc) ?? doc;
  const before = dump(db);
  const r = dispatch('minutes.import', { document: broken, replaceDraft: options.replaceDraft ?? false });
  expect(r.ok).toBe(false);
  if (r.ok) return [];
  expect(r.error.code).toBe('import_invalid');
  expect(r.error.problems?.length).toBeGreaterThan(0);
  expect(dump(db)).toEqual(before);
  return r.error.problems ?? [];
}

const fresh = (doc: Doc) => {
  doc.session.number = 2;
  return doc;
};

describe('minutes import refuses, whole, with a path and a Persian message', () => {
  it('a missing format', () => {
    expect(
      refuse((d) => {
        delete d.format;
      }),
    ).toContainEqual({ path: 'format', message: expect.stringContaining('قالب سند ناشناخته است') });
  });

  it('an unknown format', () => {
    expect(
      refuse((d) => {
        d.format = 'dabir.minutes/9';
      }),
    ).toContainEqual({ path: 'format', message: expect.stringContaining('dabir.minutes/1') });
  });

  it('a document that is not an object', () => {
    expect(refuse(() => 'صورتجلسه')).toEqual([{ path: '', message: 'سند باید یک شیء JSON باشد' }]);
  });

  it.each([
    [
      'workingGroup.name',
      (d: Doc) => {
        delete d.workingGroup.name;
      },
      'نام کارگروه لازم است',
    ],
    [
      'workingGroup.name',
      (d: Doc) => {
        d.workingGroup.name = '  ';
      },
      'نام کارگروه نباید خالی باشد',
    ],
    [
      'session.date',
      (d: Doc) => {
        delete d.session.date;
      },
      'تاریخ جلسه لازم است',
    ],
    [
      'session.date',
      (d: Doc) => {
        d.session.date = '';
      },
      'تاریخ جلسه نباید خالی باشد',
    ],
    [
      'session.year',
      (d: Doc) => {
        delete d.session.year;
      },
      'سال جلسه لازم است و باید عدد باشد',
    ],
    [
      'session.number',
      (d: Doc) => {
        delete d.session.number;
      },
      'شماره جلسه لازم است و باید عدد باشد',
    ],
    [
      'session.resolutions[2].body',
      (d: Doc) => {
        d.session.resolutions[2].body = '';
      },
      'مفاد مصوبه نباید خالی باشد',
    ],
    [
      'session.resolutions[0].body',
      (d: Doc) => {
        delete d.session.resolutions[0].body;
      },
      'مفاد مصوبه لازم است',
    ],
  ])('a missing or empty required field: %s', (path, breakIt, message) => {
    expect(refuse((d) => breakIt(fresh(d)))).toContainEqual({ path, message });
  });

  it('an invalid Jalali date: 1400/12/30 (1400 is not a leap year)', () => {
    expect(
      refuse((d) => {
        fresh(d).session.date = '1400/12/30';
      }),
    ).toEqual([{ path: 'session.date', message: '«1400/12/30» تاریخ معتبری در تقویم شمسی نیست' }]);
  });

  it('a two-digit year', () => {
    expect(
      refuse((d) => {
        fresh(d).session.date = '۹۹/۲/۲';
      }),
    ).toEqual([
      { path: 'session.date', message: '«۹۹/۲/۲» تاریخ شمسی نیست؛ به شکل ۱۳۹۹/۰۲/۰۲ بنویسید (سال چهاررقمی)' },
    ]);
  });

  it('an invalid date inside a deadline', () => {
    expect(
      refuse((d) => {
        fresh(d).session.resolutions[1].deadline = { kind: 'date', value: '1399/07/31' };
      }),
    ).toEqual([
      { path: 'session.resolutions[1].deadline.value', message: '«1399/07/31» تاریخ معتبری در تقویم شمسی نیست' },
    ]);
  });

  it('rows that are not 1..n', () => {
    expect(
      refuse((d) => {
        fresh(d).session.resolutions[3].row = 7;
      }),
    ).toEqual([
      {
        path: 'session.resolutions[3].row',
        message: 'ردیف مصوبه‌ها باید از ۱ تا ۵ پشت سر هم باشد؛ اینجا ۴ انتظار می‌رفت',
      },
    ]);
  });

  it('an unknown deadline kind', () => {
    const problems = refuse((d) => {
      fresh(d).session.resolutions[0].deadline = { kind: 'soon', value: 1 };
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toMatch(/^session\.resolutions\[0\]\.deadline/);
    expect(problems[0]?.message).toContain('نوع مهلت اقدام نامعتبر است');
  });

  it('an unknown attendance status', () => {
    expect(
      refuse((d) => {
        fresh(d).session.attendance[4].status = 'late';
      }),
    ).toEqual([{ path: 'session.attendance[4].status', message: expect.stringContaining('وضعیت حضور نامعتبر است') }]);
  });

  it('an organisation listed twice in attendance, also when typed with Arabic ي/ك or without ZWNJ', () => {
    const problems = refuse((d) => {
      fresh(d).session.attendance.push({ organization: 'اداره كل آموزش و پرورش', person: null, status: 'absent' });
    });
    expect(problems).toEqual([
      {
        path: 'session.attendance[40].organization',
        message: expect.stringContaining('دو بار در حضور و غیاب آمده است (بار اول: ردیف ۴)'),
      },
    ]);
  });

  it('a session with the same working group, year and number already exists', () => {
    expect(refuse(() => undefined)).toEqual([
      {
        path: 'session.number',
        message: expect.stringContaining('از قبل ثبت شده است؛ برای جایگزینی پیش‌نویس آن، جایگزینی را بخواهید'),
        // What a caller acts on (the command line offers --replace-draft), not the message's wording.
        code: 'conflict',
      },
    ]);
  });

  it('a final session is never replaced, even when asked', () => {
    const db = createDb();
    const { dispatch, call } = api(db);
    const { sessionId } = call('minutes.import', { document: fixture() });
    finalize(db, sessionId);
    const before = dump(db);
    const r = dispatch('minutes.import', { document: fixture(), replaceDraft: true });
    expect(r.ok || r.error.problems).toEqual([
      { path: 'session.number', message: expect.stringContaining('قطعی شده است و جایگزین نمی‌شود') },
    ]);
    expect(dump(db)).toEqual(before);
  });

  it('reports every problem at once, each with its own path', () => {
    const problems = refuse((d) => {
      fresh(d);
      d.session.date = '1400/12/30';
      d.session.resolutions[0].body = '';
      d.session.attendance[0].status = 'late';
    });
    expect(problems.map((p) => p.path).sort()).toEqual(['session.attendance[0].status', 'session.resolutions[0].body']);
    // The calendar checks run once the structure is sound; both kinds are never lost together.
    const calendar = refuse((d) => {
      fresh(d);
      d.session.date = '1400/12/30';
      d.session.resolutions[4].row = 9;
    });
    expect(calendar.map((p) => p.path).sort()).toEqual(['session.date', 'session.resolutions[4].row']);
  });
});
