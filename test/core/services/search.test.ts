// Persian full-text search on a real SQLite file: ي/ك, half-spaces, digits, diacritics and
// tatweel never hide a result; FTS5 syntax typed by the secretary never makes an error;
// snippets show the stored text with the match marked; the board's filters apply.
import { describe, expect, it } from 'vitest';
import { api, createDb, readRows } from '../../helpers/db';
import { fixture } from '../../helpers/fixtures';

function setup() {
  const db = createDb();
  const { call, dispatch } = api(db);
  const { sessionId, workingGroupId } = call('minutes.import', { document: fixture() });
  const s = call('sessions.get', { id: sessionId });
  const add = (body: string) => call('resolutions.add', { sessionId, body, deadline: { kind: 'continuous' } });
  const find = (query: string, extra: object = {}) => call('search.query', { query, ...extra });
  return { db, call, dispatch, sessionId, workingGroupId, s, add, find };
}

const marked = (r: { snippet: string; highlights: [number, number][] }) =>
  r.highlights.map(([a, b]) => r.snippet.slice(a, b));

describe('search', () => {
  it('finds Persian text from an Arabic-keyboard query and back', () => {
    const { add, find } = setup();
    const persian = add('کمیته ویژه پیگیری تشکیل شود');
    const arabic = add('كميته دوم براي بررسي تشكيل شود');
    expect(find('كميته').map((r) => r.id)).toEqual(expect.arrayContaining([persian.id, arabic.id]));
    expect(find('کمیته ویژه').map((r) => r.id)).toEqual([persian.id]);
    expect(find('برای بررسی').map((r) => r.id)).toEqual([arabic.id]);
    // The snippet is the stored text, Arabic letters and all, with the match marked.
    const hit = find('برای').find((r) => r.id === arabic.id)!;
    expect(hit.snippet).toContain('براي بررسي');
    expect(marked(hit)).toEqual(['براي']);
  });

  it('ignores a missing or extra half-space both ways, and highlights what was typed', () => {
    const { add, find, s } = setup();
    // The fixture's discussion has «گلوگاههای» and «حوزه های» as the secretary typed them.
    const hits = find('گلوگاه‌های');
    expect(hits.map((r) => r.kind)).toEqual(['discussion_point']);
    expect(marked(hits[0]!)).toEqual(['گلوگاههای']);
    expect(hits[0]!.sessionId).toBe(s.id);
    const r = add('تقویت فعالیت‌های فرهنگی');
    expect(find('فعالیتهای').map((x) => x.id)).toContain(r.id);
  });

  it('takes Persian, Arabic-Indic and Latin digits as the same', () => {
    const { add, find } = setup();
    const a = add('برنامه سال 1400 تهیه شود');
    const b = add('گزارش سال ۱۴۰۰ ارسال شود');
    const c = add('بودجه سال ١٤٠٠ تصویب شود');
    for (const q of ['۱۴۰۰', '1400', '١٤٠٠'])
      expect(
        find(q)
          .map((r) => r.id)
          .sort(),
      ).toEqual([a.id, b.id, c.id].sort());
  });

  it('ignores diacritics, tatweel and ة/ۀ', () => {
    const { add, find } = setup();
    const r = add('مُصَوَّبه جلســه درباره برنامهٔ توسعه و مدرسة نمونه');
    expect(find('مصوبه').map((x) => x.id)).toContain(r.id);
    expect(find('جلسه').map((x) => x.id)).toContain(r.id);
    expect(find('برنامه').map((x) => x.id)).toContain(r.id);
    expect(find('مدرسه').map((x) => x.id)).toContain(r.id);
  });

  it('answers FTS5 syntax typed by the secretary with results or an empty list, never an error', () => {
    const { find, dispatch, add } = setup();
    const r = add('طرح "پوشش مردم" NEAR کارگران - فصلی * ( ویژه');
    for (const q of [
      '"',
      '""',
      '"پوشش',
      'پوشش"',
      '*',
      'کرونا*',
      '-کرونا',
      'NEAR',
      'NEAR(',
      'NEAR(کرونا کارگران)',
      '(',
      ')',
      '((کرونا',
      'AND',
      'OR NOT',
      ':',
      'text:کرونا',
      '^',
      '{',
      '}',
      "'",
      '\\',
      '',
      '   ',
      '\u200c',
      '٫',
      'a"b*c(d)-e',
    ])
      expect(dispatch('search.query', { query: q }), q).toMatchObject({ ok: true, value: expect.any(Array) });
    expect(find('"پوشش مردم"').map((x) => x.id)).toContain(r.id);
    expect(find('NEAR').map((x) => x.id)).toEqual([r.id]);
    expect(find('(ویژه').map((x) => x.id)).toContain(r.id);
    expect(dispatch('search.query', { query: 'x'.repeat(501) })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });

  it('searches agenda items and follow-up reports, and applies the board’s filters', () => {
    const { call, find, s, workingGroupId } = setup();
    expect(find('کارگران فصلی').map((r) => r.kind)).toEqual(expect.arrayContaining(['agenda_item', 'resolution']));
    const r0 = s.resolutions[0]!;
    call('followUps.add', { resolutionId: r0.id, date: '1399/03/01', text: 'برنامه‌های پیشنهادی بهزیستی دریافت شد' });
    const hits = find('دریافت');
    expect(hits).toMatchObject([{ kind: 'follow_up', resolutionId: r0.id, sessionYear: 1399, sessionNumber: 1 }]);
    expect(find('دریافت', { status: ['done'] })).toEqual([]);
    expect(find('دریافت', { status: ['not_started'] })).toHaveLength(1);
    expect(find('دریافت', { year: 1400 })).toEqual([]);
    expect(find('دریافت', { workingGroupId })).toHaveLength(1);
    // Resolution filters keep only resolution-bound hits.
    expect(find('کارگران فصلی', { status: ['not_started'] }).every((h) => h.resolutionId !== null)).toBe(true);
    expect(find('کرونا', { overdue: true, today: '1399/04/01' }).map((h) => h.resolutionId)).not.toContain(null);
  });

  it('keeps the index in step with edits and deletes, and never rewrites stored text', () => {
    const { db, call, add, find } = setup();
    const r = add('موضوع قدیمی');
    call('resolutions.update', { id: r.id, body: 'موضوع تازه' });
    expect(find('قدیمی')).toEqual([]);
    expect(find('تازه').map((x) => x.id)).toEqual([r.id]);
    call('resolutions.remove', { id: r.id });
    expect(find('تازه')).toEqual([]);
    const typed = add('كميته\u200cهاي مُصوّب');
    expect(find('کمیته‌های مصوب').map((x) => x.id)).toEqual([typed.id]);
    expect(readRows<{ id: string; body: string }>(db, 'resolution').find((x) => x.id === typed.id)?.body).toBe(
      'كميته\u200cهاي مُصوّب',
    );
  });
});
