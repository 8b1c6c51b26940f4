// The handler table types: one synchronous function per contract operation, taking db first.
// The few operations that work outside the database (printing, packing files) are async and
// live in core/api/async-dispatch.ts instead.
import type { AsyncOperationName, OperationName, OutputOf, ParsedInputOf } from '../../contract';
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
