// Full-text search (SQLite FTS5) over resolutions, agenda items, discussion points and follow-up
// reports, with the board's filters; snippets come from the stored text, matches marked.
import type { ResolutionStatus, SearchResult } from '../../contract';
import type { Db } from '../db/open';
import { all, sql } from '../db/sql';
import { ftsQuery, queryWords, snippet } from '../search/query';
import { asOf } from './follow-up';
import type { Handlers } from './handlers';

interface HitRow {
  kind: SearchResult['kind'];
  id: string;
  resolution_id: string | null;
  session_id: string;
  year: number;
  number: number;
  working_group_name: string;
  text: string;
}

export interface SearchFilter {
  workingGroupId?: string;
  year?: number;
  organizationId?: string;
  status?: ResolutionStatus[];
  overdue?: boolean;
  today: string;
  limit: number;
}

export function search(db: Db, query: string, f: SearchFilter): SearchResult[] {
  const match = ftsQuery(query);
  if (match === null) return [];
  const group = f.workingGroupId ?? null;
  const year = f.year ?? null;
  const org = f.organizationId ?? null;
  const statuses = f.status ? JSON.stringify(f.status) : null;
  const overdue = f.overdue === undefined ? null : f.overdue ? 1 : 0;
  // Filters about resolutions (organisation, status, overdue) keep only resolution-bound hits.
  const resolutionOnly = org !== null || statuses !== null || overdue !== null ? 1 : 0;
  const unfiltered = resolutionOnly === 0 && group === null && year === null ? 1 : 0;
  const rows = all<HitRow>(
    db,
    sql`WITH hits AS (
          SELECT d.kind, d.entity_id, bm25(search_index) AS rank
          FROM search_index JOIN search_doc d ON d.id = search_index.rowid
          WHERE search_index MATCH ${match}
          -- Without filters only the best hits can be shown: FTS5 keeps the top ones instead of joining every match.
          ORDER BY rank
          LIMIT CASE WHEN ${unfiltered} THEN ${f.limit} ELSE -1 END
        ),
        found AS (
          SELECT h.kind, r.id, r.id AS resolution_id, r.session_id, coalesce(r.title || '، ', '') || r.body AS text, h.rank
            FROM hits h JOIN resolution r ON h.kind = 'resolution' AND r.id = h.entity_id
          UNION ALL
          SELECT h.kind, f.id, f.resolution_id, r.session_id, f.text, h.rank
            FROM hits h JOIN follow_up f ON h.kind = 'follow_up' AND f.id = h.entity_id JOIN resolution r ON r.id = f.resolution_id
          UNION ALL
          SELECT h.kind, a.id, NULL, a.session_id, a.text, h.rank
            FROM hits h JOIN agenda_item a ON h.kind = 'agenda_item' AND a.id = h.entity_id
          UNION ALL
          SELECT h.kind, p.id, NULL, sp.session_id, p.text, h.rank
            FROM hits h JOIN discussion_point p ON h.kind = 'discussion_point' AND p.id = h.entity_id
            JOIN speaker sp ON sp.id = p.speaker_id
        )
        SELECT found.kind, found.id, found.resolution_id, found.session_id, s.year, s.number,
               g.name AS working_group_name, found.text
        FROM found
        JOIN session s ON s.id = found.session_id
        JOIN working_group g ON g.id = s.working_group_id
        LEFT JOIN resolution r ON r.id = found.resolution_id
        WHERE (${group} IS NULL OR s.working_group_id = ${group})
          AND (${year} IS NULL OR s.year = ${year})
          AND (${resolutionOnly} = 0 OR r.id IS NOT NULL)
          AND (${org} IS NULL OR EXISTS (SELECT 1 FROM responsible x WHERE x.resolution_id = r.id AND x.organization_id = ${org}))
          AND (${statuses} IS NULL OR r.status IN (SELECT value FROM json_each(${statuses})))
          AND (${overdue} IS NULL OR ${overdue} = (r.due_date IS NOT NULL AND r.due_date < ${f.today}
                AND r.status IN ('not_started', 'in_progress')))
        ORDER BY found.rank, s.date DESC
        LIMIT ${f.limit}`,
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
      snippet: s.text,
      highlights: s.highlights,
    };
  });
}

export const searchHandlers = {
  'search.query': (db, { query, limit, today, ...filter }) =>
    search(db, query, { ...filter, today: asOf(today), limit }),
} satisfies Handlers<'search'>;
