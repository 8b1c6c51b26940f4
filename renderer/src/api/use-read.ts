// The one way a screen reads: `useRead(op, input)` asks the operation once for every screen that
// shows the same answer (keyed by operation and input) and keeps it until a write changes it
// (write-effects.ts). `select` takes the part a component shows: it renders again only when that
// part changed.
import { keepPreviousData, QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf, OutputOf } from '../../../electron/contract';
import type { ReadOperationName } from '../../../electron/contract/reads';
import { applyAnswer } from './write-effects';
import { invoke, type Answered } from './client';
import { errorText } from './error-text';
import { useApi } from './use-api';

export type Loaded<T> =
  | { state: 'loading' }
  /**
   * `failure`: asking again failed; the answer shown is the last one that came. `previous`: the
   * answer shown is the previous input's (`keepPrevious`), the new one is on its way.
   */
  | { state: 'ready'; value: T; failure: string | null; previous: boolean }
  | { state: 'failed'; message: string };

interface ReadOptions<K extends ReadOperationName, S> {
  select?: (answer: OutputOf<K>) => S;
  /** While a new input is asked (a search typed on), the previous answer stays on screen. */
  keepPrevious?: boolean;
  /**
   * The answer changes without a write of this screen (the backups the schedule makes): asked
   * again each time a screen showing it opens, the last answer shown meanwhile.
   */
  fresh?: boolean;
}

/** The cache of answers and the hook that keeps it true after writes, made once at the root. */
export function createReadCache(): { cache: QueryClient; answered: Answered } {
  const cache = new QueryClient({
    defaultOptions: {
      queries: {
        // Only this app changes the data file it has open, and its writes say what they changed.
        staleTime: Infinity,
        retry: false,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
    },
  });
  return { cache, answered: (op, input, value) => applyAnswer(cache, op, input, value) };
}

/** Reads `op` for `input` (null: not yet, the screen lacks what to ask). */
export function useRead<K extends ReadOperationName, S = OutputOf<K>>(
  op: K,
  input: InputOf<K> | null,
  options: ReadOptions<K, S> = {},
): Loaded<S> {
  const api = useApi();
  const query = useQuery({
    queryKey: [op, input],
    queryFn: () => invoke(api, op, input as InputOf<K>),
    enabled: input !== null,
    select: options.select,
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
    refetchOnMount: options.fresh ? 'always' : undefined,
  });
  if (query.data !== undefined) {
    return {
      state: 'ready',
      value: query.data,
      failure: query.error ? errorText(query.error) : null,
      previous: query.isPlaceholderData,
    };
  }
  return query.error ? { state: 'failed', message: errorText(query.error) } : { state: 'loading' };
}

/**
 * Asks a read again now, though no write changed it (the record checked again against a file that
 * may have changed behind the app's back); resolves once its answer is in (a refusal is the
 * read's `failure`).
 */
export function useReadAgain(): <K extends ReadOperationName>(op: K, input: InputOf<K>) => Promise<void> {
  const cache = useQueryClient();
  return (op, input) => cache.refetchQueries({ queryKey: [op, input], exact: true });
}

/** The first refusal among reads a screen needs together, or null. */
export function failureOf(...reads: Loaded<unknown>[]): string | null {
  for (const r of reads) if (r.state === 'failed') return r.message;
  return null;
}

/** Like failureOf, and also why asking one again failed while its last answer stays on screen. */
export function problemOf(...reads: Loaded<unknown>[]): string | null {
  for (const r of reads) {
    const problem = r.state === 'failed' ? r.message : r.state === 'ready' ? r.failure : null;
    if (problem) return problem;
  }
  return null;
}
