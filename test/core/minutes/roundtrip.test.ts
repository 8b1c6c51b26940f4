// Import then export of the real Markazi minutes gives back the same document, plus ids and due dates.
import { describe, expect, it } from 'vitest';
import { api, createDb } from '../../helpers/db';
import { fixture } from '../../helpers/fixtures';

/** Removes what export adds (ids, computed due dates) so the rest can be compared exactly. */
function withoutFilledIn(doc: ReturnType<typeof fixture>) {
  const copy = structuredClone(doc);
  delete copy.workingGroup.id;
  delete copy.session.id;
  for (const r of copy.session.resolutions) {
    delete r.id;
    delete r.dueDate;
  }
  return copy;
}

describe('dabir.minutes/1 round trip', () => {
  it('exports the imported fixture unchanged, with ids and computed due dates', () => {
    const db = createDb();
    const { call } = api(db);
    const source = fixture();
    const imported = call('minutes.import', { document: source });
    const exported = call('minutes.export', { sessionId: imported.sessionId });

    expect(withoutFilledIn(exported)).toEqual(source);
    expect(exported.session.id).toBe(imported.sessionId);
    expect(exported.workingGroup.id).toBe(imported.workingGroupId);
    expect(exported.session.resolutions.map((r) => r.dueDate)).toEqual([
      '1399/02/12',
      '1399/03/02',
      null,
      '1399/02/05',
      null,
    ]);
    expect(new Set(exported.session.resolutions.map((r) => r.id)).size).toBe(5);
  });

  it('keeps the text exactly as written and derives the 14 absentees of the real minutes', () => {
    const db = createDb();
    const { call } = api(db);
    const { sessionId, workingGroupId } = call('minutes.import', { document: fixture() });
    const session = call('sessions.get', { id: sessionId });
    expect(session.attendance.absentCount).toBe(14);
    expect(session.resolutions[1]?.body).toContain('الف) ادارات کل تبلیغات اسلامی');
    // Every non-guest organisation became a member, in the order of the minutes.
    const members = call('members.list', { workingGroupId });
    expect(members).toHaveLength(40);
    expect(members[0]?.organizationName).toBe('معاونت سیاسی، امنیتی و اجتماعی استانداری');
  });

  it('exports a session drafted in Dabir with its derived absentees listed as absent', () => {
    const db = createDb();
    const { call } = api(db);
    const { workingGroupId } = call('minutes.import', { document: fixture() });
    const s = call('sessions.create', { workingGroupId, date: '۱۳۹۹/۳/۵' });
    expect(s.number).toBe(2);
    call('attendance.set', {
      sessionId: s.id,
      organizationName: 'اداره کل آموزش و پرورش',
      status: 'present',
      person: 'فولادوند',
    });
    const doc = call('minutes.export', { sessionId: s.id });
    expect(doc.session.date).toBe('1399/03/05');
    expect(doc.session.attendance).toHaveLength(40);
    expect(doc.session.attendance[0]).toEqual({
      organization: 'اداره کل آموزش و پرورش',
      person: 'فولادوند',
      status: 'present',
    });
    expect(doc.session.attendance.filter((a) => a.status === 'absent')).toHaveLength(39);
  });

  it('accepts Persian and Arabic-Indic digits and one-digit month/day, and stores dates canonical', () => {
    const db = createDb();
    const { call } = api(db);
    const doc = fixture();
    doc.session.date = '١٣٩٩/٢/٢';
    doc.session.startTime = '۹:۳۰';
    doc.session.resolutions[0].deadline = { kind: 'date', value: '۱۳۹۹/۳/۱' };
    const { sessionId } = call('minutes.import', { document: doc });
    const out = call('minutes.export', { sessionId });
    expect(out.session.date).toBe('1399/02/02');
    expect(out.session.startTime).toBe('09:30');
    expect(out.session.resolutions[0]?.deadline).toEqual({ kind: 'date', value: '1399/03/01' });
    expect(out.session.resolutions[0]?.dueDate).toBe('1399/03/01');
  });

  it('replaces a draft when asked, and matches the working group across Arabic ي/ك and ZWNJ', () => {
    const db = createDb();
    const { call } = api(db);
    const first = call('minutes.import', { document: fixture() });
    const doc = fixture();
    doc.workingGroup.name = doc.workingGroup.name.replaceAll('ی', 'ي').replaceAll('ک', 'ك');
    doc.session.resolutions = doc.session.resolutions.slice(0, 2);
    const second = call('minutes.import', { document: doc, replaceDraft: true });
    expect(second.replaced).toBe(true);
    expect(second.workingGroupId).toBe(first.workingGroupId);
    expect(call('sessions.list', { workingGroupId: first.workingGroupId })).toHaveLength(1);
    expect(call('sessions.get', { id: second.sessionId }).resolutions).toHaveLength(2);
  });
});
