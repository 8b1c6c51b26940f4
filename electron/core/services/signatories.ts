// A draft session's signatories, in order.
import type { Db } from '../db/open';
import { update } from '../db/sql';
import type { Handlers } from './handlers';
import { assertDraft } from './session-read';
import { create, makeRoom, moveInList, parentOf, removeFromList, rowById, type OrderedList } from './store';

const signatories: OrderedList = { table: 'signatory', parentColumn: 'session_id', column: 'position' };

const signatory = (db: Db, id: string) =>
  rowById<{ id: string; position: number; name: string; title: string | null }>(
    db,
    'signatory',
    'id, position, name, title',
    id,
    'امضاکننده',
  );

const ok = { ok: true as const };

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
