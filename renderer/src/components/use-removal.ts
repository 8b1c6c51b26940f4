// Removing a row of the editor so that Ctrl+Z puts it back: the removal answers the row as the
// database had it, and the undo adds that same row (same id, same place) again.
import { useCallback } from 'react';
import { useEditHistory } from './edit-history';

export interface Removal<T> {
  /** A field of the row (its draft key), shown when the row comes back. */
  target: string;
  /** Says what was removed, in the undo note («حذف مصوبه ۲»). */
  label: string;
  remove: () => Promise<T>;
  /** Adds the removed row back where it was (the session is shown again once the write is answered). */
  restore: (removed: T) => Promise<unknown>;
}

export function useRemoval() {
  const history = useEditHistory();
  return useCallback(
    async <T>({ target, label, remove, restore }: Removal<T>) => {
      // What is still being typed in the row is saved first, so the undo brings back all of it.
      await history.settle();
      let removed = await remove();
      // Recorded at once: a Ctrl+Z pressed while the session is being shown again undoes this.
      history.record({
        kind: 'removal',
        target,
        label,
        undo: async () => {
          await restore(removed);
        },
        redo: async () => {
          removed = await remove();
        },
      });
    },
    [history],
  );
}
