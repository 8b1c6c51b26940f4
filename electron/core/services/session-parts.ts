// The ordered text parts of a draft session: agenda items, discussion (speakers and their points), signatories.
import type { Db } from '../db/open';
import { all, get, update } from '../db/sql';
import { notFound } from '../errors';
import type { Handlers } from './handlers';
import { assertDraft } from './session-read';
import { create, makeRoom, moveInList, parentOf, removeFromList, type OrderedList } from './store';

const agenda: OrderedList = { table: 'agenda_item', parentColumn: 'session_id', column: 'position' };
const speakers: OrderedList = { table: 'speaker', parentColumn: 'session_id', column: 'position' };
const points: OrderedList = { table: 'discussion_point', parentColumn: 'speaker_id', column: 'position' };
const signatories: OrderedList = { table: 'signatory', parentColumn: 'session_id', column: 'position' };

/** The session a speaker's point belongs to, for the draft check. */
function sessionOfPoint(db: Db, pointId: string): string {
  return parentOf(db, speakers, parentOf(db, points, pointId, 'مطلب'), 'سخنران');
}

function one<T>(db: Db, table: string, columns: string, id: string, what: string): T {
  const row = get<T>(db, { text: `SELECT ${columns} FROM ${table} WHERE id = ?`, params: [id] });
  if (!row) throw notFound(what);
  return row;
}

const agendaItem = (db: Db, id: string) =>
  one<{ id: string; position: number; text: string }>(db, 'agenda_item', 'id, position, text', id, 'دستور کار');
const point = (db: Db, id: string) =>
  one<{ id: string; position: number; text: string }>(db, 'discussion_point', 'id, position, text', id, 'مطلب');
const signatory = (db: Db, id: string) =>
  one<{ id: string; position: number; name: string; title: string | null }>(
    db,
    'signatory',
    'id, position, name, title',
    id,
    'امضاکننده',
  );

function speaker(db: Db, id: string) {
  const s = one<{ id: string; position: number; name: string | null; title: string | null }>(
    db,
    'speaker',
    'id, position, name, title',
    id,
    'سخنران',
  );
  return { id: s.id, position: s.position, speaker: { name: s.name, title: s.title }, points: listPoints(db, id) };
}

function listPoints(db: Db, speakerId: string) {
  return all<{ id: string; position: number; text: string }>(db, {
    text: 'SELECT id, position, text FROM discussion_point WHERE speaker_id = ? ORDER BY position',
    params: [speakerId],
  });
}

const ok = { ok: true as const };

export const agendaHandlers = {
  'agenda.add': (db, { sessionId, id, text, position }) => {
    assertDraft(db, sessionId);
    const at = makeRoom(db, agenda, sessionId, position);
    return agendaItem(db, create(db, 'agenda_item', { session_id: sessionId, position: at, text }, id));
  },
  'agenda.update': (db, { id, text }) => {
    assertDraft(db, parentOf(db, agenda, id, 'دستور کار'));
    update(db, 'agenda_item', id, { text });
    return agendaItem(db, id);
  },
  'agenda.move': (db, { id, position }) => {
    assertDraft(db, parentOf(db, agenda, id, 'دستور کار'));
    moveInList(db, agenda, id, position, 'دستور کار');
    return ok;
  },
  'agenda.remove': (db, { id }) => {
    assertDraft(db, parentOf(db, agenda, id, 'دستور کار'));
    const removed = agendaItem(db, id);
    removeFromList(db, agenda, id, 'دستور کار');
    return removed;
  },
} satisfies Handlers<'agenda'>;

export const discussionHandlers = {
  'discussion.addSpeaker': (db, { sessionId, id, speaker: who, position, points: texts }) => {
    assertDraft(db, sessionId);
    const at = makeRoom(db, speakers, sessionId, position);
    const speakerId = create(
      db,
      'speaker',
      { session_id: sessionId, position: at, name: who.name, title: who.title },
      id,
    );
    texts.forEach((p, i) => create(db, 'discussion_point', { speaker_id: speakerId, position: i, text: p.text }, p.id));
    return speaker(db, speakerId);
  },
  'discussion.updateSpeaker': (db, { id, speaker: who }) => {
    assertDraft(db, parentOf(db, speakers, id, 'سخنران'));
    const current = speaker(db, id).speaker;
    update(db, 'speaker', id, {
      name: who.name === undefined ? current.name : who.name,
      title: who.title === undefined ? current.title : who.title,
    });
    return speaker(db, id);
  },
  'discussion.moveSpeaker': (db, { id, position }) => {
    assertDraft(db, parentOf(db, speakers, id, 'سخنران'));
    moveInList(db, speakers, id, position, 'سخنران');
    return ok;
  },
  'discussion.removeSpeaker': (db, { id }) => {
    assertDraft(db, parentOf(db, speakers, id, 'سخنران'));
    const removed = speaker(db, id);
    removeFromList(db, speakers, id, 'سخنران');
    return removed;
  },
  'discussion.addPoint': (db, { speakerId, id, text, position }) => {
    assertDraft(db, parentOf(db, speakers, speakerId, 'سخنران'));
    const at = makeRoom(db, points, speakerId, position);
    return point(db, create(db, 'discussion_point', { speaker_id: speakerId, position: at, text }, id));
  },
  'discussion.updatePoint': (db, { id, text }) => {
    assertDraft(db, sessionOfPoint(db, id));
    update(db, 'discussion_point', id, { text });
    return point(db, id);
  },
  'discussion.movePoint': (db, { id, position }) => {
    assertDraft(db, sessionOfPoint(db, id));
    moveInList(db, points, id, position, 'مطلب');
    return ok;
  },
  'discussion.removePoint': (db, { id }) => {
    assertDraft(db, sessionOfPoint(db, id));
    const removed = point(db, id);
    removeFromList(db, points, id, 'مطلب');
    return removed;
  },
} satisfies Handlers<'discussion'>;

export const signatoryHandlers = {
  'signatories.add': (db, { sessionId, id, name, title, position }) => {
    assertDraft(db, sessionId);
    const at = makeRoom(db, signatories, sessionId, position);
    return signatory(db, create(db, 'signatory', { session_id: sessionId, position: at, name, title }, id));
  },
  'signatories.update': (db, { id, name, title }) => {
    assertDraft(db, parentOf(db, signatories, id, 'امضاکننده'));
    const current = signatory(db, id);
    update(db, 'signatory', id, { name: name ?? current.name, title: title === undefined ? current.title : title });
    return signatory(db, id);
  },
  'signatories.move': (db, { id, position }) => {
    assertDraft(db, parentOf(db, signatories, id, 'امضاکننده'));
    moveInList(db, signatories, id, position, 'امضاکننده');
    return ok;
  },
  'signatories.remove': (db, { id }) => {
    assertDraft(db, parentOf(db, signatories, id, 'امضاکننده'));
    const removed = signatory(db, id);
    removeFromList(db, signatories, id, 'امضاکننده');
    return removed;
  },
} satisfies Handlers<'signatories'>;
