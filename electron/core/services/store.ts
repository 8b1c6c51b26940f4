// Row creation, one row read by id, and ordered child lists shared by the services. Every insert gets a UUID and the
// origin secretariat; every list kept in order is renumbered without gaps after each change.
import { randomUUID } from 'node:crypto';
import { ownSecretariatId } from '../db/installation';
import type { Db } from '../db/open';
import { all, get, insert, run } from '../db/sql';
import { moveTo, removeAt } from '../domain/rows';
import { DabirError, notFound } from '../errors';

/** The secretariat this installation writes as (db/installation.ts remembers it). */
export const originOf = ownSecretariatId;

/**
 * Inserts a new syncable row and returns its id. `restoring` is the id of a removed row an undo
 * puts back: the same row again, so the history and the sync bundle still know it.
 */
export function create(db: Db, table: string, fields: Record<string, unknown>, restoring?: string): string {
  if (restoring !== undefined && get(db, { text: `SELECT 1 FROM ${table} WHERE id = ?`, params: [restoring] }))
    throw new DabirError('conflict', 'این مورد هم‌اکنون سر جای خود هست و دوباره برگردانده نمی‌شود');
  const id = restoring ?? randomUUID();
  insert(db, table, { id, origin: originOf(db), ...fields });
  return id;
}

/**
 * An ordered child list: rows of `table` under `parent` ordered by `column` (0-based `position`,
 * or 1-based `row` for resolutions). Table and column names come from code, never input.
 */
export interface OrderedList {
  table: string;
  parentColumn: string;
  column: 'position' | 'row';
}

const base = (list: OrderedList) => (list.column === 'row' ? 1 : 0);

export function orderedIds(db: Db, list: OrderedList, parentId: string): string[] {
  return all<{ id: string }>(db, {
    text: `SELECT id FROM ${list.table} WHERE ${list.parentColumn} = ? ORDER BY ${list.column}, rowid`,
    params: [parentId],
  }).map((r) => r.id);
}

/** Writes positions for ids in the given order, touching only rows whose position changed. */
export function writeOrder(db: Db, list: OrderedList, parentId: string, ids: readonly string[]): void {
  const current = new Map(
    all<{ id: string; p: number }>(db, {
      text: `SELECT id, ${list.column} AS p FROM ${list.table} WHERE ${list.parentColumn} = ?`,
      params: [parentId],
    }).map((r) => [r.id, r.p]),
  );
  ids.forEach((id, i) => {
    const p = i + base(list);
    if (current.get(id) !== p)
      run(db, { text: `UPDATE ${list.table} SET ${list.column} = ? WHERE id = ?`, params: [p, id] });
  });
}

export function parentOf(db: Db, list: OrderedList, id: string, what: string): string {
  const row = get<{ parent: string }>(db, {
    text: `SELECT ${list.parentColumn} AS parent FROM ${list.table} WHERE id = ?`,
    params: [id],
  });
  if (!row) throw notFound(what);
  return row.parent;
}

/** The position a new child gets: `requested` clamped into the list, or the end. Shifts later rows. */
export function makeRoom(db: Db, list: OrderedList, parentId: string, requested?: number): number {
  const ids = orderedIds(db, list, parentId);
  const index = requested === undefined ? ids.length : Math.max(0, Math.min(requested - base(list), ids.length));
  // Shift from the end so a later unique index on (parent, position) would never see a clash.
  for (let i = ids.length - 1; i >= index; i--) {
    run(db, { text: `UPDATE ${list.table} SET ${list.column} = ? WHERE id = ?`, params: [i + 1 + base(list), ids[i]] });
  }
  return index + base(list);
}

export function moveInList(db: Db, list: OrderedList, id: string, position: number, what: string): void {
  const parentId = parentOf(db, list, id, what);
  const ids = orderedIds(db, list, parentId);
  writeOrder(db, list, parentId, moveTo(ids, ids.indexOf(id), position - base(list)));
}

export function removeFromList(db: Db, list: OrderedList, id: string, what: string): void {
  const parentId = parentOf(db, list, id, what);
  const ids = orderedIds(db, list, parentId);
  run(db, { text: `DELETE FROM ${list.table} WHERE id = ?`, params: [id] });
  writeOrder(db, list, parentId, removeAt(ids, ids.indexOf(id)));
}

/** One row by id (`columns` of `table`), or not_found naming `what`. */
export function rowById<T>(db: Db, table: string, columns: string, id: string, what: string): T {
  const row = get<T>(db, { text: `SELECT ${columns} FROM ${table} WHERE id = ?`, params: [id] });
  if (!row) throw notFound(what);
  return row;
}
