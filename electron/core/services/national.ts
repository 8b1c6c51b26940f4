// The national loop's operations: headquarters' matrix of its national resolutions, the directive
// bundle written where the secretary chooses, and at a province the directive taken in (a backup
// first) and what it follows of headquarters'.
import type { DirectiveWritten } from '../../contract';
import { backupBeforeImport } from '../backup/own';
import { writeDirective } from '../bundle/directive-export';
import { importDirective } from '../bundle/directive-import';
import { refuseForeign } from '../db/foreign';
import { isHeadquarters, ownSecretariatId } from '../db/installation';
import { all, get, run, sql } from '../db/sql';
import { todayJalali } from '../domain/jalali';
import { DabirError, notFound } from '../errors';
import { checkProvinces, provincesOf, writeAssignments } from './assignments';
import { sessionRow } from './session-read';
import type { AsyncHandlerFactory, Handlers } from './handlers';
import { nationalMatrix } from './national-matrix';
import { shellLacks } from './shell';
import { asOf } from './typed-values';

export const nationalHandlers = {
  'national.matrix': (db, input) => nationalMatrix(db, input.year, asOf(input.today)),
  'national.assignments': (db, { sessionId }) => {
    sessionRow(db, sessionId);
    return [...provincesOf(db, sessionId)].map(([resolutionId, provinces]) => ({ resolutionId, provinces }));
  },
  'national.assign': (db, { resolutionId, provinces }) => {
    if (!isHeadquarters(db)) throw new DabirError('forbidden', 'مصوبه را فقط ستاد به استان‌ها ابلاغ می‌کند');
    const r = get<{ origin: string; date: string; session_id: string; immediate_days: number }>(
      db,
      sql`SELECT r.origin, s.date, s.id AS session_id, g.immediate_days FROM resolution r
          JOIN session s ON s.id = r.session_id JOIN working_group g ON g.id = s.working_group_id WHERE r.id = ${resolutionId}`,
    );
    if (!r) throw notFound('مصوبه');
    refuseForeign(db, r.origin);
    // None: not assigned (the document format's empty list is a mistake; the editor's is a choice).
    const checked =
      provinces !== 'all' && provinces.length === 0
        ? { ok: true as const, assignments: [] }
        : checkProvinces(provinces, 'provinces');
    if (!checked.ok)
      throw new DabirError('invalid_input', checked.problems[0]!.message, checked.problems[0]!.path, checked.problems);
    run(db, sql`DELETE FROM assignment WHERE resolution_id = ${resolutionId}`);
    writeAssignments(db, resolutionId, { date: r.date, immediateDays: r.immediate_days }, checked.assignments);
    return { resolutionId, provinces: provincesOf(db, r.session_id).get(resolutionId) ?? [] };
  },
  'national.source': (db) => {
    const source = get<{ name: string; fingerprint: string; registered_at: string }>(
      db,
      sql`SELECT name, fingerprint, registered_at FROM directive_source WHERE id = 1`,
    );
    return {
      headquarters: source
        ? { name: source.name, fingerprint: source.fingerprint, registeredAt: source.registered_at }
        : null,
      imports: all<{ imported_at: string; full: number; target_key: string; records: number }>(
        db,
        sql`SELECT imported_at, full, target_key, records FROM directive_import ORDER BY imported_at DESC, rowid DESC`,
      ).map((i) => ({
        importedAt: i.imported_at,
        full: i.full === 1,
        forAll: i.target_key === '',
        records: i.records,
      })),
      assigned:
        get<{ n: number }>(db, sql`SELECT count(*) AS n FROM national_status WHERE origin = ${ownSecretariatId(db)}`)
          ?.n ?? 0,
    };
  },
} satisfies Handlers<'national'>;

/** «ابلاغ-همه-استان‌ها-1399-01-20.dabir»: Persian words, Latin digits. */
const directiveFileName = (province: string | null) =>
  `ابلاغ-${(province ?? 'همه استان‌ها').replace(/[\\/:*?"<>|\s]+/g, '-')}-${todayJalali().replaceAll('/', '-')}.dabir`;

export const nationalAsyncHandlers: AsyncHandlerFactory<
  'national.exportDirective' | 'national.importDirective' | 'national.xlsx'
> = (context) => ({
  'national.xlsx': async (db, i) => {
    const { nationalWorkbook } = await import('../reports/national-xlsx');
    const matrix = db.transaction(() => nationalMatrix(db, i.year, asOf(i.today)))();
    return {
      fileName: `مصوبات-ستاد-${i.year}.xlsx`,
      mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      data: (await nationalWorkbook(matrix)).toString('base64'),
    };
  },
  'national.exportDirective': async (db, i, shell): Promise<DirectiveWritten> => {
    if (!shell.chooseSavePath) throw shellLacks('saving');
    const file = await shell.chooseSavePath(directiveFileName(i.province), 'bundle');
    if (file === null) return { saved: false };
    try {
      const d = writeDirective(db, file, { province: i.province, full: i.full });
      return {
        saved: true,
        path: file,
        size: d.bytes.length,
        province: d.manifest.target.province,
        full: d.manifest.full,
        sessions: d.sessionIds.length,
        hash: d.hash,
      };
    } catch (e) {
      if (e instanceof DabirError) throw e;
      throw new DabirError(
        'storage',
        `بسته ابلاغ نوشته نشد (${e instanceof Error ? e.message : String(e)})؛ چیزی فرستاده‌شده به حساب نیامد.`,
      );
    }
  },
  'national.importDirective': (db, i) =>
    context.exclusive('ورود ابلاغ', async () => {
      const backup = await backupBeforeImport(db);
      let imported = false;
      try {
        const r = importDirective(db, Buffer.from(i.data, 'base64'), { trustNew: i.trustNew });
        imported = r.status === 'imported';
        return r;
      } finally {
        backup.settle(imported);
      }
    }),
});
