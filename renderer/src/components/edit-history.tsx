// Undo and redo of the editor's last edits (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y). An edit is a run of
// typing in one field: saves of the same field less than a second apart make one edit, the text
// before and after a pause. Undoing saves the earlier text again, so the database, the screen and
// the change log always agree.
import { createContext, useCallback, useContext, useMemo, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface Edit {
  before: string;
  after: string;
  /** Shows and saves a text in the field the edit was made in. */
  apply: (text: string) => Promise<unknown>;
}

interface EditHistory {
  record: (edit: Edit) => void;
  /** A field's way to save what is still waiting, so an undo right after typing includes it. */
  register: (flush: () => Promise<unknown>) => () => void;
}

const LIMIT = 100;
/** Saves of one field closer than this are one edit. */
const TYPING_RUN_MS = 1000;
const HistoryContext = createContext<EditHistory>({ record: () => undefined, register: () => () => undefined });
export const useEditHistory = () => useContext(HistoryContext);

/** Provides the history to the fields inside, and takes the undo/redo keys pressed anywhere in them. */
export function EditHistoryProvider({ children }: { children: ReactNode }) {
  const undone = useRef<Edit[]>([]);
  const done = useRef<Edit[]>([]);
  const lastAt = useRef(0);
  const flushers = useRef(new Set<() => Promise<unknown>>());

  const history = useMemo<EditHistory>(
    () => ({
      record(edit) {
        const now = Date.now();
        const last = done.current.at(-1);
        // Each keystroke is saved: a run of typing in the same field stays one edit.
        if (last && last.apply === edit.apply && now - lastAt.current < TYPING_RUN_MS && undone.current.length === 0)
          done.current = [...done.current.slice(0, -1), { ...last, after: edit.after }];
        else done.current = [...done.current.slice(-(LIMIT - 1)), edit];
        lastAt.current = now;
        undone.current = [];
      },
      register(flush) {
        flushers.current.add(flush);
        return () => flushers.current.delete(flush);
      },
    }),
    [],
  );

  // Steps run one after another: a key pressed while the last one is saving waits its turn.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const step = useCallback((direction: 'undo' | 'redo') => {
    queue.current = queue.current.then(async () => {
      await Promise.all([...flushers.current].map((f) => f()));
      const from = direction === 'undo' ? done : undone;
      const to = direction === 'undo' ? undone : done;
      const edit = from.current.at(-1);
      if (!edit) return;
      from.current = from.current.slice(0, -1);
      // An edit whose row is gone (a deleted resolution) cannot be applied: it is dropped.
      await edit.apply(direction === 'undo' ? edit.before : edit.after).then(
        () => (to.current = [...to.current, edit]),
        () => undefined,
      );
    });
  }, []);

  // Keys by physical position: on a Persian layout Ctrl+Z arrives as «ظ». Taken in the capture
  // phase, before react-aria's fields, which stop the keys they see from bubbling.
  const onKeyDown = useCallback(
    (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const redo = e.code === 'KeyY' || (e.code === 'KeyZ' && e.shiftKey);
      if (!redo && e.code !== 'KeyZ') return;
      e.preventDefault();
      step(redo ? 'redo' : 'undo');
    },
    [step],
  );

  return (
    <HistoryContext.Provider value={history}>
      <div className="edit-history" onKeyDownCapture={onKeyDown}>
        {children}
      </div>
    </HistoryContext.Provider>
  );
}
