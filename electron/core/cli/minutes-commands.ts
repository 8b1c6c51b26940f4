// The command line's minutes documents: `dabir import` (dabir.minutes/1 files, all or nothing
// each), `dabir export` (one session's document) and `dabir verify` (a final session against its
// content hash and its live rows). Loaded only for these commands.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import type { Verification } from '../../contract';
import { MAX_DOCUMENT_BYTES } from '../../contract/limits';
import { toPersianDigits } from '../../contract/persian-text';
import { createDispatcher } from '../api/dispatch';
import type { Db } from '../db/open';
import { DabirError } from '../errors';
import { differenceLine } from '../minutes/compare';
import type { Io } from './console-io';
import { resolveSession } from './session-ref';
import { inMegabytes } from '../../contract/limit-messages';

function fromResult<T>(r: ReturnType<ReturnType<typeof createDispatcher>>): T {
  if (r.ok) return r.value as T;
  throw new DabirError(r.error.code, r.error.message, r.error.path, r.error.problems);
}

export function importFiles(db: Db, files: string[], replaceDraft: boolean, io: Io): number {
  if (files.length === 0)
    throw new DabirError('invalid_input', 'پرونده‌ای برای ورود نام برده نشده است: dabir import FILE...');
  const dispatch = createDispatcher(db);
  let failed = 0;
  for (const file of files) {
    let document: unknown;
    try {
      if (statSync(file).size > MAX_DOCUMENT_BYTES) {
        io.err(`${file}: پرونده بیش از حد بزرگ است (بیشینه ${inMegabytes(MAX_DOCUMENT_BYTES)})؛ خوانده نشد`);
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
      if (!replaceDraft && r.error.problems?.some((p) => p.path === 'session.number' && p.code === 'conflict')) {
        io.err('  برای جایگزینی پیش‌نویس موجود با این سند: dabir import FILE --replace-draft');
      }
    }
  }
  return failed === 0 ? 0 : 1;
}

export function exportCommand(db: Db, rest: string[], o: { group?: string; out?: string }, io: Io): number {
  if (rest.length !== 1) throw new DabirError('invalid_input', 'یک جلسه نام ببرید: dabir export 1399/1');
  const sessionId = resolveSession(db, rest[0]!, o.group);
  const doc = fromResult(createDispatcher(db)('minutes.export', { sessionId }));
  const text = `${JSON.stringify(doc, null, 2)}\n`;
  if (o.out) {
    writeFileSync(o.out, text);
    io.err(`نوشته شد: ${o.out}`);
  } else io.out(text.trimEnd());
  return 0;
}

/** `dabir finalize SESSION`: the app's «قطعی کردن», with its checks (attendance, signatories) refused in Persian. */
export function finalizeCommand(db: Db, rest: string[], group: string | undefined, io: Io): number {
  if (rest.length !== 1) throw new DabirError('invalid_input', 'یک جلسه نام ببرید: dabir finalize 1399/1');
  const result = fromResult<Verification>(
    createDispatcher(db)('sessions.finalize', { id: resolveSession(db, rest[0]!, group) }),
  );
  io.out(`قطعی شد؛ اثر انگشت: ${result.contentHash}`);
  return 0;
}

export function verifyCommand(db: Db, rest: string[], group: string | undefined, io: Io): number {
  if (rest.length !== 1) throw new DabirError('invalid_input', 'یک جلسه نام ببرید: dabir verify 1399/1');
  const result = fromResult<Verification>(
    createDispatcher(db)('sessions.verify', { id: resolveSession(db, rest[0]!, group) }),
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
