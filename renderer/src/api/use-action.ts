// The one way a screen runs a write: `run` calls the API and never throws; a refusal's Persian
// message is kept in `error` for <FormError> beside the control the secretary used, and whatever
// was typed stays where it is (callers clear a box only on success). No refusal goes unseen.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { errorText } from './error-text';

export interface Action {
  /** Runs a write; resolves to true when it was done, false when refused (then `error` says why). */
  run: (call: () => Promise<unknown>) => Promise<boolean>;
  /** A write of this action is on its way (buttons show it, and a second press waits). */
  pending: boolean;
  error: string | null;
  /** Forgets the last refusal (a new attempt, or the box emptied). */
  clear: () => void;
}

export function useAction(): Action {
  const [running, setRunning] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);
  const run = useCallback(async (call: () => Promise<unknown>): Promise<boolean> => {
    setRunning((n) => n + 1);
    setError(null);
    try {
      await call();
      return true;
    } catch (e) {
      if (live.current) setError(errorText(e));
      return false;
    } finally {
      if (live.current) setRunning((n) => n - 1);
    }
  }, []);
  const clear = useCallback(() => setError(null), []);
  return useMemo(() => ({ run, pending: running > 0, error, clear }), [run, running, error, clear]);
}
