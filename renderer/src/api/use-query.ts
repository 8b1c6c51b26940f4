// A tiny loader hook: runs an API call when its key changes and keeps the latest answer.
import { useEffect, useState } from 'react';
import { ApiCallError } from './client';

export type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; message: string };

export function useQuery<T>(key: string, load: () => Promise<T>): Loaded<T> {
  // The answer remembers which key it belongs to, so a new key reads as loading at once.
  const [answer, setAnswer] = useState<{ key: string; result: Loaded<T> } | null>(null);
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && setAnswer({ key, result: { state: 'ready', value } }),
      (e: unknown) =>
        live &&
        setAnswer({ key, result: { state: 'failed', message: e instanceof ApiCallError ? e.message : String(e) } }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key names what is loaded; `load` is a fresh closure every render
  }, [key]);
  return answer?.key === key ? answer.result : { state: 'loading' };
}
