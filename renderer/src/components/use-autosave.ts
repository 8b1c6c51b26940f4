// One autosaved text: every change is sent at once (one save in flight at a time, the newest text
// next), and kept in localStorage until the save is acknowledged, so a reload, a crash or a refused
// value never loses what was on screen. A refusal is shown once typing pauses (or the field is
// left), not at every keystroke of a half-typed date. A new value from the database (a person
// picked, an undo) shows when nothing typed is pending.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useEditHistory } from './edit-history';
import { useSaveStatus } from './save-status';

/** How long typing must pause before a refusal is shown beside the field. */
export const REFUSAL_PAUSE_MS = 400;
const draftKey = (key: string) => `dabir.draft.${key}`;

export interface Autosaved {
  value: string;
  error: string | null;
  change: (value: string) => void;
  /** Waits for what is being saved (on blur, before an undo), and shows a refusal at once. */
  flush: () => Promise<void>;
}

/** `label` names the field in the undo note («واگرد: تاریخ جلسه»). */
export function useAutosave(
  key: string,
  serverValue: string,
  save: (value: string) => Promise<unknown>,
  label: string,
): Autosaved {
  const status = useSaveStatus();
  const history = useEditHistory();
  const [value, setValue] = useState(() => localStorage.getItem(draftKey(key)) ?? serverValue);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(value);
  // Typed text not yet acknowledged by the database; the save running now; another one wanted after it.
  const dirty = useRef(false);
  const running = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  const refusal = useRef<{ message: string; timer: ReturnType<typeof setTimeout> } | null>(null);
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
    if (dirty.current || localStorage.getItem(draftKey(key)) !== null) return;
    latest.current = serverValue;
    saved.current = serverValue;
    setValue(serverValue);
  }, [key, serverValue]);

  const clearRefusal = useCallback(() => {
    if (refusal.current) clearTimeout(refusal.current.timer);
    refusal.current = null;
    setError(null);
  }, []);

  /** Undo and redo: show a text and save it, without recording a new edit. */
  const apply = useCallback(
    async (text: string) => {
      const shown = latest.current;
      latest.current = text;
      setValue(text);
      try {
        await saveRef.current(text);
      } catch (e) {
        // Refused: the field shows again what it showed; the history says why.
        latest.current = shown;
        setValue(shown);
        throw e;
      }
      saved.current = text;
      clearRefusal();
      status.mark(key, 'clean');
    },
    [key, status, clearRefusal],
  );

  const sendOnce = useCallback(async () => {
    const v = latest.current;
    try {
      await saveRef.current(v);
      if (v !== saved.current)
        history.record({ kind: 'text', target: key, label, before: saved.current, after: v, apply });
      saved.current = v;
      if (latest.current === v) {
        dirty.current = false;
        if (localStorage.getItem(draftKey(key)) === v) localStorage.removeItem(draftKey(key));
      }
      clearRefusal();
      status.mark(key, dirty.current ? 'dirty' : 'clean');
    } catch (e) {
      // Refused (a half-typed date, say): the text stays on screen and in the draft; the message
      // says why once typing pauses.
      if (latest.current === v) dirty.current = false;
      const message = e instanceof Error ? e.message : String(e);
      if (refusal.current) clearTimeout(refusal.current.timer);
      refusal.current = {
        message,
        timer: setTimeout(() => {
          if (latest.current === v) setError(message);
        }, REFUSAL_PAUSE_MS),
      };
      status.mark(key, 'failed');
    }
  }, [key, label, status, history, apply, clearRefusal]);

  /** Saves the newest text; while a save runs, one more follows it with whatever is newest then. */
  const persist = useCallback((): Promise<void> => {
    if (running.current) {
      again.current = true;
      return running.current;
    }
    const run = (async () => {
      do {
        again.current = false;
        await sendOnce();
      } while (again.current);
    })().finally(() => {
      running.current = null;
    });
    running.current = run;
    return run;
  }, [sendOnce]);

  const change = useCallback(
    (v: string) => {
      latest.current = v;
      setValue(v);
      localStorage.setItem(draftKey(key), v);
      status.mark(key, 'dirty');
      dirty.current = true;
      void persist();
    },
    [key, persist, status],
  );

  const flush = useCallback(async () => {
    if (running.current) await running.current;
    else if (dirty.current) await persist();
    // Leaving the field: a refusal is said now, not after the pause.
    const r = refusal.current;
    if (r) {
      clearTimeout(r.timer);
      setError(r.message);
    }
  }, [persist]);
  useEffect(() => history.register(flush), [history, flush]);

  useEffect(() => {
    // A draft left behind by a reload or a crash is saved as soon as the field is back.
    const restore = setTimeout(() => {
      if (localStorage.getItem(draftKey(key)) === null) return;
      status.mark(key, 'dirty');
      dirty.current = true;
      void persist();
    }, 0);
    return () => {
      clearTimeout(restore);
      if (refusal.current) clearTimeout(refusal.current.timer);
    };
  }, [key, persist, status]);

  return { value, error, change, flush };
}
