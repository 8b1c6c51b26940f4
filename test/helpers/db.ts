// Shared test helpers: real SQLite files in a temp folder, a checked API caller, table dumps.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach } from 'vitest';
import type { InputOf, OperationName, OutputOf } from '../../electron/contract';
import { createDispatcher } from '../../electron/core/api/dispatch';
import { configure, openDatabase, type Db } from '../../electron/core/db/open';
import { migrate } from '../../electron/core/db/migrate';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

export function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dabir-test-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A fresh, fully migrated database in its own file. */
export function createDb(file = path.join(tempDir(), 'dabir.sqlite')): Db {
  const db = openDatabase(file);
  cleanups.push(() => db.open && db.close());
  return db;
}

/** A raw database at a given schema version, for migration tests. */
export function migrateTo(version: number, file = path.join(tempDir(), 'dabir.sqlite')): Db {
  const db = new Database(file);
  configure(db);
  migrate(db, version);
  cleanups.push(() => db.open && db.close());
  return db;
}

export function insertRows(db: Db, table: string, rows: Record<string, unknown>[]): void {
  for (const row of rows) {
    const cols = Object.keys(row);
    db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(
      ...Object.values(row),
    );
  }
}

export function readRows<T = Record<string, unknown>>(db: Db, table: string, order = 'rowid'): T[] {
  return db.prepare(`SELECT * FROM ${table} ORDER BY ${order}`).all() as T[];
}

export function explainPlan(db: Db, query: string, ...params: unknown[]): string {
  return (db.prepare(`EXPLAIN QUERY PLAN ${query}`).all(...params) as { detail: string }[])
    .map((r) => r.detail)
    .join('\n');
}

/** Every user table's rows, to prove a refused operation changed nothing. */
export function dump(db: Db): Record<string, unknown[]> {
  const tables = db
    .prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .all() as { name: string; sql: string }[];
  // The search index's shadow tables include one WITHOUT ROWID: ordered by its key instead.
  return Object.fromEntries(
    tables.map((t) => [t.name, readRows(db, t.name, /WITHOUT ROWID/i.test(t.sql) ? '1' : 'rowid')]),
  );
}

/** Calls the API as a transport would, with output checked against the contract; throws on an error Result. */
export function api(db: Db) {
  const dispatch = createDispatcher(db, { checkOutput: true });
  const call = <K extends OperationName>(op: K, input: InputOf<K>): OutputOf<K> => {
    const r = dispatch(op, input);
    if (!r.ok) throw new Error(`${op} failed: ${r.error.code} ${r.error.path ?? ''} ${r.error.message}`);
    return r.value as OutputOf<K>;
  };
  return { dispatch, call };
}

/** Makes a draft session signable (a present member, a signatory) and finalises it; returns its hash. */
export function finalize(db: Db, sessionId: string): string {
  const { call } = api(db);
  const s = call('sessions.get', { id: sessionId });
  if (!s.attendance.entries.some((e) => ['present', 'deputy', 'representative'].includes(e.status)))
    call('attendance.set', { sessionId, organizationName: 'اداره کل بهزیستی', status: 'present' });
  if (s.signatories.length === 0) call('signatories.add', { sessionId, name: 'سید علی آقازاده', title: 'استاندار' });
  if (s.agenda.length === 0 && s.resolutions.length === 0) call('agenda.add', { sessionId, text: 'گزارش عملکرد' });
  const v = call('sessions.finalize', { id: sessionId });
  return v.contentHash!;
}
