// The dispatcher transports call: the synchronous operations go to the database dispatcher as
// they are; the few marked `async` in the contract (printing a PDF, files, dialogs) are awaited
// here, through the same parse step and failure shape as the synchronous ones. Their handlers live
// in services/<prefix>.ts like the others; printing and dialogs depend on the shell, passed in.
import type { AsyncOperationName, OutputOf, ParsedInputOf, Result } from '../../contract';
import type { Db } from '../db/open';
import { DabirError } from '../errors';
import { handlers } from '../services';
import { backupsAsyncHandlers } from '../services/backups';
import { bundleAsyncHandlers } from '../services/bundle';
import type { AsyncContext, AsyncHandlerTable } from '../services/handlers';
import { headquartersAsyncHandlers } from '../services/headquarters';
import { invitationsAsyncHandlers } from '../services/invitations';
import { nationalAsyncHandlers } from '../services/national';
import { attendanceAsyncHandlers } from '../services/attendance';
import { lettersAsyncHandlers } from '../services/letters';
import { minutesAsyncHandlers } from '../services/minutes';
import { pastMinutesAsyncHandlers } from '../services/past-minutes';
import { reportsAsyncHandlers } from '../services/reports';
import type { Shell } from '../services/shell';
import {
  createDispatcher,
  failureOf,
  isAsyncOperation,
  oversized,
  parseInput,
  runInTransaction,
  type Dispatch,
} from './dispatch';

export type { PdfPrinter, Shell } from '../services/shell';
export type AsyncDispatch = (op: string, input: unknown) => Promise<Result<unknown>>;

/** The context of one dispatcher's async handlers: its one-job-at-a-time lock, and reads through the table. */
function asyncContext(): AsyncContext {
  let busy: string | null = null;
  return {
    run: (db, op, input) => runInTransaction(db, handlers, op, input),
    exclusive: async (what, job) => {
      if (busy) throw new DabirError('invalid_input', `کار دیگری (${busy}) در جریان است؛ صبر کنید تا تمام شود`);
      busy = what;
      try {
        return await job();
      } finally {
        busy = null;
      }
    },
  };
}

/** A fresh async table: its state (one export, one storage job, the import batch) is per dispatcher. */
export function createAsyncHandlers(): AsyncHandlerTable {
  const context = asyncContext();
  return {
    ...minutesAsyncHandlers(context),
    ...pastMinutesAsyncHandlers(context),
    ...attendanceAsyncHandlers(context),
    ...reportsAsyncHandlers(context),
    ...bundleAsyncHandlers(context),
    ...headquartersAsyncHandlers(context),
    ...nationalAsyncHandlers(context),
    ...backupsAsyncHandlers(context),
    ...invitationsAsyncHandlers(context),
    ...lettersAsyncHandlers(context),
  };
}

/** The one generic call site: indexing the table by K gives K's own handler. */
const runAsync = <K extends AsyncOperationName>(
  table: AsyncHandlerTable,
  db: Db,
  op: K,
  input: ParsedInputOf<K>,
  shell: Shell,
): Promise<OutputOf<K>> => table[op](db, input, shell);

export function createAsyncDispatcher(
  db: Db,
  shell: Shell = {},
  dispatch: Dispatch = createDispatcher(db),
): AsyncDispatch {
  const table = createAsyncHandlers();
  return async (op, input) => {
    if (!isAsyncOperation(op)) return dispatch(op, input);
    const tooBig = oversized(op, input);
    if (tooBig) return tooBig;
    const parsed = parseInput(op, input);
    if (!parsed.ok) return parsed;
    try {
      return { ok: true, value: await runAsync(table, db, op, parsed.value, shell) };
    } catch (e) {
      return failureOf(e);
    }
  };
}
