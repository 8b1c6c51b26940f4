// The `dabir` command line: parses arguments, then calls the same services as the app.
// Messages for the secretary are Persian; exit status 0 on success, 1 on refused input, 2 on usage.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { MAX_DOCUMENT_BYTES } from '../../contract/limits';
import { toPersianDigits } from '../../contract/persian-text';
import { parseArgs } from 'node:util';
import { createDispatcher } from '../api/dispatch';
import { claimRole } from '../db/installation';
import { startBackups } from '../backup/schedule';
import { openWithBackups } from '../backup/open';
import type { Db } from '../db/open';
import { all, sql } from '../db/sql';
import type { Verification } from '../../contract';
import { DabirError } from '../errors';
import { differenceLine } from '../minutes/compare';
import { defaultDataFile, defaultHqDataFile } from '../paths';
import { backupCommand, restoreCommand } from './backup';
import { consoleIo, type Io } from './console-io';
import { bundleCommand } from './bundle';
import { printCommand, rendererDir, requireBuiltRenderer } from './print';
import { directoryCommand, setupCommand } from './setup';
import { repairCommand } from './repair';
import { reportCommand, searchCommand } from './reports';
import { resolveSession } from './session-ref';

export const usage = `dabir — دبیر: صورتجلسه، مصوبات و حضور و غیاب کارگروه

  dabir import FILE... [--db PATH] [--replace-draft]   import dabir.minutes/1 documents
  dabir export SESSION [--db PATH] [--group NAME] [--out FILE]
                                                       SESSION: year/number (e.g. 1399/1) or a session id
  dabir print SESSION --out FILE.pdf [--db PATH] [--group NAME] [--amendment N]
                                                       the printed minutes (or amendment N) as PDF
  dabir verify SESSION [--db PATH] [--group NAME]      check a final session against its content hash
  dabir report annual|attendance|responsible --year Y [--group NAME] [--xlsx FILE] [--db PATH]
                                                       a working group's year: printed as a table, or written to Excel
  dabir search QUERY [--group NAME] [--year Y] [--limit N] [--db PATH]
                                                       resolutions, agenda, discussion and follow-up reports
  dabir bundle export --out FILE.dabir [--full] [--db PATH]
                                                       the signed sync bundle for headquarters (changes since the last one)
  dabir bundle verify FILE.dabir                       check a bundle's signature and hashes, and show what it holds
  dabir bundle import FILE... [--trust-new] [--db PATH]
                                                       headquarters: import bundles, all or nothing each
                                                       (without --db: headquarters' own data file)
  dabir backup --out FILE [--db PATH]                  a checked backup of the data file, encrypted (age) with a
                                                       passphrase: DABIR_PASSPHRASE, asked on the terminal, or made
                                                       by Dabir and printed once; FILE gets .age if it has not
  dabir restore FILE [--db PATH]                       restore a backup after checking it (an encrypted one asks for
                                                       its passphrase, or reads DABIR_PASSPHRASE); the current file is kept aside
  dabir setup --name NAME --province P [--hq] [--db PATH]
                                                       name the secretariat (what the first-run screen does)
  dabir group create NAME --province P [--organization ORG] [--immediate-days N] [--db PATH]
                                                       a new working group
  dabir members add FILE [--group NAME] [--since DATE] [--db PATH]
                                                       add member organisations, one a line (all or none)
  dabir people add NAME [--title T] [--organization ORG] [--db PATH]
                                                       add a person to the directory
  dabir repair [--db PATH] [--yes]                     rows pointing at rows gone (an outside tool's DELETE): named;
                                                       with --yes repaired, the file kept aside as a backup first
  dabir list [--db PATH]                               working groups and their sessions
  dabir serve [--db PATH] [--port N] [--hq]            start the browser host; prints its URL
                                                       --hq: as headquarters, on headquarters' data file
  dabir help

Without --db the app's own data file is used (${defaultDataFile()});
headquarters has its own (${defaultHqDataFile()}).`;

export type { Io } from './console-io';

function fromResult<T>(r: ReturnType<ReturnType<typeof createDispatcher>>): T {
  if (r.ok) return r.value as T;
  throw new DabirError(r.error.code, r.error.message, r.error.path, r.error.problems);
}

