// The scorer itself (helpers/minutes-score.ts): the same minutes score 100 %; a changed date, a
// missing resolution, an extra attendee, a wrong status each cost exactly their fields; text and
// organisations compare as a reader would (letters, digits, half-spaces, «اداره کل … استان»).
import { describe, expect, it } from 'vitest';
import { organizationCore, sameOrganization, scoreMinutes, type ScoredMinutes } from '../helpers/minutes-score';
import { expectedMinutes } from '../helpers/past-minutes-files';

const base = (): ScoredMinutes => expectedMinutes('markazi-1399-01');
const wrong = (s: ReturnType<typeof scoreMinutes>) => s.fields.filter((f) => !f.ok).map((f) => f.field);

describe('scoreMinutes', () => {
  const expected = base();
  const full = scoreMinutes(expected, base());
  // 2 header + location + chair + secretary, 2 agenda items, 5 resolutions × 3, 40 organisations.
  const fields = 5 + 2 + 15 + 40;

  it('scores identical documents 100 %, one field per item the issue lists', () => {
    expect(full.total).toBe(fields);
    expect(full.right).toBe(fields);
    expect(full.percent).toBe(100);
  });

  it('a changed date costs one field', () => {
    const got = base();
    got.session.date = '1399/02/03';
    const s = scoreMinutes(expected, got);
    expect([s.right, s.total]).toEqual([fields - 1, fields]);
    expect(wrong(s)).toEqual(['session.date']);
    expect(s.percent).toBe(Math.round((1000 * (fields - 1)) / fields) / 10);
  });

  it('a date in other digits or without leading zeros is the same date', () => {
    const got = base();
    got.session.date = '۱۳۹۹/۲/۲';
    expect(scoreMinutes(expected, got).right).toBe(fields);
  });

  it('a missing resolution costs its body, deadline and responsible bodies', () => {
    const got = base();
    got.session.resolutions!.pop();
    const s = scoreMinutes(expected, got);
    expect([s.right, s.total]).toEqual([fields - 3, fields]);
    expect(wrong(s)).toEqual(['resolutions[5].body', 'resolutions[5].deadline', 'resolutions[5].responsible']);
  });

  it('an extra resolution or agenda item counts wrong in the total', () => {
    const got = base();
    got.session.resolutions!.push({ body: 'مقرر شد', deadline: null, responsible: [] });
    got.session.agenda!.push('سایر موارد');
    const s = scoreMinutes(expected, got);
    expect([s.right, s.total]).toEqual([fields, fields + 4]);
  });

  it('an extra attendee counts one wrong field more', () => {
    const got = base();
    got.session.attendance!.push({ organization: 'اداره کل هواشناسی', person: null, status: 'guest' });
    const s = scoreMinutes(expected, got);
    expect([s.right, s.total]).toEqual([fields, fields + 1]);
    expect(wrong(s)).toEqual(['attendance «اداره کل هواشناسی» (extra)']);
  });

  it('a wrong status costs one field; a missing organisation too', () => {
    const got = base();
    got.session.attendance![3]!.status = 'representative';
    got.session.attendance!.splice(10, 1);
    const s = scoreMinutes(expected, got);
    expect([s.right, s.total]).toEqual([fields - 2, fields]);
    expect(wrong(s)).toEqual(['attendance «اداره کل آموزش و پرورش»', 'attendance «جمعیت هلال احمر»']);
  });

  it('a wrong deadline kind or value and a different set of responsible bodies cost their field each', () => {
    const got = base();
    got.session.resolutions![0]!.deadline = { kind: 'days', value: 12 };
    got.session.resolutions![1]!.deadline = { kind: 'text', value: 'یکماه' };
    got.session.resolutions![2]!.responsible = ['دستگاه های اجرایی مرتبط', 'استانداری'];
    // The same set in another order, with half-spaces and Arabic letters, is right.
    got.session.resolutions![0]!.responsible = ['اعضاي کارگروه.', 'دبيرخانه كتاب'];
    expect(wrong(scoreMinutes(expected, got))).toEqual([
      'resolutions[1].deadline',
      'resolutions[2].deadline',
      'resolutions[3].responsible',
    ]);
  });

  it('compares text by its search key, whitespace collapsed, trailing punctuation left out', () => {
    const got = base();
    const r = got.session.resolutions![2]!;
    r.body = `  ${r.body.replace(/ی/g, 'ي').replace(/ک/g, 'ك').replace(/ /g, '  ').replace(/\.$/, '')} : `;
    got.session.location = 'سالن جلسات طبقه چهارم استانداری.';
    got.session.chair = { name: 'اکرمی معاون', title: 'سیاسی، امنیتی و اجتماعی' };
    expect(scoreMinutes(expected, got).right).toBe(fields);
    got.session.agenda![0] = 'ارائه گزارش عملکرد';
    expect(wrong(scoreMinutes(expected, got))).toEqual(['agenda[1]']);
  });

  it('matches an organisation by its core name, whatever prefix or province it is written with', () => {
    expect(organizationCore('اداره کل آموزش و پرورش استان مرکزی', 'مرکزی')).toBe('آموزش و پرورش');
    expect(sameOrganization('اداره کل آموزش و پرورش', 'آموزش و پرورش استان', 'مرکزی')).toBe(true);
    expect(sameOrganization('اداره کل بهزیستی', 'سازمان بهزیستی استان مرکزی', 'مرکزی')).toBe(true);
    expect(sameOrganization('دانشگاه علوم پزشکی اراک', 'دانشگاه علوم پزشکی', 'مرکزی')).toBe(true);
    expect(sameOrganization('اداره کل بهزیستی', 'اداره کل دامپزشکی', 'مرکزی')).toBe(false);
    expect(sameOrganization('شورای شهر', 'شورای اسلامی استان', 'مرکزی')).toBe(false);
    expect(sameOrganization('اداره کل', 'اداره کل ورزش و جوانان', 'مرکزی')).toBe(false);

    const got = base();
    got.session.attendance![3]!.organization = 'آموزش و پرورش استان مرکزی';
    got.session.attendance![19]!.organization = 'سازمان بهزیستی';
    expect(scoreMinutes(expected, got).right).toBe(fields);
  });

  it('gives an organisation named exactly its own entry before a looser match takes it', () => {
    const doc = (attendance: { organization: string; status: string }[]): ScoredMinutes => ({
      workingGroup: { province: 'مرکزی' },
      session: { number: 1, date: '1399/02/02', attendance },
    });
    const expectedTwo = doc([
      { organization: 'دانشگاه علوم پزشکی', status: 'present' },
      { organization: 'دانشگاه علوم پزشکی اراک', status: 'absent' },
    ]);
    const got = doc([
      { organization: 'دانشگاه علوم پزشکی اراک', status: 'absent' },
      { organization: 'دانشگاه علوم پزشکی استان', status: 'present' },
    ]);
    const s = scoreMinutes(expectedTwo, got);
    expect(wrong(s)).toEqual([]);
    expect(s.right).toBe(s.total);
  });
});
