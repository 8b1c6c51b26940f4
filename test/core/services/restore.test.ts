// Removing a part of a draft session and putting it back (what the editor's undo does) on a real
// SQLite file: each removal answers the row as it was; adding it back with its id and place gives
// the session exactly as before, and the change log ends on an insert of the same id.
import { describe, expect, it } from 'vitest';
import { api, createDb } from '../../helpers/db';

function setup() {
  const db = createDb();
  const { call, dispatch } = api(db);
  const group = call('workingGroups.create', { name: 'کارگروه اجتماعی', province: 'مرکزی' });
  const s = call('sessions.create', { workingGroupId: group.id, date: '1405/09/02' });
  const sessionId = s.id;
  for (const text of ['یک', 'دو', 'سه']) call('agenda.add', { sessionId, text });
  const sp = call('discussion.addSpeaker', { sessionId, speaker: { name: 'اکرمی', title: 'معاون' } });
  call('discussion.addSpeaker', { sessionId, speaker: { name: 'سجادی', title: null } });
  for (const text of ['الف', 'ب']) call('discussion.addPoint', { speakerId: sp.id, text });
  for (const body of ['مقرر شد یک', 'مقرر شد دو', 'مقرر شد سه'])
    call('resolutions.add', {
      sessionId,
      title: `عنوان ${body}`,
      body,
      deadline: { kind: 'days', value: 10 },
      responsible: [{ text: 'بهزیستی' }, { text: 'آموزش و پرورش' }],
    });
  for (const name of ['مهمان یک', 'مهمان دو', 'مهمان سه'])
    call('attendance.set', { sessionId, organizationName: name, status: 'guest', person: `آقای ${name}` });
  for (const name of ['آقازاده', 'اکرمی', 'سجادی']) call('signatories.add', { sessionId, name, title: 'سمت' });
  const get = () => call('sessions.get', { id: sessionId });
  const lastLog = (id: string) =>
    db.prepare('SELECT op FROM change_log WHERE entity_id = ? ORDER BY seq DESC LIMIT 2').pluck().all(id);
  return { db, call, dispatch, sessionId, get, lastLog };
}

describe('removing and putting back', () => {
  it('gives every part back with its content and place, in the database too', () => {
    const { call, sessionId, get, lastLog } = setup();
    const before = get();

    const item = call('agenda.remove', { id: before.agenda[1]!.id });
    expect(item).toEqual(before.agenda[1]);
    expect(get().agenda.map((a) => a.text)).toEqual(['یک', 'سه']);
    call('agenda.add', { sessionId, ...item });

    const point = call('discussion.removePoint', { id: before.discussion[0]!.points[0]!.id });
    call('discussion.addPoint', { speakerId: before.discussion[0]!.id, ...point });

    const speaker = call('discussion.removeSpeaker', { id: before.discussion[0]!.id });
    expect(get().discussion).toHaveLength(1);
    call('discussion.addSpeaker', { sessionId, ...speaker });

    call('resolutions.setStatus', { id: before.resolutions[1]!.id, status: 'in_progress' });
    const r = call('resolutions.remove', { id: before.resolutions[1]!.id });
    expect(r).toMatchObject({ ...before.resolutions[1], status: 'in_progress' });
    expect(get().resolutions.map((x) => x.row)).toEqual([1, 2]);
    call('resolutions.add', { sessionId, ...r, responsible: r.responsible });

    const guest = before.attendance.entries[1]!;
    call('attendance.clear', { sessionId, organizationId: guest.organizationId });
    call('attendance.set', { sessionId, ...guest, position: 1 });

    const sig = call('signatories.remove', { id: before.signatories[0]!.id });
    call('signatories.add', { sessionId, ...sig });

    expect(get()).toEqual(before);
    expect(lastLog(r.id)).toEqual(['insert', 'delete']);
    expect(lastLog(speaker.points[0]!.id)).toEqual(['insert', 'delete']);
    const board = call('board.list', { workingGroupId: before.workingGroupId });
    expect(board.rows.find((x) => x.id === r.id)?.status).toBe('in_progress');
  });

  it('refuses to put back a row that is there, and to remove a resolution with follow-up reports', () => {
    const { call, dispatch, sessionId, get } = setup();
    const s = get();
    expect(dispatch('agenda.add', { sessionId, ...s.agenda[0]! })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/سر جای خود/) },
    });
    const r = s.resolutions[0]!;
    call('followUps.add', { resolutionId: r.id, date: '1405/09/20', text: 'انجام شد' });
    expect(dispatch('resolutions.remove', { id: r.id })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/گزارش پیگیری دارد/) },
    });
    expect(get().resolutions).toHaveLength(3);
  });
});
