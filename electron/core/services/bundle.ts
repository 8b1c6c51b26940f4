// The sync bundle at a province: what the next bundle would carry, the bundles sent, and
// «ارسال به ستاد» (a bundle written where the secretary chooses).
import type { BundleWritten } from '../../contract';
import { bundlePlan, pendingSummary, recordExport, writeBundle } from '../bundle/export';
import { bundleFileName } from '../bundle/file';
import { fingerprint } from '../bundle/identity';
import { ownSecretariatId } from '../db/installation';
import { all, get, sql } from '../db/sql';
import { DabirError } from '../errors';
import type { AsyncHandlerFactory, Handlers } from './handlers';
import { shellLacks } from './shell';

export const bundleHandlers = {
  'bundle.status': (db) => {
    const key = get<{ public_key: string }>(
      db,
      sql`SELECT public_key FROM secretariat_key WHERE secretariat_id = ${ownSecretariatId(db)}`,
    );
    return {
      fingerprint: key ? fingerprint(key.public_key) : '',
      pending: pendingSummary(db),
      exports: all<{ created_at: string; full: number; from_seq: number; to_seq: number; bundle_hash: string }>(
        db,
        sql`SELECT created_at, full, from_seq, to_seq, bundle_hash FROM bundle_export ORDER BY id DESC`,
      ).map((e) => ({
        createdAt: e.created_at,
        full: e.full === 1,
        fromSeq: e.from_seq,
        toSeq: e.to_seq,
        hash: e.bundle_hash,
      })),
    };
  },
} satisfies Handlers<'bundle'>;

/** Writing a bundle where the secretary chooses; `exporting` is this dispatcher's own: one bundle at a time. */
export const bundleAsyncHandlers: AsyncHandlerFactory<'bundle.export'> = () => {
  let exporting = false;
  return {
    'bundle.export': async (db, i, shell): Promise<BundleWritten> => {
      if (!shell.chooseSavePath) throw shellLacks('saving');
      if (exporting) throw new DabirError('invalid_input', 'بسته دیگری در حال ساخته شدن است؛ صبر کنید تا تمام شود');
      exporting = true;
      try {
        // Refusals (nothing changed, not named yet) come before any dialog.
        const plan = bundlePlan(db, { full: i.full });
        const file = await shell.chooseSavePath(bundleFileName(plan), 'bundle');
        if (file === null) return { saved: false };
        const exported = writeBundle(db, file, { full: i.full });
        // Remembered only now that the file is whole: a failed write never skips changes.
        recordExport(db, exported);
        const m = exported.manifest;
        return {
          saved: true,
          path: file,
          size: exported.size,
          full: m.full,
          fromSeq: m.fromSeq,
          toSeq: m.toSeq,
          counts: m.counts,
          attachments: m.attachments.length,
          hash: exported.hash,
          fingerprint: fingerprint(m.secretariat.publicKey),
        };
      } catch (e) {
        if (e instanceof DabirError) throw e;
        const full = e instanceof Error && 'code' in e && e.code === 'ENOSPC';
        throw new DabirError(
          'storage',
          full
            ? 'جا برای بسته نیست (دیسک یا حافظه جانبی پر است)؛ چیزی فرستاده‌شده به حساب نیامد. جای دیگری را انتخاب کنید.'
            : `بسته نوشته نشد (${e instanceof Error ? e.message : String(e)})؛ چیزی فرستاده‌شده به حساب نیامد.`,
        );
      } finally {
        exporting = false;
      }
    },
  };
};
