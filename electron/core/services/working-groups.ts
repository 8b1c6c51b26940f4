// Working groups and their ordered member organisations (with when each joined or left).
import type { Member, WorkingGroup } from '../../contract';
import type { Db } from '../db/open';
import { all, get, remove, sql, update } from '../db/sql';
import { addDays } from '../domain/jalali';
import { normalizeForSearch } from '../../contract/persian-text';
import { DabirError, invalid, notFound } from '../errors';
import { findOrCreateOrganization, organizationById, personById } from './directory';
import type { Handlers } from './handlers';
import { create, makeRoom, moveInList, originOf, removeFromList, type OrderedList } from './store';
import { optionalDate } from './typed-values';

interface GroupRow {
  id: string;
  name: string;
  province: string;
  organization: string | null;
  immediate_days: number;
  default_chair_id: string | null;
  default_secretary_id: string | null;
}
const toGroup = (r: GroupRow): WorkingGroup => ({
  id: r.id,
  name: r.name,
  province: r.province,
  organization: r.organization,
  immediateDays: r.immediate_days,
  defaultChairId: r.default_chair_id,
  defaultSecretaryId: r.default_secretary_id,
});

export function workingGroupById(db: Db, id: string): WorkingGroup {
  const row = get<GroupRow>(db, sql`SELECT * FROM working_group WHERE id = ${id}`);
  if (!row) throw notFound('کارگروه');
  return toGroup(row);
}

export function findWorkingGroup(db: Db, name: string): WorkingGroup | undefined {
  const row = get<GroupRow>(
    db,
    sql`SELECT * FROM working_group WHERE origin = ${originOf(db)} AND name_key = ${normalizeForSearch(name)}`,
  );
  return row && toGroup(row);
}

function refuseDuplicate(db: Db, name: string, exceptId?: string): void {
  const found = findWorkingGroup(db, name);
  if (found && found.id !== exceptId)
    throw new DabirError('conflict', `کارگروه «${found.name}» از قبل وجود دارد`, 'name');
}

export function createWorkingGroup(
  db: Db,
  g: Omit<WorkingGroup, 'id' | 'defaultChairId' | 'defaultSecretaryId'> &
    Partial<Pick<WorkingGroup, 'defaultChairId' | 'defaultSecretaryId'>>,
): WorkingGroup {
  refuseDuplicate(db, g.name);
  checkPerson(db, g.defaultChairId ?? null, 'defaultChairId');
  checkPerson(db, g.defaultSecretaryId ?? null, 'defaultSecretaryId');
  const id = create(db, 'working_group', {
    name: g.name,
    name_key: normalizeForSearch(g.name),
    province: g.province,
    organization: g.organization,
    immediate_days: g.immediateDays,
    default_chair_id: g.defaultChairId ?? null,
    default_secretary_id: g.defaultSecretaryId ?? null,
  });
  return workingGroupById(db, id);
}

/** A default chair or secretary must be someone in the directory; the message sits at that field. */
function checkPerson(db: Db, id: string | null, field: string): void {
  if (id === null) return;
  try {
    personById(db, id);
  } catch {
    throw invalid('این شخص در فهرست اشخاص نیست', field);
  }
}

/** «فوری» due dates of the group's draft sessions follow a change of its immediate days; final ones stay as recorded. */
function refreshImmediateDueDates(db: Db, workingGroupId: string, days: number): void {
  const rows = all<{ id: string; date: string }>(
    db,
    sql`SELECT r.id, s.date FROM resolution r JOIN session s ON s.id = r.session_id
        WHERE s.working_group_id = ${workingGroupId} AND s.status = 'draft' AND r.deadline_kind = 'immediate'`,
  );
  for (const r of rows) update(db, 'resolution', r.id, { due_date: addDays(r.date, days) });
}

export const members: OrderedList = { table: 'membership', parentColumn: 'working_group_id', column: 'position' };

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

export const workingGroupHandlers = {
  'workingGroups.list': (db) => all<GroupRow>(db, sql`SELECT * FROM working_group ORDER BY name_key`).map(toGroup),
  'workingGroups.get': (db, { id }) => workingGroupById(db, id),
  'workingGroups.create': (db, input) => createWorkingGroup(db, input),
  'workingGroups.update': (db, { id, ...patch }) => {
    const g = workingGroupById(db, id);
    if (patch.name !== undefined) refuseDuplicate(db, patch.name, id);
    checkPerson(db, patch.defaultChairId ?? null, 'defaultChairId');
    checkPerson(db, patch.defaultSecretaryId ?? null, 'defaultSecretaryId');
    update(db, 'working_group', id, {
      name: patch.name ?? g.name,
      name_key: normalizeForSearch(patch.name ?? g.name),
      province: patch.province ?? g.province,
      organization: patch.organization === undefined ? g.organization : patch.organization,
      immediate_days: patch.immediateDays ?? g.immediateDays,
      default_chair_id: patch.defaultChairId === undefined ? g.defaultChairId : patch.defaultChairId,
      default_secretary_id: patch.defaultSecretaryId === undefined ? g.defaultSecretaryId : patch.defaultSecretaryId,
    });
    if (patch.immediateDays !== undefined && patch.immediateDays !== g.immediateDays)
      refreshImmediateDueDates(db, id, patch.immediateDays);
    return workingGroupById(db, id);
  },
  'workingGroups.remove': (db, { id }) => {
    workingGroupById(db, id);
    if (get(db, sql`SELECT 1 FROM session WHERE working_group_id = ${id} LIMIT 1`)) {
      throw new DabirError('conflict', 'این کارگروه جلسه ثبت‌شده دارد و حذف نمی‌شود');
    }
    remove(db, 'working_group', id);
    return { ok: true as const };
  },
} satisfies Handlers<'workingGroups'>;

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
