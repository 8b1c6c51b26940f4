// People of the directory (name, title, organisation): the chairs, secretaries and speakers to pick from.
import type { Person } from '../../contract';
import type { Db } from '../db/open';
import { all, get, remove, sql, update } from '../db/sql';
import { normalizeForSearch } from '../../contract/persian-text';
import { notFound } from '../errors';
import type { Handlers } from './handlers';
import { organizationById } from './organizations';
import { create } from './store';

interface PersonRow {
  id: string;
  name: string;
  title: string | null;
  organization_id: string | null;
}
const toPerson = (r: PersonRow): Person => ({
  id: r.id,
  name: r.name,
  title: r.title,
  organizationId: r.organization_id,
});

export function personById(db: Db, id: string): Person {
  const row = get<PersonRow>(db, sql`SELECT id, name, title, organization_id FROM person WHERE id = ${id}`);
  if (!row) throw notFound('شخص');
  return toPerson(row);
}

function checkOrganization(db: Db, id: string | null): void {
  if (id !== null) organizationById(db, id);
}

export const personHandlers = {
  'people.list': (db) =>
    all<PersonRow>(db, sql`SELECT id, name, title, organization_id FROM person ORDER BY name_key`).map(toPerson),
  'people.create': (db, input) => {
    checkOrganization(db, input.organizationId);
    const id = create(db, 'person', {
      name: input.name,
      name_key: normalizeForSearch(input.name),
      title: input.title,
      organization_id: input.organizationId,
    });
    return personById(db, id);
  },
  'people.update': (db, { id, ...patch }) => {
    const p = personById(db, id);
    if (patch.organizationId !== undefined) checkOrganization(db, patch.organizationId);
    const name = patch.name ?? p.name;
    update(db, 'person', id, {
      name,
      name_key: normalizeForSearch(name),
      title: patch.title === undefined ? p.title : patch.title,
      organization_id: patch.organizationId === undefined ? p.organizationId : patch.organizationId,
    });
    return personById(db, id);
  },
  'people.remove': (db, { id }) => {
    if (!remove(db, 'person', id)) throw notFound('شخص');
    return { ok: true as const };
  },
} satisfies Handlers<'people'>;