function importFiles(db: Db, files: string[], replaceDraft: boolean, io: Io): number {
  if (files.length === 0)
    throw new DabirError('invalid_input', 'پرونده‌ای برای ورود نام برده نشده است: dabir import FILE...');
  const dispatch = createDispatcher(db);
  let failed = 0;
  for (const file of files) {
    let document: unknown;
    try {
      if (statSync(file).size > MAX_DOCUMENT_BYTES) {
        io.err(
          `${file}: پرونده بیش از حد بزرگ است (بیشینه ${toPersianDigits(MAX_DOCUMENT_BYTES / 1024 / 1024)} مگابایت)؛ خوانده نشد`,
        );
        failed++;
        continue;
      }
      document = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      io.err(`${file}: پرونده خوانده نشد یا JSON معتبر نیست (${(e as Error).message})`);
      failed++;
      continue;
    }
    const r = dispatch('minutes.import', { document, replaceDraft });
    if (r.ok) {
      const v = r.value as { sessionId: string; replaced: boolean };
      io.out(`${file}: ${v.replaced ? 'جایگزین شد' : 'وارد شد'} (${v.sessionId})`);
    } else {
      failed++;
      io.err(`${file}: ${r.error.message}`);
      for (const p of r.error.problems ?? []) io.err(`  ${p.path}: ${p.message}`);
      if (
        !replaceDraft &&
        r.error.problems?.some((p) => p.path === 'session.number' && p.message.includes('از قبل ثبت شده'))
      ) {
        io.err('  برای جایگزینی پیش‌نویس موجود با این سند: dabir import FILE --replace-draft');
      }
    }
  }
  return failed === 0 ? 0 : 1;
}

function list(db: Db, io: Io): void {
  const groups = all<{ id: string; name: string; province: string }>(
    db,
    sql`SELECT id, name, province FROM working_group ORDER BY name_key`,
  );
  if (groups.length === 0) io.out('هنوز کارگروهی ثبت نشده است.');
  for (const g of groups) {
    io.out(`${g.name} (${g.province})  ${g.id}`);
    const sessions = all<{ id: string; year: number; number: number; date: string; status: string }>(
      db,
      sql`SELECT id, year, number, date, status FROM session WHERE working_group_id = ${g.id} ORDER BY year DESC, number DESC`,
    );
    for (const s of sessions)
      io.out(`  ${s.year}/${s.number}  ${s.date}  ${s.status === 'final' ? 'قطعی' : 'پیش‌نویس'}  ${s.id}`);
  }
}

