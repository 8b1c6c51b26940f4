// The typed API client: `api.sessions.list({...})`, one method per contract operation, over any transport.
// Built on demand from the property names, so the renderer carries the contract's types but not its
// zod schemas (the core checks every input; the print page loads faster without them).
import type { InputOf, OperationName, OutputOf } from '../../../electron/contract';
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

/**
 * Told of every answer that came back, before the caller gets it: the read cache applies a write
 * here, and the caller gets the answer once the screens showing what it changed have it too.
 */
export type Answered = (op: string, input: unknown, value: unknown) => Promise<unknown> | undefined;

type Method = (input: unknown) => Promise<unknown>;

export function createApi(transport: Transport, answered?: Answered): Api {
  const domains = new Map<string, Record<string, Method>>();
  const method = (name: string) => async (input: unknown) => {
    const r = await transport(name, input);
    if (!r.ok) throw new ApiCallError(r.error);
    await answered?.(name, input, r.value);
    return r.value;
  };
  const domain = (d: string) => {
    const methods: Record<string, Method> = {};
    return new Proxy(methods, {
      // `then` is left undefined so nothing mistakes a domain for a promise.
      get: (cache, verb) =>
        typeof verb !== 'string' || verb === 'then' ? undefined : (cache[verb] ??= method(`${d}.${verb}`)),
    });
  };
  return new Proxy({} as Api, {
    get: (_, d) => {
      if (typeof d !== 'string' || d === 'then') return undefined;
      let found = domains.get(d);
      if (!found) domains.set(d, (found = domain(d)));
      return found;
    },
  });
}

/** Calls an operation named at run time (`'sessions.get'`), typed by its name. */
export function invoke<K extends OperationName>(api: Api, op: K, input: InputOf<K>): Promise<OutputOf<K>> {
  const [d = '', verb = ''] = op.split('.');
  // The Api type spells each method out; by name, every method is the same function of the proxy.
  const methods = (api as unknown as Record<string, Record<string, (input: InputOf<K>) => Promise<OutputOf<K>>>>)[d];
  const call = methods?.[verb];
  if (!call) return Promise.reject(new Error(`no such operation: ${op}`));
  return call(input);
}
