// Marking many attendance lines at once (`attendance.setMany`): «همه حاضر» gives every member
// without a line of its own a line, in one transaction; named organisations keep their person.
import { describe, expect, it } from 'vitest';
import { api, createDb } from '../../helpers/db';

function setup() {
  const db = createDb();
  const { call, dispatch } = api(db);
  const group = call('workingGroups.create', { name: 'کارگروه اشتغال', province: 'مرکزی', organization: 'استانداری' });
  const ids = ['اداره کل آموزش و پرورش', 'اداره کل بهزیستی', 'جمعیت هلال احمر', 'فرمانداری اراک'].map(
    (name) => call('members.add', { workingGroupId: group.id, organizationName: name }).organizationId,
  );
  const s = call('sessions.create', { workingGroupId: group.id, date: '1405/09/02' });
  return { db, call, dispatch, ids, sessionId: s.id };
}

describe('attendance.setMany', () => {
  it('marks every member without a line present, leaving the lines typed as they are', () => {
    const { db, call, ids, sessionId } = setup();
    call('attendance.set', { sessionId, organizationId: ids[1]!, status: 'excused', person: 'رضایی' });
    call('attendance.set', { sessionId, organizationName: 'شهرداری اراک', status: 'guest' });
    const changes = () => (db.prepare('SELECT count(*) AS n FROM change_log').get() as { n: number }).n;
    const before = changes();
    const view = call('attendance.setMany', { sessionId, status: 'present' });
    // Members' lines in the group's order whatever order they were marked in; the guest after them.
    expect(view.entries.map((e) => [e.organizationName, e.status, e.person, e.derived])).toEqual([
      ['اداره کل آموزش و پرورش', 'present', null, false],
      ['اداره کل بهزیستی', 'excused', 'رضایی', false],
      ['جمعیت هلال احمر', 'present', null, false],
      ['فرمانداری اراک', 'present', null, false],
      ['شهرداری اراک', 'guest', null, false],
    ]);
    expect(view.absentCount).toBe(1);
    // Three lines added at the end, then the order written once: the five lines' places (each a change).
    const made = changes() - before;
    expect(made).toBe(8);
    // Nothing left to mark: a second press changes nothing.
    expect(call('attendance.setMany', { sessionId, status: 'present' })).toEqual(view);
    expect(changes() - before).toBe(made);
  });

  it('sets the organisations named, keeping who came', () => {
    const { call, ids, sessionId } = setup();
    call('attendance.set', { sessionId, organizationId: ids[0]!, person: 'فولادوند' });
    const view = call('attendance.setMany', { sessionId, status: 'deputy', organizationIds: [ids[0]!, ids[2]!] });
    expect(view.entries.filter((e) => !e.derived).map((e) => [e.organizationName, e.status, e.person])).toEqual([
      ['اداره کل آموزش و پرورش', 'deputy', 'فولادوند'],
      ['جمعیت هلال احمر', 'deputy', null],
    ]);
    expect(view.absentCount).toBe(2);
  });

  it('is all or nothing', () => {
    const { call, dispatch, ids, sessionId } = setup();
    const r = dispatch('attendance.setMany', {
      sessionId,
      status: 'present',
      organizationIds: [ids[0]!, '00000000-0000-4000-8000-000000000000'],
    });
    expect(r.ok).toBe(false);
    expect(call('attendance.get', { sessionId }).entries.every((e) => e.derived)).toBe(true);
  });
});
