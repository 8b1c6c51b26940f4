// The `dabir` command line: parses arguments, then calls the same services as the app.
// Messages for the secretary are Persian; exit status 0 on success, 1 on refused input, 2 on usage.
// Each command's module loads only when that command runs: the command line starts in a few
// tens of milliseconds instead of loading every service, ExcelJS, age and the HTTP host first.
import { parseArgs } from 'node:util';
import { openWithBackups } from '../backup/open';
import { claimRole } from '../db/installation';
import type { Db } from '../db/open';
import { DabirError } from '../errors';
import { defaultDataFile, defaultHqDataFile } from '../paths';
import { consoleIo, forTerminal, type Io } from './console-io';

export const usage = `dabir — دبیر: صورتجلسه، مصوبات و حضور و غیاب کارگروه

  dabir import FILE|FOLDER... [--group NAME] [--db PATH] [--replace-draft]
                                                       past minutes from Word (.docx, .doc) or text (.txt), each
                                                       a draft to review (--group: the working group, made if new;
                                                       else the one the minutes name, or the only one); and
                                                       dabir.minutes/1 documents (.json), all or nothing each
  dabir export SESSION [--db PATH] [--group NAME] [--out FILE]
                                                       SESSION: year/number (e.g. 1399/1) or a session id
  dabir print SESSION --out FILE.pdf|FILE.docx [--db PATH] [--group NAME] [--amendment N]
                                                       the printed minutes (or amendment N) as PDF, or the
                                                       minutes as Word (.docx) as the app's «خروجی Word» writes it
  dabir print SESSION --attendance-sheet --out FILE.pdf [--db PATH] [--group NAME]
                                                       the attendance sheet to sign: the members in order
  dabir print SESSION --invitation --out FILE.pdf|FILE.docx [--copies] [--db PATH] [--group NAME]
                                                       the invitation (دعوتنامه) on the letterhead: one letter per
                                                       member organisation, or with --copies one letter with the
                                                       «رونوشت» of every member (default: the mode kept in the app)
  dabir print SESSION --letters --out DIR [--word] [--db PATH] [--group NAME]
                                                       a final session's notification letters («ابلاغ مصوبات»):
                                                       one PDF (or with --word one .docx) per responsible body
  dabir print --overdue-letters --group NAME --out DIR [--today DATE] [--word] [--db PATH]
                                                       follow-up letters («پیگیری مصوبات»): one per body with
                                                       overdue resolutions in the group's final sessions
  dabir finalize SESSION [--db PATH] [--group NAME]    finalise (قطعی کردن) a draft: its content hash stored, no edit after
  dabir verify SESSION [--db PATH] [--group NAME]      check a final session against its content hash
  dabir report annual|attendance|responsible --year Y [--group NAME] [--xlsx FILE] [--db PATH]
                                                       a working group's year: printed as a table, or written to Excel
  dabir report national --year Y [--xlsx FILE] [--db PATH]
                                                       headquarters: each national resolution with every assigned
                                                       province's status and last report, and each province's completion
  dabir search QUERY [--group NAME] [--year Y] [--limit N] [--province P] [--db PATH]
                                                       resolutions, agenda, discussion and follow-up reports
  dabir bundle export --out FILE.dabir [--full] [--db PATH]
                                                       the signed sync bundle for headquarters (changes since the last one)
  dabir bundle verify FILE.dabir                       check a bundle's signature and hashes, and show what it holds
  dabir bundle import FILE... [--trust-new] [--db PATH]
                                                       headquarters: import bundles, all or nothing each
                                                       (without --db: headquarters' own data file)
  dabir directives export --out FILE.dabir [--province NAME] [--full] [--db PATH]
                                                       headquarters: the signed directive bundle («ابلاغ به استان‌ها»)
                                                       of its final national minutes and their assignments, for one
                                                       province or (without --province) for all
  dabir directives import FILE... [--trust-new] [--db PATH]
                                                       a province: take headquarters' directives in, all or nothing each
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
  dabir followup add --resolution REF --date D --text T [--status S] [--by ORG] [--group NAME] [--db PATH]
                                                       a follow-up report on a resolution (REF: year/number/row,
                                                       e.g. 1399/1/3, or its id); --status sets its status
                                                       («اجرا شده»، «در دست اجرا»، «آغاز نشده»، «لغو شده»)
  dabir list [--db PATH]                               working groups and their sessions
  dabir serve [--db PATH] [--port N] [--hq]            start the browser host; prints its URL
                                                       --hq: as headquarters, on headquarters' data file
  dabir help

Without --db the app's own data file is used (${defaultDataFile()});
headquarters has its own (${defaultHqDataFile()}).`;

export type { Io } from './console-io';

/** `dabir print SESSION --letters` and `dabir print --overdue-letters --group NAME`: cli/letters.ts. */
async function printLetters(
  db: Db,
  dbFile: string,
  rest: string[],
  v: {
    letters?: boolean;
    'overdue-letters'?: boolean;
    group?: string;
    out?: string;
    today?: string;
    word?: boolean;
    docx?: boolean;
  },
  io: Io,
): Promise<number> {
  const word = v.word === true || v.docx === true;
  const { lettersCommand } = await import('./letters');
  if (v['overdue-letters']) {
    if (rest.length > 0 || v.letters)
      throw new DabirError(
        'invalid_input',
        'نامه‌های پیگیری از آنِ کارگروه است، نه یک جلسه: dabir print --overdue-letters --group NAME --out DIR',
      );
    if (v.group === undefined) throw new DabirError('invalid_input', 'کارگروه را با --group NAME نام ببرید');
    const { resolveGroup } = await import('./reports');
    const workingGroupId = resolveGroup(db, v.group).id;
    return lettersCommand(db, dbFile, { kind: 'follow_up', workingGroupId, today: v.today }, { out: v.out, word }, io);
  }
  if (rest.length !== 1)
    throw new DabirError('invalid_input', 'یک جلسه نام ببرید: dabir print 1399/1 --letters --out DIR');
  const { resolveSession } = await import('./session-ref');
  const sessionId = resolveSession(db, rest[0]!, v.group);
  return lettersCommand(db, dbFile, { kind: 'notification', sessionId }, { out: v.out, word }, io);
}

