// Text typed for something not created yet (a new agenda item, a new resolution), kept in
// localStorage until it is added, so a reload never loses it.
import { useCallback, useState } from 'react';

const storageKey = (key: string) => `dabir.new.${key}`;

export function useDraft(key: string): [string, (value: string) => void, () => void] {
  const [value, setValue] = useState(() => localStorage.getItem(storageKey(key)) ?? '');
  const set = useCallback(
    (v: string) => {
      setValue(v);
      if (v === '') localStorage.removeItem(storageKey(key));
      else localStorage.setItem(storageKey(key), v);
    },
    [key],
  );
  const clear = useCallback(() => set(''), [set]);
  return [value, set, clear];
}
