// A session's invitation: what it prints, read from the real minutes (seed 003) — the date with its
// true weekday, place, agenda, the members on the session's date, who signs — and the office's
// number, date and mode kept; what cannot be printed or kept is refused in Persian.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../electron/contract/define';
import { api, createDb } from '../../helpers/db';
import { fixture } from '../../helpers/fixtures';
import { headquarters, province } from '../../helpers/national';

const png = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/letterhead/logo.png'));

function seeded() {
  const { call, dispatch } = api(createDb());
  call('secretariat.setup', { name: 'دبیرخانه کارگروه‌های استانداری مرکزی', province: 'مرکزی' });
  const { sessionId, workingGroupId } = call('minutes.import', { document: fixture() });
  const members = call('members.list', { workingGroupId });
  return { call, dispatch, sessionId, workingGroupId, members };
}

const refusal = (r: Result<unknown>) => {
  expect(r.ok).toBe(false);
  return r.ok ? { message: '', path: null } : r.error;
};

describe('invitations', () => {
  it('prints the session’s long date with its weekday, place, agenda, every member and the secretary', () => {
    const { call, sessionId, members } = seeded();
    call('letterhead.set', { heading: 'استانداری مرکزی\nدبیرخانه کارگروه', logo: png.toString('base64') });
    const p = call('invitations.printable', { sessionId });
    expect(p.session).toMatchObject({
      number: 1,
      year: 1399,
      ordinal: 'اولین',
      date: '1399/02/02',
      weekday: 'سه‌شنبه',
      longDate: 'سه‌شنبه ۲ اردیبهشت ۱۳۹۹',
      location: 'سالن جلسات طبقه چهارم استانداری',
    });
    expect(p.workingGroup).toBe('کار گروه تخصصی امور اجتماعی، فرهنگی، سلامت، زنان و خانواده استان مرکزی');
    expect(p.secretariat).toBe('دبیرخانه کارگروه‌های استانداری مرکزی');
    expect(p.agenda).toHaveLength(2);
    expect(p.agenda[1]).toContain('طرح پوشش مردم کنار مردم');
    expect(p.members.map((m) => m.name)).toEqual(members.map((m) => m.organizationName));
    expect(p.addressees).toEqual(p.members);
    expect(p.signatory).toEqual({ name: 'سجادی', title: 'مدیر کل امور اجتماعی و فرهنگی' });
    expect(p.letterhead.lines).toEqual(['استانداری مرکزی', 'دبیرخانه کارگروه']);
    expect(p.letterhead.logo?.width).toBe(240);
    expect(p.mark).toBeNull();
    expect(p.mode).toBe('each');
  });

  it('prints one member’s letter when asked; the members are those on the session’s date', () => {
    const { call, dispatch, sessionId, members } = seeded();
    const one = members[3]!;
    expect(call('invitations.printable', { sessionId, organizationId: one.organizationId }).addressees).toEqual([
      { organizationId: one.organizationId, name: one.organizationName },
    ]);
    // A member that left before the session is neither invited nor in the «رونوشت».
    call('members.update', { id: one.id, since: null, until: '1399/01/15' });
    const p = call('invitations.printable', { sessionId });
    expect(p.members).toHaveLength(members.length - 1);
    expect(p.members.map((m) => m.organizationId)).not.toContain(one.organizationId);
    const e = refusal(dispatch('invitations.printable', { sessionId, organizationId: one.organizationId }));
    expect(e.message).toContain('عضو کارگروه نیست');
  });

  it('is signed by the group’s default secretary when the session names none', () => {
    const { call, sessionId, workingGroupId } = seeded();
    call('sessions.update', { id: sessionId, secretary: { name: null, title: null } });
    expect(call('invitations.printable', { sessionId }).signatory).toBeNull();
    const person = call('people.create', { name: 'مریم سجادی', title: 'دبیر کارگروه', organizationId: null });
    call('workingGroups.update', { id: workingGroupId, defaultSecretaryId: person.id });
    expect(call('invitations.printable', { sessionId }).signatory).toEqual({
      name: 'مریم سجادی',
      title: 'دبیر کارگروه',
    });
  });

  it('prints a session without agenda, and a past one: an invitation is reprinted later', () => {
    const { call, sessionId, workingGroupId } = seeded();
    const later = call('sessions.create', { workingGroupId, date: '1399/03/05' });
    const p = call('invitations.printable', { sessionId: later.id });
    expect(p.agenda).toEqual([]);
    expect(p.session.longDate).toBe('دوشنبه ۵ خرداد ۱۳۹۹');
    expect(call('invitations.printable', { sessionId }).session.date < '1405/01/01').toBe(true);
  });

  it('keeps the number, the date canonical from any digits, and the mode; the mode kept is the one printed', () => {
    const { call, sessionId } = seeded();
    expect(call('invitations.mark', { sessionId, number: ' ۱۲۳/د/۹۹ ', date: '۱۳۹۹/۱/۲۸', mode: 'copies' })).toEqual({
      number: '۱۲۳/د/۹۹',
      date: '1399/01/28',
      mode: 'copies',
    });
    const p = call('invitations.printable', { sessionId });
    expect(p.mark).toEqual({ number: '۱۲۳/د/۹۹', date: '1399/01/28', mode: 'copies' });
    expect(p.mode).toBe('copies');
    // Asked for, another mode prints without changing what is kept.
    expect(call('invitations.printable', { sessionId, mode: 'each' }).mode).toBe('each');
    expect(call('invitations.mark', { sessionId, number: '', date: '', mode: 'each' })).toEqual({
      number: null,
      date: null,
      mode: 'each',
    });
    expect(call('invitations.printable', { sessionId }).mark).toEqual({ number: null, date: null, mode: 'each' });
  });

  it('refuses in Persian a bad date, an unknown mode, an unknown session, keeping what was kept', () => {
    const { call, dispatch, sessionId } = seeded();
    call('invitations.mark', { sessionId, number: '۱۲۳', date: '1399/01/28', mode: 'each' });
    const bad = refusal(dispatch('invitations.mark', { sessionId, number: '۱۲۴', date: '1399/13/01', mode: 'each' }));
    expect(bad.message).toContain('تاریخ معتبری در تقویم شمسی نیست');
    expect(bad.path).toBe('date');
    expect(
      refusal(dispatch('invitations.mark', { sessionId, number: '۱', date: 'فردا', mode: 'each' })).message,
    ).toContain('تاریخ شمسی نیست');
    expect(
      refusal(dispatch('invitations.mark', { sessionId, number: '۱', date: null, mode: 'all' })).message,
    ).toContain('شیوه دعوتنامه ناشناخته است');
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(refusal(dispatch('invitations.printable', { sessionId: unknown })).message).toContain('جلسه');
    expect(
      refusal(dispatch('invitations.mark', { sessionId: unknown, number: null, date: null, mode: 'each' })).message,
    ).toContain('جلسه');
    expect(call('invitations.printable', { sessionId }).mark).toEqual({
      number: '۱۲۳',
      date: '1399/01/28',
      mode: 'each',
    });
  });

  it('refuses a group with no member on the session’s date', () => {
    const { call, dispatch } = seeded();
    const group = call('workingGroups.create', { name: 'کارگروه تازه', province: 'مرکزی' });
    const s = call('sessions.create', { workingGroupId: group.id, date: '1399/05/01' });
    expect(refusal(dispatch('invitations.printable', { sessionId: s.id })).message).toContain('دستگاه عضوی ندارد');
  });

  it('refuses to keep a number for headquarters’ national minutes at a province: not this office’s session', () => {
    const hq = headquarters();
    const markazi = province('مرکزی');
    markazi.take(hq.direct());
    const e = refusal(
      markazi.dispatch('invitations.mark', { sessionId: hq.sessionId, number: '۱', date: null, mode: 'each' }),
    );
    expect(e.message).toContain('فقط خواندنی');
  });

  it('goes with its session', () => {
    const { call, dispatch, workingGroupId } = seeded();
    const s = call('sessions.create', { workingGroupId, date: '1399/03/05' });
    call('invitations.mark', { sessionId: s.id, number: '۱', date: null, mode: 'each' });
    call('sessions.remove', { id: s.id });
    expect(dispatch('invitations.printable', { sessionId: s.id }).ok).toBe(false);
  });
});
