// Setting a PC up from the command line, as the first-run screen and «تنظیمات کارگروه» do: naming
// the secretariat, creating working groups, adding members from a text file and people. Every
// change goes through the same operations (and validation, and Persian refusals) as the app.
import { readFileSync } from 'node:fs';
import type { Member, Organization, Person, Secretariat, WorkingGroup } from '../../contract';
import { normalizeForSearch, toLatinDigits, toPersianDigits } from '../../contract/persian-text';
import { createDispatcher } from '../api/dispatch';
import type { Db } from '../db/open';
import { DabirError } from '../errors';
import type { Io } from './console-io';

export interface SetupOptions {
  name?: string;
  province?: string;
  organization?: string;
  group?: string;
  title?: string;
  'immediate-days'?: string;
  since?: string;
  hq?: boolean;
}

function call<T>(db: Db, op: string, input: unknown): T {
  const r = createDispatcher(db)(op, input);
  if (r.ok) return r.value as T;
  throw new DabirError(r.error.code, r.error.message, r.error.path, r.error.problems);
}

const required = (value: string | undefined, flag: string, example: string): string => {
  if (value === undefined || value.trim() === '')
    throw new DabirError('invalid_input', `${flag} لازم است؛ مثلاً: ${example}`, flag.replace(/^--/, ''));
  return value;
};

/** `dabir setup --name NAME --province P [--hq]`: what the first-run screen does (and renames later). */
export function setupCommand(db: Db, o: SetupOptions, io: Io): number {
  const s = call<Secretariat>(db, 'secretariat.setup', {
    name: required(o.name, '--name', 'dabir setup --name "دبیرخانه کارگروه‌های استانداری مرکزی" --province مرکزی'),
    province: required(o.province, '--province', 'dabir setup --name NAME --province مرکزی'),
    ...(o.hq ? { role: 'headquarters' } : {}),
  });
  io.out(`دبیرخانه «${s.name}» ${s.role === 'headquarters' ? '(ستاد)' : `استان ${s.province}`} ثبت شد`);
  return 0;
}

/** The working group named by --group (ي/ك and half-spaces matched as in the app); the only one when there is one. */
export function findGroup(db: Db, name: string | undefined): WorkingGroup {
  const groups = call<WorkingGroup[]>(db, 'workingGroups.list', {});
  if (groups.length === 0)
    throw new DabirError('not_found', 'هنوز کارگروهی ثبت نشده است: dabir group create NAME --province P');
  if (name === undefined) {
    if (groups.length === 1) return groups[0]!;
    throw new DabirError(
      'invalid_input',
      `این پرونده ${toPersianDigits(groups.length)} کارگروه دارد؛ یکی را با --group نام ببرید: ${groups.map((g) => `«${g.name}»`).join('، ')}`,
      'group',
    );
  }
  const found = groups.find((g) => normalizeForSearch(g.name) === normalizeForSearch(name));
  if (!found) throw new DabirError('not_found', `کارگروه «${name}» پیدا نشد`, 'group');
  return found;
}

function immediateDays(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const latin = toLatinDigits(value.trim());
  if (!/^-?\d+$/.test(latin))
    throw new DabirError('invalid_input', `--immediate-days باید عدد روز باشد، نه «${value}»`, 'immediateDays');
  return Number(latin);
}

/** `dabir group create NAME --province P [--organization ORG] [--immediate-days N]`. */
function createGroup(db: Db, name: string | undefined, o: SetupOptions, io: Io): number {
  const days = immediateDays(o['immediate-days']);
  const g = call<WorkingGroup>(db, 'workingGroups.create', {
    name: required(name, 'نام کارگروه', 'dabir group create "کارگروه تخصصی امور اجتماعی" --province مرکزی'),
    province: required(o.province, '--province', 'dabir group create NAME --province مرکزی'),
    ...(o.organization !== undefined ? { organization: o.organization } : {}),
    ...(days !== undefined ? { immediateDays: days } : {}),
  });
  io.out(
    `کارگروه «${g.name}» (استان ${g.province}، مهلت فوری ${toPersianDigits(g.immediateDays)} روز) ساخته شد: ${g.id}`,
  );
  return 0;
}

/** The organisations of a members file: one a line; blank lines and lines starting with # are skipped. */
export function readMembersFile(file: string): { line: number; name: string }[] {
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    throw new DabirError('invalid_input', `پرونده «${file}» خوانده نشد: ${(e as Error).message}`);
  }
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((raw, i) => ({ line: i + 1, name: raw.trim() }))
    .filter((l) => l.name !== '' && !l.name.startsWith('#'));
}

