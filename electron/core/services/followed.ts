// How a resolution is followed in this file: its status and due date, and whether it is listed.
// At a province a national resolution (headquarters' row, from a directive) is followed by the
// province's own national_status row — its status, and the due date of its own deadline or the
// resolution's — and listed only while it is assigned here; headquarters' own status of it is not
// the province's. Elsewhere (headquarters, or a province without directives) the row's own columns.
import { ownSecretariatId } from '../db/installation';
import type { Db } from '../db/open';
import { get, sql, type Query } from '../db/sql';

export interface Followed {
  /** Joins the national status of the resolution aliased `r` or `rr` (empty where none is kept). */
  join: Query;
  status: Query;
  dueDate: Query;
  /** Whether the resolution is this file's to follow. */
  listed: Query;
  /** 1 for a national resolution followed here. */
  national: Query;
  /** The row's own columns, nothing joined: what an index on resolution can serve. */
  plain: boolean;
}

const aliases = {
  r: { r: sql`r`, n: sql`nr` },
  rr: { r: sql`rr`, n: sql`nrr` },
} as const;

/** Whether this file follows national resolutions at all: it has registered headquarters' key. */
const followsDirectives = (db: Db) => get(db, sql`SELECT 1 FROM directive_source WHERE id = 1`) !== undefined;

export function followed(db: Db, alias: keyof typeof aliases): Followed {
  const { r, n } = aliases[alias];
  if (!followsDirectives(db))
    return {
      join: sql``,
      status: sql`${r}.status`,
      dueDate: sql`${r}.due_date`,
      listed: sql`1`,
      national: sql`0`,
      plain: true,
    };
  const own = ownSecretariatId(db);
  return {
    join: sql`LEFT JOIN national_status ${n} ON ${n}.resolution_id = ${r}.id AND ${n}.origin = ${own}`,
    status: sql`coalesce(${n}.status, ${r}.status)`,
    dueDate: sql`CASE WHEN ${n}.id IS NULL THEN ${r}.due_date ELSE ${n}.due_date END`,
    listed: sql`(${r}.origin = ${own} OR ${n}.id IS NOT NULL)`,
    national: sql`(${n}.id IS NOT NULL)`,
    plain: false,
  };
}
