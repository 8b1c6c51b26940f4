// Sessions and their parts through the API on a real SQLite file: numbering, ordered parts,
// rows kept 1..n, due dates following the session date, derived absentees, and the final lock.
import { describe, expect, it } from 'vitest';
import { api, createDb, dump, finalize } from '../../helpers/db';

function setup() {
  const db = createDb();
  const { call, dispatch } = api(db);
  const group = call('workingGroups.create', {
    name: 'کارگروه تخصصی امور اجتماعی',
    province: 'مرکزی',
    organization: 'استانداری مرکزی',
  });
  return { db, call, dispatch, group };
}

describe('updates', () => {
  it('change only the fields given and keep the rest', () => {
    const { call, group } = setup();
    const g = call('workingGroups.update', { id: group.id, immediateDays: 5 });
    expect(g).toEqual({ ...group, immediateDays: 5 });
    expect(call('workingGroups.update', { id: group.id, province: 'تهران' })).toEqual({
      ...group,
      immediateDays: 5,
      province: 'تهران',
    });
    const s = call('sessions.create', {
      workingGroupId: group.id,
      date: '1405/09/02',
      location: 'سالن',
      chair: { name: 'اکرمی', title: 'معاون' },
    });
    const r = call('resolutions.add', {
      sessionId: s.id,
      title: 'عنوان',
      body: 'مفاد',
      deadline: { kind: 'days', value: 10 },
      responsible: [{ text: 'بهزیستی' }],
    });
    const r2 = call('resolutions.update', { id: r.id, body: 'مفاد تازه' });
    expect(r2).toEqual({ ...r, body: 'مفاد تازه' });
    const s2 = call('sessions.update', { id: s.id, notes: 'یادداشت' });
    expect(s2).toEqual({ ...s, notes: 'یادداشت', resolutions: [r2] });
    const s3 = call('sessions.update', { id: s.id, chair: { title: 'معاون سیاسی' } });
    expect(s3.chair).toEqual({ name: 'اکرمی', title: 'معاون سیاسی' });
    const sp = call('discussion.addSpeaker', { sessionId: s.id, speaker: { name: 'اکرمی', title: null } });
    expect(call('discussion.updateSpeaker', { id: sp.id, speaker: { title: 'معاون' } }).speaker).toEqual({
      name: 'اکرمی',
      title: 'معاون',
    });
    const sig = call('signatories.add', { sessionId: s.id, name: 'آقازاده', title: 'استاندار' });
    expect(call('signatories.update', { id: sig.id, name: 'سید علی آقازاده' })).toMatchObject({
      name: 'سید علی آقازاده',
      title: 'استاندار',
    });
  });

  it('move «فوری» due dates of draft sessions when the group’s immediate days change', () => {
    const { db, call, group } = setup();
    const draft = call('sessions.create', { workingGroupId: group.id, date: '1405/09/02' });
    const final = call('sessions.create', { workingGroupId: group.id, date: '1405/08/01' });
    const a = call('resolutions.add', { sessionId: draft.id, body: 'فوری', deadline: { kind: 'immediate' } });
    const b = call('resolutions.add', { sessionId: final.id, body: 'فوری', deadline: { kind: 'immediate' } });
    expect([a.dueDate, b.dueDate]).toEqual(['1405/09/05', '1405/08/04']);
    finalize(db, final.id);
    call('workingGroups.update', { id: group.id, immediateDays: 7 });
    expect(call('sessions.get', { id: draft.id }).resolutions[0]?.dueDate).toBe('1405/09/09');
    expect(call('sessions.get', { id: final.id }).resolutions[0]?.dueDate).toBe('1405/08/04');
  });
});

