// A tagged template that binds every interpolated value, plus cached statements per database.
import type { Database, Statement } from 'better-sqlite3';

export interface Query {
  text: string;
  params: unknown[];
}

// The queries `sql` made: only these are spliced into another as text; anything else is bound.
const made = new WeakSet<object>();
const isMade = (value: unknown): value is Query => typeof value === 'object' && value !== null && made.has(value);

/**
 * `sql\`SELECT * FROM session WHERE id = ${id}\`` — values become `?` parameters, never text. A value
 * that is itself a query made by `sql` is spliced in with its parameters (a WHERE clause shared by
 * two queries).
 */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): Query {
  let text = strings[0] ?? '';
  const params: unknown[] = [];
  values.forEach((value, i) => {
    if (isMade(value)) {
      text += value.text;
      params.push(...value.params);
    } else {
      text += '?';
      params.push(value);
    }
    text += strings[i + 1] ?? '';
  });
  const query = { text, params };
  made.add(query);
  return query;
}

const cache = new WeakMap<Database, Map<string, Statement>>();

function prepare(db: Database, text: string): Statement {
  let statements = cache.get(db);
  if (!statements) cache.set(db, (statements = new Map<string, Statement>()));
  let statement = statements.get(text);
  if (!statement) statements.set(text, (statement = db.prepare(text)));
  return statement;
}

export function all<T>(db: Database, q: Query): T[] {
  return prepare(db, q.text).all(...q.params) as T[];
}

export function get<T>(db: Database, q: Query): T | undefined {
  return prepare(db, q.text).get(...q.params) as T | undefined;
}

export function run(db: Database, q: Query): number {
  return prepare(db, q.text).run(...q.params).changes;
}

/**
 * Inserts one row into a table whose columns are the keys of `row` (snake_case already).
 * Table and column names come from code, never from input; values are bound.
 */
export function insert(db: Database, table: string, row: Record<string, unknown>): void {
  const columns = Object.keys(row);
  const text = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
  prepare(db, text).run(...Object.values(row));
}

/**
 * Updates the given columns of one row by id, writing only what differs (so an autosave of the
 * same text adds nothing to the change log). Returns whether the row exists.
 */
export function update(db: Database, table: string, id: string, patch: Record<string, unknown>): boolean {
  const current = get<Record<string, unknown>>(db, { text: `SELECT * FROM ${table} WHERE id = ?`, params: [id] });
  if (!current) return false;
  const changed = Object.keys(patch).filter((c) => current[c] !== patch[c]);
  if (changed.length === 0) return true;
  const text = `UPDATE ${table} SET ${changed.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`;
  prepare(db, text).run(...changed.map((c) => patch[c]), id);
  return true;
}

export function remove(db: Database, table: string, id: string): boolean {
  return prepare(db, `DELETE FROM ${table} WHERE id = ?`).run(id).changes > 0;
}
