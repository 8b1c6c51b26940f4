// The directive bundle (ابلاغ) between real data files: headquarters' final national minutes and
// their assignments down, each province taking what is assigned to it, its status and reports up
// in its own bundle; every refusal leaves the province's file as it was.
import { describe, expect, it } from 'vitest';
import { importDirective } from '../../../electron/core/bundle/directive-import';
import { dump } from '../../helpers/db';
import { privateKeyOf, resigned } from '../../helpers/bundles';
import { headquarters, nationalFixture, province } from '../../helpers/national';

const refused = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('not refused');
};

describe('a directive for every province', () => {
  it('gives each province what is assigned to it, with its own deadline where it has one, read-only', () => {
    const hq = headquarters();
    const all = hq.direct();
    const markazi = province('مرکزی');
    const fars = province('فارس');
    const isfahan = province('اصفهان');
    expect(markazi.take(all)).toMatchObject({ status: 'imported', registered: true, assigned: 4 });
    expect(fars.take(all)).toMatchObject({ assigned: 4 });
    expect(isfahan.take(all)).toMatchObject({ assigned: 3 });
    // «فوری» is 3 days after 1399/01/07, one month the Jalali month after, «مستمر» none; row 4 is
    // Markazi's and Fars' only, Fars with 10 days of its own.
    expect(markazi.national().map((r) => [r.row, r.dueDate, r.status])).toEqual([
      [1, '1399/01/10', 'not_started'],
      [2, '1399/02/07', 'not_started'],
      [3, null, 'not_started'],
      [4, '1399/01/21', 'not_started'],
    ]);
    expect(fars.national().find((r) => r.row === 4)?.dueDate).toBe('1399/01/17');
    expect(isfahan.national().map((r) => r.row)).toEqual([1, 2, 3]);
    // Beside the province's own: its own groups are its own, the national session verifies intact.
    expect(markazi.call('workingGroups.list', {})).toEqual([]);
    expect(markazi.call('sessions.verify', { id: hq.sessionId }).intact).toBe(true);
    // Its text is headquarters': refused, and nothing changes.
    const row1 = markazi.national()[0]!;
    const before = dump(markazi.db);
    for (const [op, input] of [
      ['resolutions.update', { id: row1.id, body: 'متن دیگر' }],
      ['agenda.add', { sessionId: hq.sessionId, text: 'دستور تازه' }],
    ] as const)
      expect(markazi.dispatch(op, input)).toMatchObject({
        ok: false,
        error: { code: 'forbidden', message: expect.stringContaining('ستاد در استان فقط خواندنی است') },
      });
    // A resolution assigned elsewhere is not this province's to follow.
    const row4 = fars.national().find((r) => r.row === 4)!;
    expect(
      isfahan.dispatch('followUps.add', { resolutionId: row4.id, date: '1399/01/20', text: 'گزارش' }),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(dump(markazi.db)).toEqual(before);
  });

  it('sends the province’s status and reports up in its bundle; headquarters sees them per province', () => {
    const hq = headquarters();
    const all = hq.direct();
    const markazi = province('مرکزی');
    markazi.take(all);
    const [r1, r2] = markazi.national();
    markazi.call('resolutions.setStatus', { id: r1!.id, status: 'done' });
    markazi.call('followUps.add', {
      resolutionId: r2!.id,
      date: '1399/01/20',
      text: 'گزارش جامع تهیه و به دفتر امور زنان وزارت کشور ارسال شد',
      status: 'in_progress',
    });
    expect(markazi.national().map((r) => r.status)).toEqual(['done', 'in_progress', 'not_started', 'not_started']);
    // Headquarters' row keeps headquarters' own status: the province's is its own row.
    expect(markazi.db.prepare(`SELECT DISTINCT status FROM resolution`).pluck().all()).toEqual(['not_started']);
    expect(hq.take(markazi.send())).toMatchObject({ status: 'imported' });
    const m = hq.call('national.matrix', { year: 1399, today: '1399/02/10' });
    const cell = (row: number, p: string) =>
      m.resolutions.find((r) => r.row === row)!.provinces.find((c) => c.province === p)!;
    expect(cell(1, 'مرکزی')).toMatchObject({ status: 'done', overdue: false, reports: 0 });
    expect(cell(2, 'مرکزی')).toMatchObject({
      status: 'in_progress',
      dueDate: '1399/02/07',
      overdue: true,
      reports: 1,
      lastReport: { date: '1399/01/20' },
    });
    // Fars has sent nothing: no word, overdue on the deadline it was given.
    expect(cell(4, 'فارس')).toMatchObject({ status: null, secretariatId: null, dueDate: '1399/01/17', overdue: true });
    expect(m.resolutions.find((r) => r.row === 1)!.provinces).toHaveLength(31);
    expect(m.resolutions.map((r) => r.row)).toEqual([1, 2, 3, 4]);
    expect(m.provinces.find((p) => p.province === 'مرکزی')).toMatchObject({
      assigned: 4,
      byStatus: { done: 1, in_progress: 1, not_started: 2, cancelled: 0 },
      noWord: 0,
      unreported: 3,
      completion: 0.25,
    });
  });

  it('carries the national session’s signed copy, file and all', () => {
    const hq = headquarters();
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 9, 9, 9, 9]);
    hq.call('attachments.add', {
      sessionId: hq.sessionId,
      fileName: 'صورتجلسه-امضاشده.png',
      data: png.toString('base64'),
    });
    const markazi = province('مرکزی');
    markazi.take(hq.direct());
    const [copy] = markazi.call('attachments.list', { sessionId: hq.sessionId });
    expect(copy).toMatchObject({ fileName: 'صورتجلسه-امضاشده.png' });
    expect(Buffer.from(markazi.call('attachments.get', { id: copy!.id }).data, 'base64').equals(png)).toBe(true);
    // Read-only there as the minutes are.
    expect(markazi.dispatch('attachments.remove', { id: copy!.id })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('lets the province put a national resolution on its own session’s agenda, and counts it in its reports', () => {
    const hq = headquarters();
    const markazi = province('مرکزی');
    markazi.take(hq.direct());
    const [r1] = markazi.national();
    markazi.call('resolutions.setStatus', { id: r1!.id, status: 'done' });
    const group = markazi.call('workingGroups.create', { name: 'کارگروه امور زنان و خانواده', province: 'مرکزی' });
    const s = markazi.call('sessions.create', { workingGroupId: group.id, date: '1399/02/01' });
    const open = markazi.call('resolutions.openBefore', { sessionId: s.id });
    // The three still open (row 1 is done), by the province's own due dates.
    expect(open.map((r) => [r.national, r.row, r.dueDate, r.overdue])).toEqual([
      [true, 2, '1399/02/07', false],
      [true, 3, null, false],
      [true, 4, '1399/01/21', true],
    ]);
    markazi.call('agenda.add', { sessionId: s.id, text: 'پیگیری مصوبه ستاد ردیف ۴ جلسه ۱ سال ۱۳۹۹' });
    // Headquarters' group in the province's reports: what is assigned here, by the province's status.
    const national = markazi.db
      .prepare('SELECT working_group_id FROM session WHERE id = ?')
      .pluck()
      .get(hq.sessionId) as string;
    expect(markazi.call('reports.annual', { workingGroupId: national, year: 1399, today: '1399/02/01' })).toMatchObject(
      {
        resolutions: 4,
        done: 1,
        notStarted: 3,
        overdue: 1,
      },
    );
  });

  it('follows on: a new session and a withdrawn assignment travel incrementally, once', () => {
    const hq = headquarters();
    const markazi = province('مرکزی');
    markazi.take(hq.direct());
    // Headquarters withdraws row 4 from Markazi (Markazi did nothing with it) and holds a second session.
    const row4 = markazi.national()[3]!;
    hq.db.prepare(`DELETE FROM assignment WHERE resolution_id = ? AND province = 'مرکزی'`).run(row4.id);
    const second = nationalFixture();
    second.session.number = 2;
    second.session.date = '1399/02/01';
    second.session.resolutions = [{ ...second.session.resolutions![0]!, provinces: ['مرکزی'] }];
    hq.add(second);
    const next = hq.direct();
    expect(markazi.take(next)).toMatchObject({ status: 'imported', assigned: 4 });
    expect(markazi.national().map((r) => [r.sessionNumber, r.row])).toEqual([
      [1, 1],
      [1, 2],
      [1, 3],
      [2, 1],
    ]);
    // The same bundle again changes nothing.
    const before = dump(markazi.db);
    expect(markazi.take(next)).toMatchObject({ status: 'already' });
    expect(dump(markazi.db)).toEqual(before);
    expect(refused(() => hq.direct())).toContain('از آخرین ابلاغ به همه استان‌ها تغییری نبوده است');
  });
});

describe('assigning at headquarters', () => {
  it('sets a final session’s resolution to all, to named provinces with their own deadline, or to none', () => {
    const hq = headquarters();
    const rows = hq.call('sessions.get', { id: hq.sessionId }).resolutions;
    const row5 = rows[4]!;
    expect(
      hq.call('national.assign', {
        resolutionId: row5.id,
        provinces: [{ province: 'يزد', deadline: { kind: 'days', value: 5 } }],
      }),
    ).toEqual({
      resolutionId: row5.id,
      provinces: [{ province: 'یزد', deadline: { kind: 'days', value: 5 } }],
    });
    const cell = hq.call('national.matrix', { year: 1399, today: '1399/01/08' }).resolutions.find((r) => r.row === 5)!;
    expect(cell.provinces.map((c) => [c.province, c.dueDate])).toEqual([['یزد', '1399/01/12']]);
    expect(hq.call('national.assign', { resolutionId: row5.id, provinces: 'all' }).provinces).toBe('all');
    expect(hq.call('national.assign', { resolutionId: row5.id, provinces: [] }).provinces).toEqual([]);
    expect(hq.call('national.assignments', { sessionId: hq.sessionId }).map((a) => a.resolutionId)).not.toContain(
      row5.id,
    );
    // An unknown name, and at a province: refused, nothing written.
    const before = dump(hq.db);
    expect(hq.dispatch('national.assign', { resolutionId: row5.id, provinces: [{ province: 'تهرون' }] })).toMatchObject(
      {
        ok: false,
        error: { code: 'invalid_input', message: expect.stringContaining('نام هیچ‌یک از ۳۱ استان نیست') },
      },
    );
    expect(dump(hq.db)).toEqual(before);
    const markazi = province('مرکزی');
    markazi.take(hq.direct());
    expect(markazi.dispatch('national.assign', { resolutionId: rows[0]!.id, provinces: 'all' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});

describe('a directive refused', () => {
  it('for another key, tampering, a gap, a bundle out of order, another province, an untrusted key or at headquarters — the file unchanged', () => {
    const hq = headquarters();
    const first = hq.direct();
    const markazi = province('مرکزی');
    // Not trusted yet: the fingerprint to compare by phone, and nothing written.
    const untouched = dump(markazi.db);
    expect(refused(() => markazi.take(first, false))).toMatch(
      /کلید ستاد .* هنوز ثبت نشده است و اثر انگشت آن .*[۰-۹]{4}/,
    );
    expect(dump(markazi.db)).toEqual(untouched);
    markazi.take(first);

    const second = nationalFixture();
    second.session.number = 2;
    second.session.date = '1399/02/01';
    hq.add(second);
    const b2 = hq.direct();
    const third = nationalFixture();
    third.session.number = 3;
    third.session.date = '1399/03/01';
    hq.add(third);
    const b3 = hq.direct();
    const other = headquarters();
    const before = dump(markazi.db);
    const cases: [string, Uint8Array, RegExp][] = [
      ['a gap', b3, /فاصله هست.*ابلاغ‌های میانی/],
      ['another headquarters', other.direct(), /کلیدی امضا شده است که کلید ثبت‌شده ستاد نیست/],
      [
        'a changed record',
        resigned(b2, privateKeyOf(other.db), (_, records) => {
          records[0] = records[0]!.replace('"origin"', '"origin" ');
        }),
        /امضای بسته درست نیست: بسته پس از ساخته شدن تغییر کرده یا جعلی است/,
      ],
      [
        'a record not headquarters’ own, signed with its key',
        resigned(b2, privateKeyOf(hq.db), (_, records) => {
          records[0] = records[0]!.replace(/"origin":"[^"]+"/, `"origin":"${markazi.id}"`);
        }),
        /رکوردی دارد که از آنِ ستاد نیست/,
      ],
      [
        'a change to national minutes final here, in order in the chain',
        resigned(b2, privateKeyOf(hq.db), (_, records) => {
          const item = hq.db.prepare('SELECT * FROM agenda_item WHERE session_id = ? LIMIT 1').get(hq.sessionId) as {
            id: string;
          };
          records.push(
            JSON.stringify({
              entity: 'agenda_item',
              op: 'upsert',
              id: item.id,
              seq: 1,
              row: { ...item, text: 'دستور دیگر' },
            }),
          );
        }),
        /بسته ابلاغ صورتجلسه قطعی ستاد را که پیش‌تر وارد شده است تغییر می‌دهد/,
      ],
      [
        'a draft',
        resigned(b2, privateKeyOf(hq.db), (_, records) => {
          const i = records.findIndex((r) => r.startsWith('{"entity":"session"'));
          records[i] = records[i]!.replace('"status":"final"', '"status":"draft"');
        }),
        /پیش‌نویس جلسه .* ستاد فقط صورتجلسه قطعی ابلاغ می‌کند/,
      ],
    ];
    for (const [what, bytes, message] of cases) {
      expect(
        refused(() => markazi.take(bytes)),
        what,
      ).toMatch(message);
      expect(dump(markazi.db), what).toEqual(before);
    }
    // Bytes changed after signing: the signature or the records' hash says so.
    const flipped = new Uint8Array(b2);
    flipped[Math.floor(flipped.length / 2)]! ^= 0xff;
    expect(refused(() => markazi.take(flipped))).toMatch(/خراب|دستکاری|امضا/);
    // In order it imports; the older one again is the same bundle, and changes nothing.
    markazi.take(b2);
    markazi.take(b3);
    const now = dump(markazi.db);
    expect(markazi.take(b2)).toMatchObject({ status: 'already' });
    expect(dump(markazi.db)).toEqual(now);

    // Another province's directive, and a directive at headquarters.
    const farsOnly = hq.direct({ province: 'فارس' });
    expect(refused(() => markazi.take(farsOnly))).toContain('این بسته ابلاغ برای استان فارس است، نه استان مرکزی');
    expect(dump(markazi.db)).toEqual(now);
    const hqBefore = dump(other.db);
    expect(() => hq.direct({ province: 'مرکزيی' })).toThrow('نام هیچ‌یک از ۳۱ استان نیست');
    expect(refused(() => importDirective(other.db, farsOnly, { trustNew: true }))).toContain(
      'این پرونده داده ستاد است',
    );
    expect(dump(other.db)).toEqual(hqBefore);
  });

  it('a national document’s provinces only at headquarters, named among the 31', () => {
    const markazi = province('مرکزی');
    const r = markazi.dispatch('minutes.import', { document: nationalFixture() });
    expect(r).toMatchObject({ ok: false, error: { path: 'session.resolutions[0].provinces' } });
    const hq = headquarters();
    const doc = nationalFixture();
    doc.session.number = 5;
    doc.session.resolutions![3]!.provinces = ['مرکزي', 'مرکزی', 'کرمانشا'];
    const bad = hq.dispatch('minutes.import', { document: doc });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error.problems?.map((p) => p.path)).toEqual([
      'session.resolutions[3].provinces[1]',
      'session.resolutions[3].provinces[2]',
    ]);
    // Export gives the provinces back as written (each with its own deadline or null).
    const exported = hq.call('minutes.export', { sessionId: hq.sessionId });
    expect(exported.session.resolutions.map((x) => x.provinces)).toEqual([
      'all',
      'all',
      'all',
      [
        { province: 'مرکزی', deadline: null },
        { province: 'فارس', deadline: { kind: 'days', value: 10 } },
      ],
      undefined,
    ]);
  });
});
