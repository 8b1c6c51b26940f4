// A draft session's discussion: speakers in order, each with their points in order.
import type { Db } from '../db/open';
import { all, update } from '../db/sql';
import type { Handlers } from './handlers';
import { assertDraft } from './session-read';
import { create, makeRoom, moveInList, parentOf, removeFromList, rowById, type OrderedList } from './store';

const speakers: OrderedList = { table: 'speaker', parentColumn: 'session_id', column: 'position' };
const points: OrderedList = { table: 'discussion_point', parentColumn: 'speaker_id', column: 'position' };

/** The session a speaker's point belongs to, for the draft check. */
function sessionOfPoint(db: Db, pointId: string): string {
  return parentOf(db, speakers, parentOf(db, points, pointId, 'مطلب'), 'سخنران');
}

const point = (db: Db, id: string) =>
  rowById<{ id: string; position: number; text: string }>(db, 'discussion_point', 'id, position, text', id, 'مطلب');

function speaker(db: Db, id: string) {
  const s = rowById<{ id: string; position: number; name: string | null; title: string | null }>(
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
