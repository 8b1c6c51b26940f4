// What this data file is (migration 70): its own secretariat, made at the first open, and its
// role — a province's secretariat or headquarters — chosen once and never changed.
import { randomUUID } from 'node:crypto';
import type { Role } from '../../contract/secretariat';
import { DabirError } from '../errors';
import { adoptSecretariat } from './migrations/0070-installation';
import type { Db } from './open';
import { get, insert, run, sql } from './sql';

/** The installation's own secretariat: made at the first open; first-run setup only names it. */
export function ensureInstallation(db: Db): string {
  const row = get<{ secretariat_id: string }>(db, sql`SELECT secretariat_id FROM installation`);
  if (row) return row.secretariat_id;
  // Rows written behind Dabir's back (another tool, a test) are adopted, not duplicated.
  db.exec(adoptSecretariat);
  const adopted = get<{ secretariat_id: string }>(db, sql`SELECT secretariat_id FROM installation`);
  if (adopted) return adopted.secretariat_id;
  const id = randomUUID();
  db.transaction(() => {
    insert(db, 'secretariat', { id, name: '', province: '', created_at: new Date().toISOString() });
    insert(db, 'installation', { id: 1, secretariat_id: id, role: null });
  })();
  return id;
}

const owns = new WeakMap<Db, string>();

/** The secretariat this file writes as (remembered once read: it never changes, but at a restore). */
export function ownSecretariatId(db: Db): string {
  let id = owns.get(db);
  if (id !== undefined) return id;
  const row = get<{ secretariat_id: string }>(db, sql`SELECT secretariat_id FROM installation`);
  if (!row) throw new DabirError('internal', 'شناسه دبیرخانه پیدا نشد');
  owns.set(db, (id = row.secretariat_id));
  return id;
}

/** After a restore: the file may now say something else. */
export function forgetInstallation(db: Db): void {
  known.delete(db);
  owns.delete(db);
}

/** null until first-run setup (or `--hq`) chooses. */
export function roleOf(db: Db): Role | null {
  return get<{ role: Role | null }>(db, sql`SELECT role FROM installation`)?.role ?? null;
}

const known = new WeakMap<Db, Role>();

/** Whether this file is headquarters' (remembered once set: a role never changes). */
export function isHeadquarters(db: Db): boolean {
  let role = known.get(db);
  if (!role) {
    const current = roleOf(db);
    if (current === null) return false;
    known.set(db, (role = current));
  }
  return role === 'headquarters';
}

const roleNames: Record<Role, string> = { province: 'دبیرخانه استان', headquarters: 'ستاد' };

/** Sets the role if none is set yet; refuses to change it. */
export function claimRole(db: Db, role: Role): void {
  const current = roleOf(db);
  if (current === role) return;
  if (current !== null)
    throw new DabirError(
      'invalid_input',
      `این پرونده داده از آنِ ${roleNames[current]} است و ${roleNames[role]} نمی‌شود؛ برای ${roleNames[role]} پرونده داده دیگری به کار ببرید`,
    );
  run(db, sql`UPDATE installation SET role = ${role} WHERE id = 1`);
}
