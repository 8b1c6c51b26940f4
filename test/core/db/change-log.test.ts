// Every write goes through the append-only change log, whatever path made it.
import { describe, expect, it } from 'vitest';
import { api, createDb, readRows } from '../../helpers/db';
import { fixture } from '../../helpers/fixtures';

type Change = { seq: number; entity: string; entity_id: string; op: string; at: string };

describe('change log', () => {
  it('records inserts, updates and deletes with increasing sequence numbers', () => {
    const db = createDb();
    const { call } = api(db);
    const start = readRows<Change>(db, 'change_log').length;
    const g = call('workingGroups.create', { name: 'کارگروه سلامت', province: 'مرکزی' });
    call('workingGroups.update', { id: g.id, province: 'تهران' });
    call('workingGroups.update', { id: g.id, province: 'تهران' }); // same value: nothing to log
    call('workingGroups.remove', { id: g.id });
    const changes = readRows<Change>(db, 'change_log', 'seq').slice(start);
    expect(changes.map((c) => [c.entity, c.entity_id, c.op])).toEqual([
      ['working_group', g.id, 'insert'],
      ['working_group', g.id, 'update'],
      ['working_group', g.id, 'delete'],
    ]);
    expect(changes.map((c) => c.seq)).toEqual([...changes.map((c) => c.seq)].sort((a, b) => a - b));
    expect(changes[0]?.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('logs the cascaded deletes of a session’s parts', () => {
    const db = createDb();
    const { call } = api(db);
    const { sessionId } = call('minutes.import', { document: fixture() });
    const before = readRows<Change>(db, 'change_log').length;
    call('sessions.remove', { id: sessionId });
    const deleted = readRows<Change>(db, 'change_log', 'seq').slice(before);
    const entities = new Set(deleted.map((c) => c.entity));
    expect(entities).toEqual(
      new Set([
        'session',
        'agenda_item',
        'speaker',
        'discussion_point',
        'resolution',
        'responsible',
        'attendance',
        'signatory',
      ]),
    );
    expect(deleted.every((c) => c.op === 'delete')).toBe(true);
  });

  it('is append-only: updating or deleting a change is refused by the database', () => {
    const db = createDb();
    expect(() => db.prepare('UPDATE change_log SET op = ?').run('insert')).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM change_log').run()).toThrow(/append-only/);
  });
});
