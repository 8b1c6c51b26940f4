// The handler table type: one synchronous function per contract operation, taking db first.
import type { OperationName, OutputOf, ParsedInputOf } from '../../contract';
import type { Db } from '../db/open';

export type Handler<K extends OperationName> = (db: Db, input: ParsedInputOf<K>) => OutputOf<K>;
export type HandlerTable = { [K in OperationName]: Handler<K> };
/** A domain's slice of the table; `satisfies` it so the parameters are typed from the contract. */
export type Handlers<P extends string> = { [K in OperationName as K extends `${P}.${string}` ? K : never]: Handler<K> };
