// Full-text search (SQLite FTS5) over resolutions, agenda items, discussion points and follow-up
// reports, with the board's filters; snippets come from the stored text, matches marked.
import type { ResolutionStatus, SearchResult } from '../../contract';
import type { Db } from '../db/open';
import { all, sql } from '../db/sql';
import { refreshSearchIndex } from '../search/pending';
import { ftsQuery, queryWords, snippet } from '../search/query';
import { asOf } from './typed-values';
import type { Handlers } from './handlers';
import { isHeadquarters } from '../db/installation';
import { followed } from './followed';
import { overdueOf } from './overdue-sql';
import { originOf } from './store';

interface HitRow {
  kind: SearchResult['kind'];
  id: string;
  resolution_id: string | null;
  session_id: string;
  year: number;
  number: number;
  working_group_name: string;
  text: string;
  national: number;
  province: string | null;
}

export interface SearchFilter {
  workingGroupId?: string;
  year?: number;
  organizationId?: string;
  status?: ResolutionStatus[];
  overdue?: boolean;
  /** At headquarters: one province's (its secretariat's) records. */
  secretariatId?: string;
  today: string;
  limit: number;
}

export function search(db: Db, query: string, filter: SearchFilter): SearchResult[] {
  const match = ftsQuery(query);
  if (match === null) return [];
  // Rows changed since the last call (an outside tool's too) are indexed before anything is read.
  refreshSearchIndex(db);
  const group = filter.workingGroupId ?? null;
  const secretariat = filter.secretariatId ?? null;
  const year = filter.year ?? null;
  const org = filter.organizationId ?? null;
  const statuses = filter.status ? JSON.stringify(filter.status) : null;
  const overdue = filter.overdue === undefined ? null : filter.overdue ? 1 : 0;
  // Filters about resolutions (organisation, status, overdue) keep only resolution-bound hits.
  const resolutionOnly = org !== null || statuses !== null || overdue !== null ? 1 : 0;
  // One query, the matches read in FTS5's own rank order: the joins and filters run hit by hit and
  // stop at the limit, so a rare word or a narrow filter never sorts every match.
  const fw = followed(db, 'rr');
  const own = originOf(db);
  // Only headquarters holds other secretariats' records to name the province of.
  const headquarters = isHeadquarters(db);
  const rows = all<HitRow>(
    db,
    sql`SELECT d.kind, d.entity_id AS id, ${fw.national} AS national,
               ${headquarters ? sql`CASE WHEN coalesce(f.origin, s.origin) = ${own} THEN NULL ELSE sc.province END` : sql`NULL`} AS province,
               CASE d.kind WHEN 'resolution' THEN r.id WHEN 'follow_up' THEN f.resolution_id END AS resolution_id,
               s.id AS session_id, s.year, s.number, g.name AS working_group_name,
               CASE d.kind WHEN 'resolution' THEN coalesce(r.title || '، ', '') || r.body
                           WHEN 'follow_up' THEN f.text WHEN 'agenda_item' THEN a.text ELSE p.text END AS text
        FROM search_index
        JOIN search_doc d ON d.id = search_index.rowid
        LEFT JOIN resolution r ON d.kind = 'resolution' AND r.id = d.entity_id
        LEFT JOIN follow_up f ON d.kind = 'follow_up' AND f.id = d.entity_id
        LEFT JOIN resolution fr ON fr.id = f.resolution_id
        LEFT JOIN agenda_item a ON d.kind = 'agenda_item' AND a.id = d.entity_id
        LEFT JOIN discussion_point p ON d.kind = 'discussion_point' AND p.id = d.entity_id
        LEFT JOIN speaker sp ON sp.id = p.speaker_id
        JOIN session s ON s.id = coalesce(r.session_id, fr.session_id, a.session_id, sp.session_id)
        JOIN working_group g ON g.id = s.working_group_id
        ${headquarters ? sql`LEFT JOIN secretariat sc ON sc.id = coalesce(f.origin, s.origin)` : sql``}
        LEFT JOIN resolution rr ON rr.id = coalesce(r.id, fr.id)
        ${fw.join}
        WHERE search_index MATCH ${match}
          AND (s.origin = ${own} OR ${fw.national} OR ${headquarters ? 1 : 0})
          AND (${group} IS NULL OR s.working_group_id = ${group})
          AND (${secretariat} IS NULL OR s.origin = ${secretariat} OR f.origin = ${secretariat})
          AND (${year} IS NULL OR s.year = ${year})
          AND (${resolutionOnly} = 0 OR rr.id IS NOT NULL)
          AND (${org} IS NULL OR EXISTS (SELECT 1 FROM responsible x WHERE x.resolution_id = rr.id AND x.organization_id = ${org}))
          AND (${statuses} IS NULL OR ${fw.status} IN (SELECT value FROM json_each(${statuses})))
          AND (${overdue} IS NULL OR ${overdue} = ${overdueOf(fw.status, fw.dueDate, filter.today)})
        ORDER BY search_index.rank
        LIMIT ${filter.limit}`,
  );
  const words = queryWords(query);
  return rows.map((r) => {
    const s = snippet(r.text, words);
    return {
      kind: r.kind,
      id: r.id,
      resolutionId: r.resolution_id,
      sessionId: r.session_id,
      sessionYear: r.year,
      sessionNumber: r.number,
      workingGroupName: r.working_group_name,
      national: r.national === 1,
      province: r.province,
      snippet: s.text,
      highlights: s.highlights,
    };
  });
}

export const searchHandlers = {
  'search.query': (db, { query, limit, today, ...filter }) =>
    search(db, query, { ...filter, today: asOf(today), limit }),
} satisfies Handlers<'search'>;
