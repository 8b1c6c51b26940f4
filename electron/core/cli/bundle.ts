// `dabir bundle export --out FILE [--full]`, `dabir bundle verify FILE` and, at headquarters,
// `dabir bundle import FILE... [--trust-new]`.
import { readFileSync } from 'node:fs';
import { toPersianDigits } from '../../contract/persian-text';
import { recordExport, writeBundle } from '../bundle/export';
import type { BundleManifest } from '../bundle/format';
import { fingerprint } from '../bundle/identity';
import { importBundle } from '../bundle/import';
import { readBundle } from '../bundle/verify';
import type { Db } from '../db/open';
import { DabirError } from '../errors';
import { importFiles } from './import-files';
import type { Io } from './index';

function summary(io: Io, m: BundleManifest, hash: string): void {
  io.out(`دبیرخانه: ${m.secretariat.name} (${m.secretariat.province})`);
  io.out(`اثر انگشت کلید: ${fingerprint(m.secretariat.publicKey)}`);
  io.out(
    `${m.full ? 'بسته کامل' : 'بسته افزایشی'}، تغییرات ${toPersianDigits(m.fromSeq)} تا ${toPersianDigits(m.toSeq)}`,
  );
  for (const [entity, c] of Object.entries(m.counts))
    io.out(`  ${entity}: ${toPersianDigits(c.upserts)} ثبت/تغییر، ${toPersianDigits(c.deletes)} حذف`);
  io.out(`پیوست‌ها: ${toPersianDigits(m.attachments.length)}`);
  io.out(`اثر انگشت بسته: ${hash}`);
}

export async function bundleCommand(
  db: Db | null,
  args: string[],
  options: { out?: string; full?: boolean; trustNew?: boolean },
  io: Io,
): Promise<number> {
  const [action, file] = args;
  if (action === 'verify') {
    if (!file) throw new DabirError('invalid_input', 'پرونده بسته را نام ببرید: dabir bundle verify FILE.dabir');
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (e) {
      throw new DabirError('invalid_input', `پرونده «${file}» خوانده نشد: ${(e as Error).message}`);
    }
    const b = readBundle(bytes);
    summary(io, b.manifest, b.hash);
    io.out('امضا و همه اثر انگشت‌ها درست است.');
    return 0;
  }
  if (action === 'export') {
    if (!db) throw new DabirError('internal', 'پرونده داده باز نیست');
    if (!options.out) throw new DabirError('invalid_input', 'پرونده خروجی را با --out FILE.dabir نام ببرید');
    const exported = writeBundle(db, options.out, { full: options.full });
    recordExport(db, exported);
    summary(io, exported.manifest, exported.hash);
    io.err(`نوشته شد: ${options.out} (${toPersianDigits(Math.ceil(exported.size / 1024))} کیلوبایت)`);
    return 0;
  }
  if (action === 'import') {
    if (!db) throw new DabirError('internal', 'پرونده داده باز نیست');
    const files = args.slice(1);
    if (files.length === 0)
      throw new DabirError('invalid_input', 'پرونده‌های بسته را نام ببرید: dabir bundle import FILE...');
    // A backup first: a wrong bundle imported can be undone by restoring it (cli/import-files.ts).
    return importFiles(
      db,
      files,
      (bytes) => {
        const r = importBundle(db, bytes, { trustNew: options.trustNew });
        return {
          imported: r.status === 'imported',
          deferred: r.deferred,
          said:
            r.status === 'already'
              ? 'این بسته پیش‌تر وارد شده است؛ چیزی تغییر نکرد'
              : `وارد شد — ${r.name} (${r.province})، ${toPersianDigits(r.records)} رکورد${r.registered ? `؛ دبیرخانه تازه ثبت شد با اثر انگشت ${r.fingerprint}` : ''}`,
        };
      },
      io,
    );
  }
  throw new DabirError(
    'invalid_input',
    'dabir bundle export --out FILE [--full]  یا  dabir bundle verify FILE  یا  dabir bundle import FILE... [--trust-new]',
  );
}
