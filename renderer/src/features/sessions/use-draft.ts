// Text typed for something not created yet (a new agenda item, a new resolution), kept in
// localStorage until it is added, so a reload never loses it.
import { useCallback, useRef, useState } from 'react';

const storageKey = (key: string) => `dabir.new.${key}`;

/**
 * The draft, its setter, and `clear(sent)`: empties the box once `sent` is added, unless the secretary
 * has typed on since (the next item, typed while this one was saving, is kept); answers whether it did.
 */
export function useDraft(key: string): [string, (value: string) => void, (sent: string) => boolean] {
  const [value, setValue] = useState(() => localStorage.getItem(storageKey(key)) ?? '');
  const now = useRef(value);
  const set = useCallback(
    (v: string) => {
      now.current = v;
      setValue(v);
      if (v === '') localStorage.removeItem(storageKey(key));
      else localStorage.setItem(storageKey(key), v);
    },
    [key],
  );
  const clear = useCallback(
    (sent: string) => {
      if (now.current !== sent) return false;
      set('');
      return true;
    },
    [set],
  );
  return [value, set, clear];
}