/**
 * `dabir members add FILE [--group NAME] [--since DATE]`: all lines or none. An organisation already
 * in the directory is reused (ي/ك and half-spaces do not make a second one); one already a member
 * is skipped and named; the same organisation twice in the file is refused with both lines.
 */
function addMembers(db: Db, file: string | undefined, o: SetupOptions, io: Io): number {
  if (file === undefined)
    throw new DabirError('invalid_input', 'پرونده فهرست دستگاه‌ها را نام ببرید: dabir members add FILE --group NAME');
  const lines = readMembersFile(file);
  const group = findGroup(db, o.group);
  if (lines.length === 0) throw new DabirError('invalid_input', `در «${file}» نام دستگاهی نیست (یک دستگاه در هر سطر)`);
  const seen = new Map<string, number>();
  const problems: { path: string; message: string }[] = [];
  for (const l of lines) {
    const first = seen.get(normalizeForSearch(l.name));
    if (first !== undefined)
      problems.push({
        path: `${file}:${l.line}`,
        message: `«${l.name}» همان دستگاه سطر ${toPersianDigits(first)} است`,
      });
    else seen.set(normalizeForSearch(l.name), l.line);
  }
  if (problems.length > 0)
    throw new DabirError('invalid_input', 'فهرست دستگاه‌ها پذیرفته نشد؛ هیچ عضوی افزوده نشد', null, problems);
  const members = new Set(
    call<Member[]>(db, 'members.list', { workingGroupId: group.id }).map((m) => m.organizationId),
  );
  const organizations = call<Organization[]>(db, 'organizations.list', {});
  const added: string[] = [];
  const skipped: string[] = [];
  db.transaction(() => {
    for (const l of lines) {
      const known = organizations.find((org) => normalizeForSearch(org.name) === normalizeForSearch(l.name));
      if (known && members.has(known.id)) {
        skipped.push(known.name);
        continue;
      }
      try {
        call<Member>(db, 'members.add', {
          workingGroupId: group.id,
          ...(known ? { organizationId: known.id } : { organizationName: l.name }),
          since: o.since ?? null,
        });
      } catch (e) {
        if (e instanceof DabirError)
          throw new DabirError(
            e.code,
            `سطر ${toPersianDigits(l.line)} «${l.name}»: ${e.message}؛ هیچ عضوی افزوده نشد`,
            e.path,
          );
        throw e;
      }
      added.push(l.name);
    }
  })();
  io.out(`${toPersianDigits(added.length)} دستگاه به کارگروه «${group.name}» افزوده شد`);
  for (const name of skipped) io.out(`  «${name}» از قبل عضو بود`);
  return 0;
}

/** `dabir people add NAME [--title T] [--organization ORG]`: the organisation is found (or added) by name. */
function addPerson(db: Db, name: string | undefined, o: SetupOptions, io: Io): number {
  const personName = required(name, 'نام شخص', 'dabir people add "سجادی" --title "مدیر کل امور اجتماعی و فرهنگی"');
  let organizationId: string | null = null;
  if (o.organization !== undefined) {
    const known = call<Organization[]>(db, 'organizations.list', {}).find(
      (org) => normalizeForSearch(org.name) === normalizeForSearch(o.organization!),
    );
    organizationId = known?.id ?? null;
    if (!known) organizationId = call<Organization>(db, 'organizations.create', { name: o.organization }).id;
  }
  const p = call<Person>(db, 'people.create', { name: personName, title: o.title ?? null, organizationId });
  io.out(`«${p.name}»${p.title ? ` (${p.title})` : ''} به فهرست اشخاص افزوده شد`);
  return 0;
}

/** `dabir group …`, `dabir members …`, `dabir people …`. */
export function directoryCommand(db: Db, command: string, rest: string[], o: SetupOptions, io: Io): number {
  const [verb, arg, ...extra] = rest;
  const usage = {
    group: 'dabir group create NAME --province P [--organization ORG] [--immediate-days N]',
    members: 'dabir members add FILE [--group NAME] [--since DATE]',
    people: 'dabir people add NAME [--title T] [--organization ORG]',
  }[command]!;
  const expected = { group: 'create', members: 'add', people: 'add' }[command];
  if (verb !== expected || extra.length > 0)
    throw new DabirError('invalid_input', `فرمان نادرست است؛ به این شکل: ${usage}`);
  if (command === 'group') return db.transaction(() => createGroup(db, arg, o, io))();
  if (command === 'members') return addMembers(db, arg, o, io);
  return db.transaction(() => addPerson(db, arg, o, io))();
}
