// The handler table types: one function per contract operation, taking db first. Synchronous
// ones run inside the dispatcher's transaction; the few marked `async` in the contract (printing,
// packing files, dialogs) work outside it, are awaited, and live in core/api/async-*.ts.
import type { AsyncOperationName, OperationName, OutputOf, ParsedInputOf } from '../../contract';
import type { Shell } from '../api/async-dispatch';
import type { Db } from '../db/open';

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
