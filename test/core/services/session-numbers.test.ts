// Session numbers on a real SQLite file: drafts 1..n by date within each year through create, date
// changes (across years too) and delete; final sessions and imported numbers never renumbered; a
// final never deleted.
import { describe, expect, it } from 'vitest';
import { api, createDb, finalize } from '../../helpers/db';
import { fixture } from '../../helpers/fixtures';

function setup() {
  const db = createDb();
  const { call, dispatch } = api(db);
  const group = call('workingGroups.create', { name: 'کارگروه اجتماعی', province: 'مرکزی' });
  const create = (date: string) => call('sessions.create', { workingGroupId: group.id, date }).id;
  /** Each session of the group as `number@year`, by id. */
  const shown = () =>
    Object.fromEntries(call('sessions.list', { workingGroupId: group.id }).map((x) => [x.id, `${x.number}@${x.year}`]));
  return { db, call, dispatch, group, create, shown };
}

describe('session numbers', () => {
  it('follow the repro of issue 14: a new session dated into 1399 is 1399’s second, 1405 keeps 1..n', () => {
    const { call, create, shown } = setup();
    const old = create('1399/02/02');
    const a = create('1405/09/01');
    const b = create('1405/09/05');
    const c = create('1405/09/10');
    call('sessions.update', { id: c, date: '۱۳۹۹/۰۳/۱۰' });
    expect(shown()).toEqual({ [old]: '1@1399', [c]: '2@1399', [a]: '1@1405', [b]: '2@1405' });
    // Back again: it is the latest of 1405, and 1399 is left with its one session.
    call('sessions.update', { id: c, date: '1405/09/10' });
    expect(shown()).toEqual({ [old]: '1@1399', [a]: '1@1405', [b]: '2@1405', [c]: '3@1405' });
    // Moved before the others in its year: it takes number 1 and they move down, no number twice.
    call('sessions.update', { id: c, date: '1405/01/15' });
    expect(shown()).toEqual({ [old]: '1@1399', [c]: '1@1405', [a]: '2@1405', [b]: '3@1405' });
  });

  it('renumber the later drafts of the year when one is deleted, and never delete or renumber a final', () => {
    const { db, call, dispatch, create, shown } = setup();
    const a = create('1405/02/01');
    const b = create('1405/05/01');
    const c = create('1405/07/01');
    finalize(db, a);
    call('sessions.remove', { id: b });
    expect(shown()).toEqual({ [a]: '1@1405', [c]: '2@1405' });
    // A draft dated before the final still cannot take its number.
    const early = create('1405/01/01');
    expect(shown()).toEqual({ [a]: '1@1405', [early]: '2@1405', [c]: '3@1405' });
    const refused = dispatch('sessions.remove', { id: a });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'session_final', message: expect.stringMatching(/قطعی/) },
    });
    expect(shown()[a]).toBe('1@1405');
  });

  it('put right a year an older version left with gaps at its next change', () => {
    const { db, create, shown, call } = setup();
    const a = create('1405/03/01');
    const b = create('1405/04/01');
    db.prepare('UPDATE session SET number = number + 10').run();
    expect(shown()).toEqual({ [a]: '11@1405', [b]: '12@1405' });
    const c = create('1405/05/01');
    expect(shown()).toEqual({ [a]: '1@1405', [b]: '2@1405', [c]: '3@1405' });
    expect(
      call('sessions.nextNumber', { workingGroupId: call('sessions.get', { id: a }).workingGroupId, year: 1405 }),
    ).toBe(4);
  });

  it('keep the number an imported document gave its session, and number the drafts around it', () => {
    const { call, group, create, shown } = setup();
    const doc = fixture();
    doc.workingGroup.name = 'کارگروه اجتماعی';
    doc.session.number = 5;
    // Only the fifth session of 1399 was typed elsewhere; the secretary then drafts two in Dabir.
    const fifth = call('minutes.import', { document: doc }).sessionId;
    const a = create('1399/05/01');
    const b = create('1399/01/20');
    expect(shown()).toEqual({ [fifth]: '5@1399', [b]: '1@1399', [a]: '2@1399' });
    // Drafts move around it; it stays the fifth, and a draft dated after it still takes a free number.
    call('sessions.update', { id: b, date: '1399/06/01' });
    expect(shown()).toEqual({ [fifth]: '5@1399', [a]: '1@1399', [b]: '2@1399' });
    expect(call('sessions.nextNumber', { workingGroupId: group.id, year: 1399 })).toBe(3);
    call('sessions.remove', { id: a });
    expect(shown()).toEqual({ [fifth]: '5@1399', [b]: '1@1399' });
  });
});
