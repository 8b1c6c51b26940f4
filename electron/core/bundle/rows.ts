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

/**
 * Writes one record's row; returns whether anything was written. `ask`: what to ask for on a
 * refusal. A column this schema lacks is refused — unless the bundle is a newer Dabir's and
 * `keepUnknown` takes it (kept for after an update: bundle/deferred.ts).
 */
export function upsert(
  db: Db,
  entity: string,
  given: Record<string, unknown>,
  columns: Set<string>,
  n: number,
  ask: string,
  current = currentRow(db, entity, String(given.id)),
  keepUnknown?: (unknown: Record<string, unknown>) => void,
): boolean {
  let row = given;
  const unknown = Object.keys(given).filter((key) => !columns.has(key));
  if (unknown.length > 0) {
    if (!keepUnknown)
      throw new DabirError('invalid_input', `رکورد ${n} (${entity}) ستون ناشناخته «${unknown[0]}» دارد؛ ${ask}`);
    keepUnknown(Object.fromEntries(unknown.map((k) => [k, given[k]])));
    row = Object.fromEntries(Object.entries(given).filter(([k]) => columns.has(k)));
  }
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
