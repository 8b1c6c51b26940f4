// The change-log triggers as migrations 10, 30 and 40 created them for their tables. Frozen: a
// migration's SQL must read the same forever, so this is never edited; a later migration that
// needs other triggers writes its own.

const now = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

/** After every insert, update and delete of `table`, a change-log row: `(entity, id, op, at)`. */
export function changeLogTriggers(table: string): string {
  return ['insert', 'update', 'delete']
    .map((op) => {
      const row = op === 'delete' ? 'OLD' : 'NEW';
      return `CREATE TRIGGER ${table}_log_${op} AFTER ${op.toUpperCase()} ON ${table} BEGIN
  INSERT INTO change_log (entity, entity_id, op, at) VALUES ('${table}', ${row}.id, '${op}', ${now});
END;`;
    })
    .join('\n');
}
