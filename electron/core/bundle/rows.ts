// Writing a bundle's records into their tables, the same way for both bundles of the family: a
// record's row inserted, or only its differing columns updated (so guards on unchanged content
// stay quiet); a column this schema does not have is refused, naming the record.
import type { Db } from '../db/open';
import { all, get, insert, run } from '../db/sql';
import { DabirError } from '../errors';

export function columnsOf(db: Db, table: string): Set<string> {
  return new Set(
    all<{ name: string }>(db, { text: `SELECT name FROM pragma_table_info(?)`, params: [table] }).map((c) => c.name),
  );
}

/** Table names come from the bundle kinds' entity lists, checked before any record is read. */
export const currentRow = (db: Db, entity: string, id: string) =>
  get<Record<string, unknown>>(db, { text: `SELECT * FROM ${entity} WHERE id = ?`, params: [id] });

/** Writes one record's row; returns whether anything was written. `ask`: what to ask for on a refusal. */
export function upsert(
  db: Db,
  entity: string,
  row: Record<string, unknown>,
  columns: Set<string>,
  n: number,
  ask: string,
  current = currentRow(db, entity, String(row.id)),
): boolean {
  for (const key of Object.keys(row))
    if (!columns.has(key))
      throw new DabirError('invalid_input', `رکورد ${n} (${entity}) ستون ناشناخته «${key}» دارد؛ ${ask}`);
  if (!current) {
    insert(db, entity, row);
    return true;
  }
  const changed = Object.keys(row).filter((k) => current[k] !== row[k]);
  if (changed.length === 0) return false;
  run(db, {
    text: `UPDATE ${entity} SET ${changed.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`,
    params: [...changed.map((c) => row[c]), row.id],
  });
  return true;
}
