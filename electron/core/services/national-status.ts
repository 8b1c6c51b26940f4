// A resolution's status as this file follows it (services/followed.ts): its own column for the
// file's own resolutions; for headquarters' resolution assigned to this province, the province's
// national_status row, which goes up in its next bundle. A national resolution not assigned here is
// not the province's to follow.
import type { ResolutionStatus } from '../../contract';
import { ownSecretariatId } from '../db/installation';
import type { Db } from '../db/open';
import { get, run, sql, update } from '../db/sql';
import { DabirError, notFound } from '../errors';

/** The province's national_status row of a resolution not its own; undefined for its own resolution. */
export function nationalStatusOf(db: Db, resolutionId: string): { id: string } | undefined {
  const own = ownSecretariatId(db);
  const r = get<{ origin: string }>(db, sql`SELECT origin FROM resolution WHERE id = ${resolutionId}`);
  if (!r) throw notFound('مصوبه');
  if (r.origin === own) return undefined;
  const n = get<{ id: string }>(
    db,
    sql`SELECT id FROM national_status WHERE resolution_id = ${resolutionId} AND origin = ${own}`,
  );
  // At headquarters a province's resolution has none: the database's guard refuses the write.
  if (!n && get(db, sql`SELECT 1 FROM directive_source WHERE id = 1`))
    throw new DabirError('forbidden', 'این مصوبه ستاد به این استان ابلاغ نشده است و پیگیری آن با استان نیست');
  return n;
}

export function setFollowedStatus(db: Db, resolutionId: string, status: ResolutionStatus): void {
  const n = nationalStatusOf(db, resolutionId);
  if (n)
    run(
      db,
      sql`UPDATE national_status SET status = ${status}, updated_at = ${new Date().toISOString()} WHERE id = ${n.id}`,
    );
  else update(db, 'resolution', resolutionId, { status });
}
