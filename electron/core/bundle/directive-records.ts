// What a directive bundle carries for a target: the final national sessions with a resolution
// assigned to it (every assigned one, for all provinces), whole the first time a chain carries
// them and by their changes after; their working group with its members; their signed copies;
// the assignments.
import type { Db } from '../db/open';
import { all } from '../db/sql';
import type { BundleRecord } from './format';
import { directiveEntities, type DirectiveEntity } from './directive-format';

export interface DirectiveScope {
  own: string;
  /** The target's key ('' for every province). */
  targetKey: string;
  /** What the target's chain already carried, and up to which change; undefined for a full bundle. */
  since?: { toSeq: number; sentSessions: ReadonlySet<string> };
  upTo: number;
}

export interface DirectiveRecords {
  records: BundleRecord<DirectiveEntity>[];
  /** Every national session the bundle concerns (for the chain's memory). */
  sessionIds: string[];
}

const json = (ids: Iterable<string>) => JSON.stringify([...ids]);

/** Rows of `table` whose `column` is one of `ids` (and, for the target's assignments, its key). */
function rowsWhere(db: Db, table: string, column: string, ids: Iterable<string>, extra = '', params: unknown[] = []) {
  return all<Record<string, unknown>>(db, {
    text: `SELECT * FROM ${table} WHERE ${column} IN (SELECT value FROM json_each(?)) ${extra} ORDER BY rowid`,
    params: [json(ids), ...params],
  });
}

export function directiveRecords(db: Db, scope: DirectiveScope): DirectiveRecords {
  const forAll = scope.targetKey === '';
  const keyFilter = forAll ? '' : `AND province_key IN ('', ?)`;
  const keyParams = forAll ? [] : [scope.targetKey];
  const sessionIds = all<{ id: string }>(db, {
    text: `SELECT DISTINCT s.id FROM session s JOIN resolution r ON r.session_id = s.id
           JOIN assignment a ON a.resolution_id = r.id
           WHERE s.origin = ? AND s.status = 'final' ${forAll ? '' : `AND a.province_key IN ('', ?)`}
           ORDER BY s.date, s.id`,
    params: [scope.own, ...keyParams],
  }).map((r) => r.id);

  // What changed since the chain's last bundle: one range read of the change log.
  const changed = new Set<string>();
  const deletedAssignments: string[] = [];
  if (scope.since)
    for (const c of all<{ entity: string; entity_id: string; op: string }>(db, {
      text: `SELECT entity, entity_id, op FROM change_log WHERE seq > ? AND seq <= ?
               AND entity IN (SELECT value FROM json_each(?)) ORDER BY seq`,
      params: [scope.since.toSeq, scope.upTo, JSON.stringify(directiveEntities)],
    })) {
      changed.add(`${c.entity}:${c.entity_id}`);
      if (c.entity === 'assignment' && c.op === 'delete') deletedAssignments.push(c.entity_id);
    }
  const sent = scope.since?.sentSessions ?? new Set<string>();
  const isNew = (sessionId: unknown) => !sent.has(String(sessionId));
  const wanted = (entity: DirectiveEntity, row: Record<string, unknown>, sessionId: unknown) =>
    !scope.since || isNew(sessionId) || changed.has(`${entity}:${String(row.id)}`);

  const sessions = rowsWhere(db, 'session', 'id', sessionIds);
  const groupIds = new Set(sessions.map((s) => String(s.working_group_id)));
  const groups = rowsWhere(db, 'working_group', 'id', groupIds);
  const memberships = rowsWhere(db, 'membership', 'working_group_id', groupIds);
  const speakers = rowsWhere(db, 'speaker', 'session_id', sessionIds);
  const resolutions = rowsWhere(db, 'resolution', 'session_id', sessionIds);
  const bySession = new Map<string, string>([
    ...speakers.map((r) => [String(r.id), String(r.session_id)] as const),
    ...resolutions.map((r) => [String(r.id), String(r.session_id)] as const),
  ]);
  const parts: Partial<Record<DirectiveEntity, Record<string, unknown>[]>> = {
    agenda_item: rowsWhere(db, 'agenda_item', 'session_id', sessionIds),
    speaker: speakers,
    discussion_point: rowsWhere(db, 'discussion_point', 'speaker_id', bySession.keys()),
    resolution: resolutions,
    responsible: rowsWhere(db, 'responsible', 'resolution_id', bySession.keys()),
    attendance: rowsWhere(db, 'attendance', 'session_id', sessionIds),
    signatory: rowsWhere(db, 'signatory', 'session_id', sessionIds),
    amendment: rowsWhere(db, 'amendment', 'session_id', sessionIds),
    attachment: rowsWhere(db, 'attachment', 'session_id', sessionIds),
    assignment: rowsWhere(db, 'assignment', 'resolution_id', bySession.keys(), keyFilter, keyParams),
  };
  const sessionOf = (entity: DirectiveEntity, row: Record<string, unknown>): unknown => {
    if (entity === 'session') return row.id;
    if ('session_id' in row) return row.session_id;
    if ('speaker_id' in row) return bySession.get(String(row.speaker_id));
    return bySession.get(String(row.resolution_id));
  };
  // A group (and its members and their organisations) goes with any new session of it.
  const groupsOfNew = new Set(sessions.filter((s) => isNew(s.id)).map((s) => String(s.working_group_id)));
  const organizationIds = new Set<string>();
  for (const m of memberships) organizationIds.add(String(m.organization_id));
  for (const row of [...(parts.attendance ?? []), ...(parts.responsible ?? [])])
    if (typeof row.organization_id === 'string') organizationIds.add(row.organization_id);
  const organizations = rowsWhere(db, 'organization', 'id', organizationIds, 'AND origin = ?', [scope.own]);

  const records: BundleRecord<DirectiveEntity>[] = [];
  const push = (entity: DirectiveEntity, row: Record<string, unknown>) =>
    records.push({ entity, op: 'upsert', id: String(row.id), seq: scope.upTo, row });
  const anyNew = groupsOfNew.size > 0;
  for (const row of organizations)
    if (!scope.since || anyNew || changed.has(`organization:${String(row.id)}`)) push('organization', row);
  for (const row of groups)
    if (!scope.since || groupsOfNew.has(String(row.id)) || changed.has(`working_group:${String(row.id)}`))
      push('working_group', row);
  for (const row of memberships)
    if (!scope.since || groupsOfNew.has(String(row.working_group_id)) || changed.has(`membership:${String(row.id)}`))
      push('membership', row);
  for (const row of sessions) if (wanted('session', row, row.id)) push('session', row);
  for (const entity of directiveEntities)
    for (const row of parts[entity] ?? []) if (wanted(entity, row, sessionOf(entity, row))) push(entity, row);
  const present = new Set((parts.assignment ?? []).map((a) => String(a.id)));
  for (const id of new Set(deletedAssignments))
    if (!present.has(id)) records.push({ entity: 'assignment', op: 'delete', id, seq: scope.upTo });
  return { records, sessionIds };
}
