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

export function createApi(transport: Transport): Api {
  const domains = new Map<string, Record<string, (input: unknown) => Promise<unknown>>>();
  const method = (name: string) => async (input: unknown) => {
    const r = await transport(name, input);
    if (!r.ok) throw new ApiCallError(r.error);
    return r.value;
  };
  const domain = (d: string) => {
    const methods: Record<string, (input: unknown) => Promise<unknown>> = {};
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
