// What a bundle from a newer Dabir carries that this version cannot write yet — a record of an
// entity it lacks, or columns its tables lack — is kept, not dropped and not refused (Actual
// Budget keeps sync messages for columns it does not know the same way); once an update brings
// the tables and columns, it is written where it belongs, at the next open.
import { asSyncWriter } from '../db/guards';
import type { Db } from '../db/open';
import { all, insert, run, sql } from '../db/sql';
import { directiveEntities, syncedEntities } from '../../contract/synced-entities';
import type { BundleRecord } from './format';
import { columnsOf, upsert } from './rows';

export interface Kept {
  kind: 'record' | 'columns';
  entity: string;
  id: string;
  op: 'upsert' | 'delete';
  data: Record<string, unknown>;
}

/** A newer Dabir's record of an entity this version lacks, as kept. */
export const keptRecord = (r: BundleRecord<string>): Kept => ({
  kind: 'record',
  entity: r.entity,
  id: r.id,
  op: r.op,
  data: r.op === 'upsert' ? r.row : {},
});

/** Keeps what could not be written, in the import's transaction: all of it goes in with the rest or none. */
export function keep(db: Db, bundleHash: string, items: readonly Kept[], now = new Date()): void {
  for (const k of items)
    insert(db, 'sync_deferred', {
      bundle_hash: bundleHash,
      kind: k.kind,
      entity: k.entity,
      entity_id: k.id,
      op: k.op,
      data: JSON.stringify(k.data),
      received_at: now.toISOString(),
    });
}

/** Only the tables bundles write: a kept item naming any other (the key, the registrations) never goes in. */
const writable: ReadonlySet<string> = new Set<string>([...syncedEntities, ...directiveEntities]);

/**
 * Writes what this version now understands, oldest first, each on its own savepoint: one a guard
 * refuses (a column of a session final here) stays kept, and the rest still go. Returns how many went.
 */
export function applyKept(db: Db): number {
  const kept = all<{
    id: number;
    kind: 'record' | 'columns';
    entity: string;
    entity_id: string;
    op: string;
    data: string;
  }>(db, sql`SELECT id, kind, entity, entity_id, op, data FROM sync_deferred ORDER BY id`);
  if (kept.length === 0) return 0;
  let applied = 0;
  db.transaction(() =>
    asSyncWriter(db, () => {
      for (const k of kept) {
        if (!writable.has(k.entity)) continue;
        const columns = columnsOf(db, k.entity);
        const data = JSON.parse(k.data) as Record<string, unknown>;
        if (!Object.keys(data).every((c) => columns.has(c))) continue;
        try {
          db.transaction(() => {
            if (k.op === 'delete') run(db, { text: `DELETE FROM ${k.entity} WHERE id = ?`, params: [k.entity_id] });
            else if (k.kind === 'record') upsert(db, k.entity, data, columns, 0, '');
            else if (Object.keys(data).length > 0)
              run(db, {
                text: `UPDATE ${k.entity} SET ${Object.keys(data)
                  .map((c) => `${c} = ?`)
                  .join(', ')} WHERE id = ?`,
                params: [...Object.values(data), k.entity_id],
              });
          })();
        } catch {
          continue;
        }
        run(db, sql`DELETE FROM sync_deferred WHERE id = ${k.id}`);
        applied++;
      }
    }),
  )();
  return applied;
}
