// The typed API client: `api.sessions.list({...})`, one method per contract operation, over any transport.
import { operationNames, type InputOf, type OperationName, type OutputOf } from '../../../electron/contract';
import type { ApiError } from '../../../electron/contract/define';
import type { Transport } from './transport';

type DomainOf<K> = K extends `${infer D}.${string}` ? D : never;

export type Api = {
  [D in DomainOf<OperationName>]: {
    [K in OperationName as K extends `${D}.${infer V}` ? V : never]: (input: InputOf<K>) => Promise<OutputOf<K>>;
  };
};

/** Thrown by client methods so a caller can show `message` next to the field at `path`. */
export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

export function createApi(transport: Transport): Api {
  const api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const name of operationNames) {
    const [domain = '', verb = ''] = name.split('.');
    (api[domain] ??= {})[verb] = async (input: unknown) => {
      const r = await transport(name, input);
      if (!r.ok) throw new ApiCallError(r.error);
      return r.value;
    };
  }
  return api as unknown as Api;
}
