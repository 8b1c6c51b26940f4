// The member organisations of a working group, in order, with when each joined or left.
import type { Member } from '../../contract';
import type { Db } from '../db/open';
import { all, get, sql, update } from '../db/sql';
import { DabirError, invalid, notFound } from '../errors';
import type { Handlers } from './handlers';
import { findOrCreateOrganization, organizationById } from './organizations';
import { create, makeRoom, moveInList, removeFromList, type OrderedList } from './store';
import { optionalDate } from './typed-values';
import { workingGroupById } from './working-groups';

const members: OrderedList = { table: 'membership', parentColumn: 'working_group_id', column: 'position' };

interface MemberRow {
  id: string;
  working_group_id: string;
  organization_id: string;
  organization_name: string;
  position: number;
  since: string | null;
  until: string | null;
}
const toMember = (r: MemberRow): Member => ({
  id: r.id,
  workingGroupId: r.working_group_id,
  organizationId: r.organization_id,
  organizationName: r.organization_name,
  position: r.position,
  since: r.since,
  until: r.until,
});
const memberColumns =
  'm.id, m.working_group_id, m.organization_id, o.name AS organization_name, m.position, m.since, m.until';

export function listMembers(db: Db, workingGroupId: string): Member[] {
  return all<MemberRow>(db, {
    text: `SELECT ${memberColumns} FROM membership m JOIN organization o ON o.id = m.organization_id WHERE m.working_group_id = ? ORDER BY m.position`,
    params: [workingGroupId],
  }).map(toMember);
}

function memberById(db: Db, id: string): Member {
  const row = get<MemberRow>(db, {
    text: `SELECT ${memberColumns} FROM membership m JOIN organization o ON o.id = m.organization_id WHERE m.id = ?`,
    params: [id],
  });
  if (!row) throw notFound('عضو کارگروه');
  return toMember(row);
}

/** Adds an organisation to a group's member list unless it is already there; returns the member. */
export function addMember(
  db: Db,
  workingGroupId: string,
  organizationId: string,
  since: string | null,
  position?: number,
): Member {
  const existing = get<{ id: string }>(
    db,
    sql`SELECT id FROM membership WHERE working_group_id = ${workingGroupId} AND organization_id = ${organizationId}`,
  );
  if (existing) return memberById(db, existing.id);
  const at = makeRoom(db, members, workingGroupId, position);
  const id = create(db, 'membership', {
    working_group_id: workingGroupId,
    organization_id: organizationId,
    position: at,
    since,
    until: null,
  });
  return memberById(db, id);
}

export const memberHandlers = {
  'members.list': (db, { workingGroupId }) => {
    workingGroupById(db, workingGroupId);
    return listMembers(db, workingGroupId);
  },
  'members.add': (db, input) => {
    workingGroupById(db, input.workingGroupId);
    const org =
      input.organizationId !== undefined
        ? organizationById(db, input.organizationId)
        : findOrCreateOrganization(db, input.organizationName ?? '');
    const since = optionalDate(input.since, 'since');
    const already = get(
      db,
      sql`SELECT 1 FROM membership WHERE working_group_id = ${input.workingGroupId} AND organization_id = ${org.id}`,
    );
    if (already) throw new DabirError('conflict', `«${org.name}» از قبل عضو این کارگروه است`, 'organizationName');
    return addMember(db, input.workingGroupId, org.id, since, input.position);
  },
  'members.update': (db, input) => {
    memberById(db, input.id);
    const since = optionalDate(input.since, 'since');
    const until = optionalDate(input.until, 'until');
    if (since !== null && until !== null && until <= since)
      throw invalid('تاریخ پایان عضویت باید بعد از تاریخ شروع آن باشد', 'until');
    update(db, 'membership', input.id, { since, until });
    return memberById(db, input.id);
  },
  'members.move': (db, { id, position }) => {
    moveInList(db, members, id, position, 'عضو کارگروه');
    return listMembers(db, memberById(db, id).workingGroupId);
  },
  'members.remove': (db, { id }) => {
    removeFromList(db, members, id, 'عضو کارگروه');
    return { ok: true as const };
  },
} satisfies Handlers<'members'>;
