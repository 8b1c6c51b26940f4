// The handler table types: one function per contract operation, taking db first, in
// services/<prefix>.ts. Synchronous ones run inside the dispatcher's transaction; the few marked
// `async` in the contract (printing, packing files, dialogs) work outside it and are awaited.
import type { AsyncOperationName, OperationName, OutputOf, ParsedInputOf } from '../../contract';
import type { Db } from '../db/open';
import type { Shell } from './shell';

export type SyncOperationName = Exclude<OperationName, AsyncOperationName>;
export type Handler<K extends OperationName> = (db: Db, input: ParsedInputOf<K>) => OutputOf<K>;
export type HandlerTable = { [K in SyncOperationName]: Handler<K> };
/**
 * A slice of the table: operations starting with `P` (`'sessions'`, `'minutes.printable'`);
 * `satisfies` it so the parameters are typed from the contract. The whole table's type in
 * services/index.ts makes a missing operation a compile error.
 */
export type Handlers<P extends string> = {
  [K in SyncOperationName as K extends `${P}.${string}` | P ? K : never]?: Handler<K>;
};

/** An async handler: the same shape with the shell; it throws DabirError to refuse. */
export type AsyncHandler<K extends AsyncOperationName> = (
  db: Db,
  input: ParsedInputOf<K>,
  shell: Shell,
) => Promise<OutputOf<K>>;
export type AsyncHandlerTable = { [K in AsyncOperationName]: AsyncHandler<K> };
/** A slice of the async table, like Handlers<P>, by operation names. */
export type AsyncHandlers<K extends AsyncOperationName> = { [N in K]: AsyncHandler<N> };

/** What an async handler gets from its dispatcher, besides the shell. */
export interface AsyncContext {
  /** Runs one synchronous operation in its own transaction, as the dispatcher does; throws to refuse. */
  run: <K extends SyncOperationName>(db: Db, op: K, input: ParsedInputOf<K>) => OutputOf<K>;
  /**
   * Runs a job that puts the data file at stake (importing, saving or restoring a backup), one at
   * a time per dispatcher: a restore must never run under an import.
   */
  exclusive: <T>(what: string, job: () => Promise<T>) => Promise<T>;
}

/**
 * A prefix's async handlers, made afresh for each dispatcher so their state (one export at a
 * time, the import batch) is that dispatcher's own: `<prefix>AsyncHandlers` in services/<prefix>.ts.
 */
export type AsyncHandlerFactory<K extends AsyncOperationName> = (context: AsyncContext) => AsyncHandlers<K>;
