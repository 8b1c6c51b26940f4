// One autosaved text: saved half a second after typing stops, and kept in localStorage until the
// save is acknowledged, so a reload, a crash or a refused value never loses what was on screen.
// A new value from the database (a person picked, an undo) shows when nothing typed is pending.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useEditHistory } from './edit-history';
import { useSaveStatus } from './save-status';

export const AUTOSAVE_DELAY_MS = 400;
const draftKey = (key: string) => `dabir.draft.${key}`;

export interface Autosaved {
  value: string;
  error: string | null;
  change: (value: string) => void;
  /** Saves now if anything is waiting (on blur, before an undo). */
  flush: () => Promise<void>;
}

export function useAutosave(key: string, serverValue: string, save: (value: string) => Promise<unknown>): Autosaved {
  const status = useSaveStatus();
  const history = useEditHistory();
  const [value, setValue] = useState(() => localStorage.getItem(draftKey(key)) ?? serverValue);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(value);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });

  // The last text the database has for this field: an edit's «before» when the next save lands.
  const saved = useRef(serverValue);
  const shownServerValue = useRef(serverValue);
  useEffect(() => {
    if (serverValue === shownServerValue.current) return;
    shownServerValue.current = serverValue;
    if (timer.current || localStorage.getItem(draftKey(key)) !== null) return;
    latest.current = serverValue;
    saved.current = serverValue;
    setValue(serverValue);
  }, [key, serverValue]);

  /** Undo and redo: show a text and save it, without recording a new edit. */
  const apply = useCallback(
    async (text: string) => {
      latest.current = text;
      setValue(text);
      await saveRef.current(text);
      saved.current = text;
      setError(null);
      status.mark(key, 'clean');
    },
    [key, status],
  );

  const persist = useCallback(async () => {
    timer.current = null;
    const v = latest.current;
    try {
      await saveRef.current(v);
      if (v !== saved.current) history.record({ before: saved.current, after: v, apply });
      saved.current = v;
      if (localStorage.getItem(draftKey(key)) === v) localStorage.removeItem(draftKey(key));
      setError(null);
      status.mark(key, timer.current ? 'dirty' : 'clean');
    } catch (e) {
      // Refused (a bad date, say): the text stays on screen and in the draft; the message says why.
      setError(e instanceof Error ? e.message : String(e));
      status.mark(key, 'failed');
    }
  }, [key, status, history, apply]);

  const change = useCallback(
    (v: string) => {
      latest.current = v;
      setValue(v);
      localStorage.setItem(draftKey(key), v);
      status.mark(key, 'dirty');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void persist(), AUTOSAVE_DELAY_MS);
    },
    [key, persist, status],
  );

  const flush = useCallback(() => {
    if (!timer.current) return Promise.resolve();
    clearTimeout(timer.current);
    return persist();
  }, [persist]);
  useEffect(() => history.register(flush), [history, flush]);

  useEffect(() => {
    // A draft left behind by a reload or a crash is saved as soon as the field is back.
    const restore = setTimeout(() => {
      if (localStorage.getItem(draftKey(key)) === null) return;
      status.mark(key, 'dirty');
      void persist();
    }, 0);
    return () => {
      clearTimeout(restore);
      if (timer.current) {
        clearTimeout(timer.current);
        void persist();
      }
    };
  }, [key, persist, status]);

  return { value, error, change, flush };
}