/** Runs one command; resolves to the exit status. `serve` resolves only when the host stops. */
export async function run(argv: string[], given: Io = consoleIo()): Promise<number> {
  const io = forTerminal(given);
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
        resolution: { type: 'string' },
        date: { type: 'string' },
        text: { type: 'string' },
        status: { type: 'string' },
        by: { type: 'string' },
        since: { type: 'string' },
        'immediate-days': { type: 'string' },
        'replace-draft': { type: 'boolean' },
        'attendance-sheet': { type: 'boolean' },
        invitation: { type: 'boolean' },
        copies: { type: 'boolean' },
        letters: { type: 'boolean' },
        'overdue-letters': { type: 'boolean' },
        word: { type: 'boolean' },
        docx: { type: 'boolean' },
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
      'followup',
      'directives',
      'finalize',
    ].includes(command)
  ) {
    io.err(`فرمان ناشناخته: ${command}\n\n${usage}`);
    return 2;
  }
  let db: Db | undefined;
  try {
    // Checking a bundle needs no data file.
    if (command === 'bundle' && rest[0] === 'verify')
      return await (await import('./bundle')).bundleCommand(null, rest, {}, io);
    // Importing bundles and --hq are headquarters' work, on headquarters' file unless one is named.
    const hq = v.hq === true || (command === 'bundle' && rest[0] === 'import');
    const file = v.db ?? (hq ? defaultHqDataFile() : defaultDataFile());
    // Restoring works on a damaged file too, so it opens the file itself.
    if (command === 'restore') return await (await import('./backup')).restoreCommand(file, rest[0], io);
    if (command === 'repair') return await (await import('./repair')).repairCommand(file, v.yes === true, io);
    // A backup before any migration; serve, like the app, then backs up at start and daily.
    db = await openWithBackups(file);
    if (v.hq) claimRole(db, 'headquarters');
    switch (command) {
      case 'import':
        return await (
          await import('./import-command')
        ).importCommand(db, rest, { replaceDraft: v['replace-draft'] ?? false, group: v.group }, io);
      case 'export':
        return (await import('./minutes-commands')).exportCommand(db, rest, { group: v.group, out: v.out }, io);
      case 'print': {
        if (v.letters || v['overdue-letters']) return await printLetters(db, v.db ?? defaultDataFile(), rest, v, io);
        if (rest.length !== 1)
          throw new DabirError('invalid_input', 'یک جلسه نام ببرید: dabir print 1399/1 --out FILE.pdf (یا FILE.docx)');
        const dbFile = v.db ?? defaultDataFile();
        const [{ printCommand }, { resolveSession }] = await Promise.all([import('./print'), import('./session-ref')]);
        return await printCommand(
          db,
          dbFile,
          resolveSession(db, rest[0]!, v.group),
          {
            out: v.out,
            amendment: v.amendment,
            attendanceSheet: v['attendance-sheet'] === true,
            invitation: v.invitation === true ? { copies: v.copies === true } : undefined,
          },
          io,
        );
      }
      case 'verify':
        return (await import('./minutes-commands')).verifyCommand(db, rest, v.group, io);
      case 'finalize':
        return (await import('./minutes-commands')).finalizeCommand(db, rest, v.group, io);
      case 'report':
        return await (
          await import('./reports')
        ).reportCommand(db, rest[0], { group: v.group, year: v.year, xlsx: v.xlsx, today: v.today }, io);
      case 'search':
        return (await import('./reports')).searchCommand(
          db,
          rest.length > 0 ? rest.join(' ') : undefined,
          { group: v.group, year: v.year, limit: v.limit, province: v.province },
          io,
        );
      case 'bundle':
        return await (
          await import('./bundle')
        ).bundleCommand(db, rest, { out: v.out, full: v.full, trustNew: v['trust-new'] }, io);
      case 'directives':
        return await (
          await import('./directives')
        ).directivesCommand(db, rest, { out: v.out, province: v.province, full: v.full, trustNew: v['trust-new'] }, io);
      case 'backup':
        return await (await import('./backup')).backupCommand(db, v.out, io);
      case 'list':
        return (await import('./list')).listCommand(db, io);
      case 'followup':
        return (await import('./followup')).followupCommand(
          db,
          rest,
          { resolution: v.resolution, date: v.date, text: v.text, status: v.status, by: v.by, group: v.group },
          io,
        );
      case 'setup':
        return (await import('./setup')).setupCommand(db, v, io);
      case 'group':
      case 'members':
      case 'people':
        return (await import('./setup')).directoryCommand(db, command, rest, v, io);
      case 'serve': {
        const port = v.port === undefined ? 0 : Number(v.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535)
          throw new DabirError('invalid_input', `درگاه «${v.port}» نامعتبر است؛ عددی از ۰ تا ۶۵۵۳۵`);
        const { rendererDir, requireBuiltRenderer } = await import('./print');
        requireBuiltRenderer();
        const [{ startAppHost }, { startBackups }] = await Promise.all([
          import('../host/app-host'),
          import('../backup/schedule'),
        ]);
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
