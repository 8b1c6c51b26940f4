// A draft session's agenda items, in order.
import type { Db } from '../db/open';
import { update } from '../db/sql';
import type { Handlers } from './handlers';
import { assertDraft } from './session-read';
import { create, makeRoom, moveInList, parentOf, removeFromList, rowById, type OrderedList } from './store';

const agenda: OrderedList = { table: 'agenda_item', parentColumn: 'session_id', column: 'position' };

const agendaItem = (db: Db, id: string) =>
  rowById<{ id: string; position: number; text: string }>(db, 'agenda_item', 'id, position, text', id, 'دستور کار');
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
