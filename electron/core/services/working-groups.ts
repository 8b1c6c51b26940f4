// Working groups: name, province, organising body, the days an «فوری» deadline gives, default chair and
// secretary, printing as typed.
import type { WorkingGroup } from '../../contract';
import type { Db } from '../db/open';
import { all, get, remove, sql, update } from '../db/sql';
import { addDays } from '../domain/jalali';
import { normalizeForSearch } from '../../contract/persian-text';
import { DabirError, invalid, notFound } from '../errors';
import { personById } from './people';
import type { Handlers } from './handlers';
import { create, originOf } from './store';

interface GroupRow {
  id: string;
  name: string;
  province: string;
  organization: string | null;
  immediate_days: number;
  default_chair_id: string | null;
  default_secretary_id: string | null;
  print_as_typed: number;
}
const toGroup = (r: GroupRow): WorkingGroup => ({
  id: r.id,
  name: r.name,
  province: r.province,
  organization: r.organization,
  immediateDays: r.immediate_days,
  defaultChairId: r.default_chair_id,
  defaultSecretaryId: r.default_secretary_id,
  printAsTyped: r.print_as_typed === 1,
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

/** Every working group in the file: at headquarters every province's too, at a province headquarters' national ones. */
export function allWorkingGroups(db: Db): WorkingGroup[] {
  return all<GroupRow>(db, sql`SELECT * FROM working_group ORDER BY origin <> ${originOf(db)}, province, name_key`).map(
    toGroup,
  );
}

function refuseDuplicate(db: Db, name: string, exceptId?: string): void {
  const found = findWorkingGroup(db, name);
  if (found && found.id !== exceptId)
    throw new DabirError('conflict', `کارگروه «${found.name}» از قبل وجود دارد`, 'name');
}

export function createWorkingGroup(
  db: Db,
  g: Omit<WorkingGroup, 'id' | 'defaultChairId' | 'defaultSecretaryId' | 'printAsTyped'> &
    Partial<Pick<WorkingGroup, 'defaultChairId' | 'defaultSecretaryId' | 'printAsTyped'>>,
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
    print_as_typed: g.printAsTyped ? 1 : 0,
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

export const workingGroupHandlers = {
  // Its own: headquarters' national group at a province, or the provinces' groups at headquarters, are read elsewhere.
  'workingGroups.list': (db) =>
    all<GroupRow>(db, sql`SELECT * FROM working_group WHERE origin = ${originOf(db)} ORDER BY name_key`).map(toGroup),
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
      print_as_typed: (patch.printAsTyped ?? g.printAsTyped) ? 1 : 0,
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