describe('sessions', () => {
  it('number within the Jalali year, newest first, and take typed dates in any digits', () => {
    const { call, group } = setup();
    const a = call('sessions.create', { workingGroupId: group.id, date: '۱۴۰۵/۹/۲', startTime: '۹:۳۰' });
    const b = call('sessions.create', { workingGroupId: group.id, date: '1405/09/16' });
    const c = call('sessions.create', { workingGroupId: group.id, date: '1406/01/20' });
    expect([a.number, a.year, a.date, a.startTime]).toEqual([1, 1405, '1405/09/02', '09:30']);
    expect([b.number, c.number, c.year]).toEqual([2, 1, 1406]);
    expect(call('sessions.nextNumber', { workingGroupId: group.id, year: 1405 })).toBe(3);
    expect(call('sessions.list', { workingGroupId: group.id }).map((s) => s.id)).toEqual([c.id, b.id, a.id]);
    expect(call('sessions.list', { workingGroupId: group.id, year: 1405 })).toHaveLength(2);
  });

  it('start from the previous session’s times, place, chair and secretary unless told otherwise', () => {
    const { call, group } = setup();
    const first = call('sessions.create', {
      workingGroupId: group.id,
      date: '1405/08/01',
      startTime: '09:30',
      location: 'سالن جلسات استانداری',
      chair: { name: 'اکرمی', title: 'معاون سیاسی، امنیتی و اجتماعی' },
      secretary: { name: 'سجادی', title: 'مدیر کل امور اجتماعی و فرهنگی' },
    });
    const next = call('sessions.create', { workingGroupId: group.id, date: '1405/09/02' });
    expect([next.startTime, next.location, next.chair, next.secretary]).toEqual([
      first.startTime,
      first.location,
      first.chair,
      first.secretary,
    ]);
    const other = call('sessions.create', {
      workingGroupId: group.id,
      date: '1405/09/20',
      location: null,
      chair: { name: 'رحیمی', title: null },
    });
    expect([other.location, other.chair, other.secretary.name]).toEqual([
      null,
      { name: 'رحیمی', title: null },
      'سجادی',
    ]);
  });

  it('take the working group’s default chair and secretary from the directory over the previous session’s', () => {
    const { db, call, dispatch, group } = setup();
    const before = call('sessions.create', {
      workingGroupId: group.id,
      date: '1405/08/01',
      chair: { name: 'معاون پیشین', title: null },
      secretary: { name: 'سجادی', title: 'مدیر کل' },
    });
    const chair = call('people.create', { name: 'اکرمی', title: 'معاون سیاسی، امنیتی و اجتماعی' });
    const g = call('workingGroups.update', { id: group.id, defaultChairId: chair.id });
    expect([g.defaultChairId, g.defaultSecretaryId]).toEqual([chair.id, null]);
    const next = call('sessions.create', { workingGroupId: group.id, date: '1405/09/02' });
    expect([next.chair, next.secretary]).toEqual([
      { name: 'اکرمی', title: 'معاون سیاسی، امنیتی و اجتماعی' },
      before.secretary,
    ]);

    // Someone not in the directory is refused at the field, and nothing changes.
    const rows = dump(db);
    const refused = dispatch('workingGroups.update', { id: group.id, defaultSecretaryId: crypto.randomUUID() });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', path: 'defaultSecretaryId' } });
    expect(dump(db)).toEqual(rows);

    // Removing the person from the directory clears the default; sessions keep the names they have.
    call('people.remove', { id: chair.id });
    expect(call('workingGroups.get', { id: group.id }).defaultChairId).toBeNull();
    expect(call('sessions.get', { id: next.id }).chair.name).toBe('اکرمی');
  });

  it('list the open resolutions of the group’s earlier sessions, newest first, overdue as of the session date', () => {
    const { call, group } = setup();
    const add = (sessionId: string, body: string, deadline: object) =>
      call('resolutions.add', { sessionId, body, deadline: deadline as never });
    const first = call('sessions.create', { workingGroupId: group.id, date: '1405/07/01' });
    add(first.id, 'الف', { kind: 'days', value: 10 });
    add(first.id, 'ب', { kind: 'continuous' });
    const second = call('sessions.create', { workingGroupId: group.id, date: '1405/08/01' });
    add(second.id, 'ج', { kind: 'months', value: 2 });
    const third = call('sessions.create', { workingGroupId: group.id, date: '1405/09/01' });
    add(third.id, 'د', { kind: 'days', value: 5 });
    const other = call('workingGroups.create', { name: 'کارگروه دیگر', province: 'مرکزی' });
    add(call('sessions.create', { workingGroupId: other.id, date: '1405/08/15' }).id, 'دیگر', {
      kind: 'days',
      value: 1,
    });

    const open = call('resolutions.openBefore', { sessionId: third.id });
    expect(open.map((r) => [r.sessionNumber, r.row, r.body, r.dueDate, r.overdue])).toEqual([
      [2, 1, 'ج', '1405/10/01', false],
      [1, 1, 'الف', '1405/07/11', true],
      [1, 2, 'ب', null, false],
    ]);
    expect(call('resolutions.openBefore', { sessionId: first.id })).toEqual([]);
    expect(call('resolutions.openBefore', { sessionId: second.id }).map((r) => r.body)).toEqual(['الف', 'ب']);
  });

  it('follow a date moved into another Jalali year with their year and its numbering', () => {
    const { call, group } = setup();
    call('sessions.create', { workingGroupId: group.id, date: '1399/02/02' });
    const s = call('sessions.create', { workingGroupId: group.id, date: '1405/09/02' });
    expect([s.year, s.number]).toEqual([1405, 1]);
    const moved = call('sessions.update', { id: s.id, date: '1399/03/10' });
    expect([moved.year, moved.number, moved.date]).toEqual([1399, 2, '1399/03/10']);
    const back = call('sessions.update', { id: s.id, date: '1405/01/15' });
    expect([back.year, back.number]).toEqual([1405, 1]);
    expect(call('sessions.update', { id: s.id, date: '1405/02/01', year: 1404 }).year).toBe(1404);
  });

  it('keep resolution rows 1..n through insert, delete and reorder', () => {
    const { call, group } = setup();
    const s = call('sessions.create', { workingGroupId: group.id, date: '1405/09/02' });
    const add = (body: string, row?: number) =>
      call('resolutions.add', { sessionId: s.id, body, row, deadline: { kind: 'continuous' } });
    add('الف');
    add('ب');
    add('ج');
    add('اول', 1);
    const rows = () => call('sessions.get', { id: s.id }).resolutions.map((r) => [r.row, r.body]);
    expect(rows()).toEqual([
      [1, 'اول'],
      [2, 'الف'],
      [3, 'ب'],
      [4, 'ج'],
    ]);
    const ids = call('sessions.get', { id: s.id }).resolutions.map((r) => r.id);
    call('resolutions.move', { id: ids[3]!, row: 2 });
    expect(rows()).toEqual([
      [1, 'اول'],
      [2, 'ج'],
      [3, 'الف'],
      [4, 'ب'],
    ]);
    call('resolutions.remove', { id: ids[0]! });
    expect(rows()).toEqual([
      [1, 'ج'],
      [2, 'الف'],
      [3, 'ب'],
    ]);
    call('resolutions.move', { id: ids[3]!, row: 99 });
    expect(rows()).toEqual([
      [1, 'الف'],
      [2, 'ب'],
      [3, 'ج'],
    ]);
  });

  it('compute due dates from the deadline and follow a change of the session date', () => {
    const { call, group } = setup();
    const s = call('sessions.create', { workingGroupId: group.id, date: '1399/02/02' });
    const r = call('resolutions.add', {
      sessionId: s.id,
      body: 'مقرر شد',
      deadline: { kind: 'months', value: 1 },
      responsible: [{ text: 'بهزیستی' }],
    });
    expect(r.dueDate).toBe('1399/03/02');
    const d = call('resolutions.add', { sessionId: s.id, body: 'فوری', deadline: { kind: 'immediate' } });
    expect(d.dueDate).toBe('1399/02/05');
    call('sessions.update', { id: s.id, date: '1399/06/31' });
    expect(call('sessions.get', { id: s.id }).resolutions.map((x) => x.dueDate)).toEqual(['1399/07/30', '1399/07/03']);
    const fixed = call('resolutions.update', { id: r.id, deadline: { kind: 'date', value: '۱۳۹۹/۸/۱' } });
    expect(fixed.deadline).toEqual({ kind: 'date', value: '1399/08/01' });
    expect(fixed.dueDate).toBe('1399/08/01');
    expect(fixed.responsible).toEqual([{ position: 0, organizationId: null, text: 'بهزیستی' }]);
  });

  it('refuse an empty resolution body and an invalid deadline date without writing anything', () => {
    const { db, call, dispatch, group } = setup();
    const s = call('sessions.create', { workingGroupId: group.id, date: '1405/09/02' });
    const before = dump(db);
    expect(
      dispatch('resolutions.add', { sessionId: s.id, body: '  ', deadline: { kind: 'continuous' } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', path: 'body', message: 'مفاد مصوبه نباید خالی باشد' },
    });
    expect(
      dispatch('resolutions.add', { sessionId: s.id, body: 'x', deadline: { kind: 'date', value: '1400/12/30' } }),
    ).toMatchObject({
      ok: false,
      error: { path: 'deadline.value' },
    });
    expect(dump(db)).toEqual(before);
  });

  it('derive absentees from the members active on the session date', () => {
    const { call, group } = setup();
    const add = (name: string, since: string | null = null) =>
      call('members.add', { workingGroupId: group.id, organizationName: name, since });
    const edu = add('اداره کل آموزش و پرورش');
    add('اداره کل بهزیستی');
    add('جمعیت هلال احمر', '1406/01/01');
    const s = call('sessions.create', { workingGroupId: group.id, date: '1405/09/02' });
    let view = call('attendance.get', { sessionId: s.id });
    expect(view.absentCount).toBe(2);
    expect(
      call('attendance.set', {
        sessionId: s.id,
        organizationId: edu.organizationId,
        status: 'present',
        person: 'فولادوند',
      }).absentCount,
    ).toBe(1);
    view = call('attendance.set', { sessionId: s.id, organizationName: 'شهرداری اراک', status: 'guest' });
    expect(view.entries.map((e) => [e.organizationName, e.status, e.derived])).toEqual([
      ['اداره کل آموزش و پرورش', 'present', false],
      ['شهرداری اراک', 'guest', false],
      ['اداره کل بهزیستی', 'absent', true],
    ]);
    expect(view.absentCount).toBe(1);
    // Typed on an Arabic keyboard, the same organisation is found, not duplicated.
    view = call('attendance.set', { sessionId: s.id, organizationName: 'اداره كل بهزيستي', status: 'deputy' });
    expect(view.absentCount).toBe(0);
    expect(view.entries).toHaveLength(3);
    // Status and person are set apart; each keeps the other, and naming a person marks presence.
    expect(
      call('attendance.set', { sessionId: s.id, organizationId: edu.organizationId, person: 'رضایی' }).entries[0],
    ).toMatchObject({ status: 'present', person: 'رضایی' });
    expect(
      call('attendance.set', { sessionId: s.id, organizationId: edu.organizationId, status: 'deputy' }).entries[0],
    ).toMatchObject({ status: 'deputy', person: 'رضایی' });
    view = call('attendance.clear', { sessionId: s.id, organizationId: edu.organizationId });
    expect(view.absentCount).toBe(1);
  });

  it('keep agenda, discussion and signatories in the order given', () => {
    const { call, group } = setup();
    const s = call('sessions.create', { workingGroupId: group.id, date: '1405/09/02' });
    const a1 = call('agenda.add', { sessionId: s.id, text: 'گزارش عملکرد' });
    call('agenda.add', { sessionId: s.id, text: 'طرح نو' });
    call('agenda.move', { id: a1.id, position: 1 });
    const sp = call('discussion.addSpeaker', { sessionId: s.id, speaker: { name: 'اکرمی', title: 'معاون' } });
    const p1 = call('discussion.addPoint', { speakerId: sp.id, text: 'نکته یک' });
    call('discussion.addPoint', { speakerId: sp.id, text: 'نکته صفر', position: 0 });
    call('discussion.updatePoint', { id: p1.id, text: 'نکته یک (ویرایش)' });
    call('signatories.add', { sessionId: s.id, name: 'سید علی آقازاده', title: 'استاندار' });
    const got = call('sessions.get', { id: s.id });
    expect(got.agenda.map((a) => a.text)).toEqual(['طرح نو', 'گزارش عملکرد']);
    expect(got.discussion[0]?.points.map((p) => p.text)).toEqual(['نکته صفر', 'نکته یک (ویرایش)']);
    expect(got.signatories.map((x) => x.name)).toEqual(['سید علی آقازاده']);
  });

  it('refuse every change to a final session, through every operation', () => {
    const { db, call, dispatch, group } = setup();
    const s = call('sessions.create', { workingGroupId: group.id, date: '1405/09/02' });
    const r = call('resolutions.add', { sessionId: s.id, body: 'مقرر شد', deadline: { kind: 'continuous' } });
    const a = call('agenda.add', { sessionId: s.id, text: 'دستور' });
    finalize(db, s.id);
    const before = dump(db);
    const attempts = [
      dispatch('sessions.update', { id: s.id, location: 'جای دیگر' }),
      dispatch('sessions.remove', { id: s.id }),
      dispatch('resolutions.update', { id: r.id, body: 'تغییر' }),
      dispatch('resolutions.add', { sessionId: s.id, body: 'تازه', deadline: { kind: 'continuous' } }),
      dispatch('resolutions.remove', { id: r.id }),
      dispatch('agenda.update', { id: a.id, text: 'تغییر' }),
      dispatch('attendance.set', { sessionId: s.id, organizationName: 'بهزیستی', status: 'present' }),
      dispatch('signatories.add', { sessionId: s.id, name: 'کسی' }),
    ];
    for (const attempt of attempts)
      expect(attempt).toMatchObject({
        ok: false,
        error: { code: 'session_final', message: expect.stringContaining('قطعی شده است') },
      });
    expect(dump(db)).toEqual(before);
  });
});
