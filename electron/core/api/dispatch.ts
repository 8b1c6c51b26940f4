// The one entry every transport (Electron IPC, the browser host, tests) calls: checks the
// operation and its input against the contract, runs the handler in one transaction, and always
// answers a Result — never throws, never leaves half a change behind.
import Database from 'better-sqlite3';
import type { z } from 'zod';
import {
  asyncOperationNames,
  contract,
  formatPath,
  isOperationName,
  type ApiError,
  type AsyncOperationName,
  type ErrorCode,
  type InputOf,
  type OperationName,
  type OutputOf,
  type ParsedInputOf,
  type Result,
} from '../../contract';
import { foreignRefusal } from '../db/foreign';
import { inputLimit } from '../../contract/limits';
import { toPersianDigits } from '../../contract/persian-text';
import type { Db } from '../db/open';
import { AMENDMENT_GUARD, FINAL_GUARD, FOREIGN_GUARD } from '../db/guards';
import { DabirError } from '../errors';
import { refreshSearchIndex } from '../search/pending';
import { handlers as allHandlers } from '../services';
import type { HandlerTable, SyncOperationName } from '../services/handlers';

const asyncNames = new Set<string>(asyncOperationNames);
export const isAsyncOperation = (op: string): op is AsyncOperationName => asyncNames.has(op);

export type Dispatch = (op: string, input: unknown) => Result<unknown>;

export interface DispatchOptions {
  /** Check every answer against the contract's output schema (tests turn this on). */
  checkOutput?: boolean;
  handlers?: HandlerTable;
}

const fail = (
  code: ErrorCode,
  message: string,
  path: string | null = null,
  problems?: ApiError['problems'],
): Result<never> => ({
  ok: false,
  error: problems ? { code, message, path, problems } : { code, message, path },
});

/** What the secretary is told when SQLite itself refuses; the transaction was rolled back. */
function storageError(e: InstanceType<typeof Database.SqliteError>): Result<never> {
  // The database's own guards (migration 30): reached only if a service forgot its check.
  if (e.message === FINAL_GUARD)
    return fail('session_final', 'این صورتجلسه قطعی شده است و تغییر نمی‌کند؛ تغییر را به صورت اصلاحیه ثبت کنید');
  if (e.message === AMENDMENT_GUARD)
    return fail('session_final', 'اصلاحیهٔ ثبت‌شده تغییر نمی‌کند؛ برای اصلاح آن اصلاحیهٔ تازه‌ای ثبت کنید');
  if (e.code === 'SQLITE_FULL')
    return fail(
      'storage',
      'دیسک پر است؛ آخرین تغییر ذخیره نشد ولی داده‌های قبلی سالم است. جا باز کنید و دوباره ذخیره کنید.',
    );
  if (e.code.startsWith('SQLITE_CONSTRAINT'))
    return fail('conflict', `این تغییر با داده‌های موجود سازگار نیست و ذخیره نشد (${e.code})`);
  if (e.code === 'SQLITE_BUSY' || e.code === 'SQLITE_LOCKED')
    return fail('storage', 'پرونده داده در دست برنامه دیگری است؛ کمی بعد دوباره تلاش کنید.');
  if (e.code === 'SQLITE_READONLY') return fail('storage', 'پرونده داده فقط‌خواندنی است؛ تغییر ذخیره نشد.');
  return fail('storage', `پایگاه داده تغییر را نپذیرفت (${e.code}): ${e.message}`);
}

/** Any error as the Result a transport sends: Persian, with nothing half-written behind it. */
export function failureOf(e: unknown): Result<never> {
  if (e instanceof DabirError) return fail(e.code, e.message, e.path, e.problems);
  if (e instanceof Database.SqliteError) return storageError(e);
  return fail('internal', `خطای پیش‌بینی‌نشده؛ چیزی ذخیره نشد: ${e instanceof Error ? e.message : String(e)}`);
}

/**
 * Refuses an input larger than its operation takes before it is parsed or stored, so an
 * oversized paste or a hostile caller gets a Persian message, not an out-of-memory crash.
 */
export function oversized(op: string, input: unknown): Result<never> | null {
  let size: number;
  try {
    size = JSON.stringify(input ?? {}).length;
  } catch {
    return fail('invalid_input', 'ورودی خوانا نیست');
  }
  const limit = inputLimit(op);
  return size > limit
    ? fail(
        'invalid_input',
        `ورودی بیش از حد بزرگ است (${toPersianDigits(Math.ceil(size / 1024))} کیلوبایت؛ بیشینه ${toPersianDigits(Math.ceil(limit / 1024))} کیلوبایت)`,
      )
    : null;
}

/**
 * The contract seen per operation, checked key by key: indexing it by a generic K gives K's own
 * input type (indexing `contract` itself would widen to the union of every operation's input).
 */
const inputSchemas: { [K in OperationName]: { input: z.ZodType<ParsedInputOf<K>, InputOf<K>> } } = contract;

/**
 * The one parse step of both dispatchers: the input checked against the operation's schema, typed
 * as that operation's parsed input, or refused with every problem and the first one's path.
 */
export function parseInput<K extends OperationName>(op: K, input: unknown): Result<ParsedInputOf<K>> {
  const parsed = inputSchemas[op].input.safeParse(input ?? {});
  if (parsed.success) return { ok: true, value: parsed.data };
  const problems = parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }));
  const first = problems[0];
  return fail('invalid_input', first?.message ?? 'ورودی نامعتبر است', first?.path ?? null, problems);
}

/**
 * Runs one synchronous handler in one transaction, typed by its operation: the dispatcher's body,
 * and how an async handler reads (printing checks its session first). Throws to refuse.
 */
export function runInTransaction<K extends SyncOperationName>(
  db: Db,
  table: HandlerTable,
  op: K,
  input: ParsedInputOf<K>,
): OutputOf<K> {
  const handler = table[op];
  return db.transaction(() => {
    // The search index is derived, not the secretary's data: it catches up with rows changed
    // since the last call (by Dabir or an outside tool) before the handler reads it.
    refreshSearchIndex(db);
    let answer: OutputOf<K>;
    try {
      answer = handler(db, input);
    } catch (e) {
      // Another secretariat's rows are written only by a bundle import (migration 130's guards).
      if (e instanceof Database.SqliteError && e.message === FOREIGN_GUARD) throw foreignRefusal(db);
      throw e;
    }
    // And what this call changed is indexed in the same transaction: the file never waits on
    // its next call (or open) to be whole.
    refreshSearchIndex(db);
    return answer;
  })();
}

export function createDispatcher(db: Db, options: DispatchOptions = {}): Dispatch {
  const table = options.handlers ?? allHandlers;
  return (op, input) => {
    if (!isOperationName(op)) return fail('unknown_operation', `عملیات «${String(op)}» در قرارداد برنامه نیست`);
    if (isAsyncOperation(op)) return fail('internal', `«${op}» پاسخ ناهمگام دارد؛ از createAsyncDispatcher بخوانید`);
    const tooBig = oversized(op, input);
    if (tooBig) return tooBig;
    const parsed = parseInput(op, input);
    if (!parsed.ok) return parsed;
    try {
      const value = runInTransaction(db, table, op, parsed.value);
      if (options.checkOutput) {
        const out = contract[op].output.safeParse(value);
        if (!out.success) return fail('internal', `پاسخ «${op}» با قرارداد نمی‌خواند: ${out.error.message}`);
      }
      return { ok: true, value };
    } catch (e) {
      return failureOf(e);
    }
  };
}