/** Runs one command; resolves to the exit status. `serve` resolves only when the host stops. */
export async function run(argv: string[], io: Io = consoleIo()): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        out: { type: 'string' },
        group: { type: 'string' },
        port: { type: 'string' },
        amendment: { type: 'string' },
        year: { type: 'string' },
        xlsx: { type: 'string' },
        today: { type: 'string' },
        limit: { type: 'string' },
        name: { type: 'string' },
        province: { type: 'string' },
        organization: { type: 'string' },
        title: { type: 'string' },
        since: { type: 'string' },
        'immediate-days': { type: 'string' },
        'replace-draft': { type: 'boolean' },
        full: { type: 'boolean' },
        'trust-new': { type: 'boolean' },
        yes: { type: 'boolean' },
        hq: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    io.err(`${(e as Error).message}\n\n${usage}`);
    return 2;
  }
  const [command, ...rest] = parsed.positionals;
  const v = parsed.values;
  if (!command || command === 'help' || v.help) {
    io.out(usage);
    return command || v.help ? 0 : 2;
  }
  if (
    ![
      'import',
      'export',
      'print',
      'verify',
      'report',
      'search',
      'bundle',
      'list',
      'serve',
      'backup',
      'restore',
      'setup',
      'group',
      'members',
      'people',
      'repair',
    ].includes(command)
  ) {
    io.err(`فرمان ناشناخته: ${command}\n\n${usage}`);
    return 2;
  }
  let db: Db | undefined;
  try {
    // Checking a bundle needs no data file.
    if (command === 'bundle' && rest[0] === 'verify') return await bundleCommand(null, rest, {}, io);
    // Importing bundles and --hq are headquarters' work, on headquarters' file unless one is named.
    const hq = v.hq === true || (command === 'bundle' && rest[0] === 'import');
    const file = v.db ?? (hq ? defaultHqDataFile() : defaultDataFile());
    // Restoring works on a damaged file too, so it opens the file itself.
    if (command === 'restore') return await restoreCommand(file, rest[0], io);
    if (command === 'repair') return await repairCommand(file, v.yes === true, io);
    // A backup before any migration; serve, like the app, then backs up at start and daily.
    db = await openWithBackups(file);
    if (v.hq) claimRole(db, 'headquarters');
    switch (command) {
      case 'import':
        return importFiles(db, rest, v['replace-draft'] ?? false, io);
      case 'export': {
        if (rest.length !== 1) throw new DabirError('invalid_input', 'یک جلسه نام ببرید: dabir export 1399/1');
        const sessionId = resolveSession(db, rest[0]!, v.group);
        const doc = fromResult(createDispatcher(db)('minutes.export', { sessionId }));
        const text = `${JSON.stringify(doc, null, 2)}\n`;
        if (v.out) {
          writeFileSync(v.out, text);
          io.err(`نوشته شد: ${v.out}`);
        } else io.out(text.trimEnd());
        return 0;
      }
      case 'print': {
        if (rest.length !== 1)
          throw new DabirError('invalid_input', 'یک جلسه نام ببرید: dabir print 1399/1 --out FILE.pdf');
        const dbFile = v.db ?? defaultDataFile();
        return await printCommand(
          db,
          dbFile,
          resolveSession(db, rest[0]!, v.group),
          { out: v.out, amendment: v.amendment },
          io,
        );
      }
      case 'verify': {
        if (rest.length !== 1) throw new DabirError('invalid_input', 'یک جلسه نام ببرید: dabir verify 1399/1');
        const result = fromResult<Verification>(
          createDispatcher(db)('sessions.verify', { id: resolveSession(db, rest[0]!, v.group) }),
        );
        if (result.status !== 'final') {
          io.err('این جلسه هنوز پیش‌نویس است و اثر انگشتی ندارد');
          return 1;
        }
        io.out(`اثر انگشت ثبت‌شده:  ${result.contentHash}`);
        io.out(`اثر انگشت محتوای کنونی: ${result.computedHash}`);
        if (result.intact) {
          io.out('سالم: محتوای صورتجلسه و ردیف‌های آن در پرونده همان است که قطعی شد');
          return 0;
        }
        if (result.computedHash !== result.contentHash) io.out('ناسازگار: محتوای ذخیره‌شده با اثر انگشت نمی‌خواند');
        if (result.liveMatches === false) {
          io.out(
            `ناسازگار: ردیف‌های جلسه در پرونده داده با صورتجلسه قطعی‌شده نمی‌خواند (${toPersianDigits(result.differences.length)} فرق):`,
          );
          for (const d of result.differences) io.out(`  ${differenceLine(d)}`);
        }
        io.out('پرونده داده بیرون از دبیر تغییر کرده است؛ آخرین پشتیبان سالم را بازگردانید (dabir restore)');
        return 1;
      }
      case 'report':
        return await reportCommand(db, rest[0], { group: v.group, year: v.year, xlsx: v.xlsx, today: v.today }, io);
      case 'search':
        return searchCommand(
          db,
          rest.length > 0 ? rest.join(' ') : undefined,
          { group: v.group, year: v.year, limit: v.limit },
          io,
        );
      case 'bundle':
        return await bundleCommand(db, rest, { out: v.out, full: v.full, trustNew: v['trust-new'] }, io);
      case 'backup':
        return await backupCommand(db, v.out, io);
      case 'list':
        list(db, io);
        return 0;
      case 'setup':
        return setupCommand(db, v, io);
      case 'group':
      case 'members':
      case 'people':
        return directoryCommand(db, command, rest, v, io);
      case 'serve': {
        const port = v.port === undefined ? 0 : Number(v.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535)
          throw new DabirError('invalid_input', `درگاه «${v.port}» نامعتبر است؛ عددی از ۰ تا ۶۵۵۳۵`);
        requireBuiltRenderer();
        // Loaded only here: node:http alone costs the other commands' start about 20 ms.
        const { startAppHost } = await import('../host/app-host');
        const host = await startAppHost(db, { rendererDir, port });
        io.out(host.url);
        const open = db;
        const stopBackups = startBackups(open, { onError: (e) => io.err(`پشتیبان‌گیری: ${(e as Error).message}`) });
        await new Promise<void>((resolve) => {
          // No more calls, then the closing backup (if the latest work is not in one yet), then out.
          const stop = () => {
            void host.close().then(stopBackups).then(resolve);
          };
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
        open.close();
        db = undefined;
        return 0;
      }
    }
    return 2;
  } catch (e) {
    io.err(e instanceof DabirError ? e.message : `خطا: ${(e as Error).message}`);
    for (const p of e instanceof DabirError ? (e.problems ?? []) : []) io.err(`  ${p.path}: ${p.message}`);
    return 1;
  } finally {
    if (db?.open && command !== 'serve') db.close();
  }
}
