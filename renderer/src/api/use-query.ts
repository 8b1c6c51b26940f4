// A tiny loader hook: runs an API call when its key changes and keeps the latest answer.
import { useEffect, useState } from 'react';
import { ApiCallError } from './client';

export type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; message: string };

export function useQuery<T>(key: string | null, load: () => Promise<T>): Loaded<T> {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    if (key === null) return;
    let live = true;
    setResult({ state: 'loading' });
    load().then(
      (value) => live && setResult({ state: 'ready', value }),
      (e: unknown) => live && setResult({ state: 'failed', message: e instanceof ApiCallError ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
    // The key names what is loaded; `load` is a fresh closure on every render by design.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return result;
}
