// `dabir directives export --out FILE.dabir [--province NAME] [--full]` at headquarters, and
// `dabir directives import FILE... [--trust-new]` at a province: the directive bundle (ابلاغ).
import { toPersianDigits } from '../../contract/persian-text';
import { writeDirective } from '../bundle/directive-export';
import { targetName } from '../bundle/directive-format';
import { importDirective } from '../bundle/directive-import';
import type { Db } from '../db/open';
import { DabirError } from '../errors';
import type { Io } from './console-io';
import { importFiles } from './import-files';

const usage =
  'dabir directives export --out FILE.dabir [--province NAME] [--full]  یا  dabir directives import FILE... [--trust-new]';

export async function directivesCommand(
  db: Db,
  args: string[],
  options: { out?: string; province?: string; full?: boolean; trustNew?: boolean },
  io: Io,
): Promise<number> {
  const [action, ...files] = args;
  if (action === 'export') {
    if (!options.out) throw new DabirError('invalid_input', 'پرونده خروجی را با --out FILE.dabir نام ببرید');
    const d = writeDirective(db, options.out, { province: options.province ?? null, full: options.full });
    const m = d.manifest;
    io.out(`ابلاغ به ${targetName(m.target.province)}: ${m.full ? 'بسته کامل' : 'بسته افزایشی'}`);
    io.out(`صورتجلسه‌های ستاد: ${toPersianDigits(d.sessionIds.length)}`);
    for (const [entity, c] of Object.entries(m.counts))
      io.out(`  ${entity}: ${toPersianDigits(c.upserts)} ثبت/تغییر، ${toPersianDigits(c.deletes)} حذف`);
    io.out(`اثر انگشت بسته: ${d.hash}`);
    io.err(`نوشته شد: ${options.out} (${toPersianDigits(Math.ceil(d.bytes.length / 1024))} کیلوبایت)`);
    return 0;
  }
  if (action === 'import') {
    if (files.length === 0) throw new DabirError('invalid_input', `پرونده‌های ابلاغ را نام ببرید: ${usage}`);
    return importFiles(
      db,
      files,
      (bytes) => {
        const r = importDirective(db, bytes, { trustNew: options.trustNew });
        return {
          imported: r.status === 'imported',
          deferred: r.deferred,
          said:
            r.status === 'already'
              ? 'این ابلاغ پیش‌تر وارد شده است؛ چیزی تغییر نکرد'
              : `وارد شد — ${r.headquarters}، ${toPersianDigits(r.records)} رکورد؛ ${toPersianDigits(r.assigned)} مصوبه ستاد برای این استان${r.registered ? `؛ کلید ستاد ثبت شد با اثر انگشت ${r.fingerprint}` : ''}`,
        };
      },
      io,
    );
  }
  throw new DabirError('invalid_input', usage);
}
