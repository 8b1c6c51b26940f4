// The secretariat's identity: read it, and name it at first run.
import type { Secretariat } from '../../contract';
import { claimRole, roleOf } from '../db/installation';
import type { Db } from '../db/open';
import { get, sql, update } from '../db/sql';
import type { Handlers } from './handlers';
import { originOf } from './store';

interface Row {
  id: string;
  name: string;
  province: string;
  created_at: string;
}

export function readSecretariat(db: Db): Secretariat {
  const row = get<Row>(db, sql`SELECT * FROM secretariat WHERE id = ${originOf(db)}`);
  if (!row) throw new Error('secretariat row missing');
  return {
    id: row.id,
    name: row.name,
    province: row.province,
    createdAt: row.created_at,
    role: roleOf(db) ?? 'province',
  };
}

export const secretariatHandlers = {
  'secretariat.get': (db) => {
    const s = readSecretariat(db);
    return s.name === '' ? null : s;
  },
  'secretariat.role': (db) => ({ role: roleOf(db) }),
  'secretariat.setup': (db, input) => {
    claimRole(db, input.role ?? roleOf(db) ?? 'province');
    update(db, 'secretariat', originOf(db), { name: input.name, province: input.province });
    return readSecretariat(db);
  },
} satisfies Handlers<'secretariat'>;
