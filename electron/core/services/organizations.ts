// Organisations of the directory. Names are compared by their normalised key (ی/ي, ک/ك, ZWNJ) so the
// same body typed on an Arabic keyboard is not a second organisation; the typed name is kept.
import type { Organization } from '../../contract';
import type { Db } from '../db/open';
import { all, get, remove, sql, update } from '../db/sql';
import { normalizeForSearch } from '../../contract/persian-text';
import { DabirError, notFound } from '../errors';
import type { Handlers } from './handlers';
import { create, originOf } from './store';

export function findOrganization(db: Db, name: string): Organization | undefined {
  return get<Organization>(
    db,
    sql`SELECT id, name FROM organization WHERE origin = ${originOf(db)} AND name_key = ${normalizeForSearch(name)}`,
  );
}

export function organizationById(db: Db, id: string): Organization {
  const row = get<Organization>(db, sql`SELECT id, name FROM organization WHERE id = ${id}`);
  if (!row) throw notFound('دستگاه');
  return row;
}

export function findOrCreateOrganization(db: Db, name: string): Organization {
  const found = findOrganization(db, name);
  if (found) return found;
  const id = create(db, 'organization', { name, name_key: normalizeForSearch(name) });
  return { id, name };
}

function refuseDuplicate(db: Db, name: string, exceptId?: string): void {
  const found = findOrganization(db, name);
  if (found && found.id !== exceptId)
    throw new DabirError('conflict', `دستگاه «${found.name}» از قبل ثبت شده است`, 'name');
}

export const organizationHandlers = {
  'organizations.list': (db) =>
    all<Organization>(db, sql`SELECT id, name FROM organization WHERE origin = ${originOf(db)} ORDER BY name_key`),
  'organizations.create': (db, { name }) => {
    refuseDuplicate(db, name);
    return findOrCreateOrganization(db, name);
  },
  'organizations.rename': (db, { id, name }) => {
    organizationById(db, id);
    refuseDuplicate(db, name, id);
    update(db, 'organization', id, { name, name_key: normalizeForSearch(name) });
    return organizationById(db, id);
  },
  'organizations.remove': (db, { id }) => {
    organizationById(db, id);
    const used = get(
      db,
      sql`SELECT 1 FROM membership WHERE organization_id = ${id} UNION ALL SELECT 1 FROM attendance WHERE organization_id = ${id} LIMIT 1`,
    );
    if (used)
      throw new DabirError('conflict', 'این دستگاه عضو کارگروه است یا در حضور و غیاب جلسه‌ای آمده است و حذف نمی‌شود');
    remove(db, 'organization', id);
    return { ok: true as const };
  },
} satisfies Handlers<'organizations'>;
