// The registration helper: every contract key has a handler; bad input, unknown operations,
// domain refusals and storage failures all come back as a Result, and nothing is half-written.
import { describe, expect, it } from 'vitest';
import { asyncOperationNames, contract, operationNames } from '../../../electron/contract';
import { createAsyncHandlers } from '../../../electron/core/api/async-dispatch';
import { createDispatcher, isAsyncOperation } from '../../../electron/core/api/dispatch';
import { handlers } from '../../../electron/core/services';
import { api, createDb, dump } from '../../helpers/db';

describe('dispatch', () => {
  it('has exactly one handler for every contract operation: synchronous in the table, or asynchronous', () => {
    expect([...Object.keys(handlers), ...asyncOperationNames].sort()).toEqual([...operationNames].sort());
    expect(Object.keys(handlers).filter((k) => isAsyncOperation(k))).toEqual([]);
    // The async table: exactly the operations the contract marks `async: true`.
    expect(Object.keys(createAsyncHandlers()).sort()).toEqual([...asyncOperationNames].sort());
    expect(operationNames.filter((name) => contract[name].async).sort()).toEqual([...asyncOperationNames].sort());
    for (const name of operationNames) expect(contract[name].doc.length).toBeGreaterThan(0);
  });

  it('refuses an unknown operation', () => {
    const r = createDispatcher(createDb())('db.exec', { sql: 'DROP TABLE session' });
    expect(r).toEqual({
      ok: false,
      error: { code: 'unknown_operation', message: 'عملیات «db.exec» در قرارداد برنامه نیست', path: null },
    });
  });

  it('answers invalid input with the field path and a Persian message', () => {
    const { dispatch } = api(createDb());
    const r = dispatch('workingGroups.create', { name: '   ', province: 7 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid_input');
    expect(r.error.problems).toEqual([
      { path: 'name', message: 'این بخش نباید خالی باشد' },
      { path: 'province', message: expect.stringMatching(/[آ-ی]/) },
    ]);
  });

  it('answers a domain refusal with its code and path, and rolls back what the handler had written', () => {
    const db = createDb();
    const { dispatch, call } = api(db);
    const g = call('workingGroups.create', { name: 'کارگروه', province: 'مرکزی' });
    call('sessions.create', { workingGroupId: g.id, date: '1405/09/02' });
    const before = dump(db);
    const r = dispatch('sessions.create', { workingGroupId: g.id, date: '1405/09/10', startTime: '25:00' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', path: 'startTime' } });
    const bad = dispatch('sessions.create', { workingGroupId: g.id, date: '1400/12/30' });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', path: 'date', message: '«1400/12/30» تاریخ معتبری در تقویم شمسی نیست' },
    });
    expect(dump(db)).toEqual(before);
  });

  it('turns a database failure into a storage error and keeps the earlier data', () => {
    const db = createDb();
    const { call } = api(db);
    call('workingGroups.create', { name: 'کارگروه', province: 'مرکزی' });
    db.pragma('query_only = ON');
    const r = createDispatcher(db)('workingGroups.create', { name: 'دیگری', province: 'مرکزی' });
    expect(r).toMatchObject({ ok: false, error: { code: 'storage' } });
    db.pragma('query_only = OFF');
    expect(call('workingGroups.list', {})).toHaveLength(1);
  });
});
