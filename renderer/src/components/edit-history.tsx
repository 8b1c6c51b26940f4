// Undo and redo of the editor's last edits (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y). An edit is a run of
// typing in one field (saves of the same field less than a second apart, the text before and after
// a pause) or a removal (an agenda item, a point, a speaker, a resolution, a guest, a signatory),
// whose undo puts the same row back in its place. Undoing saves through the API, so the database,
// the screen and the change log always agree; and what a step changes is always shown: the field
// is scrolled into view, focused and marked, and a note says what was taken back.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { errorText } from '../api/error-text';
import { fa } from '../i18n/fa';
import { FormError } from './FormError';

/** Where an edit shows: the `data-edit-target` of its field (the field's draft key). */
type Target = string;

export type Edit =
  | {
      kind: 'text';
      target: Target;
      label: string;
      before: string;
      after: string;
      /** Shows and saves a text in the field the edit was made in. */
      apply: (text: string) => Promise<unknown>;
    }
  | {
      kind: 'removal';
      /** A field of the removed row, found again once it is back. */
      target: Target;
      label: string;
      /** Puts the row back (and shows it); `redo` removes it again. */
      undo: () => Promise<unknown>;
      redo: () => Promise<unknown>;
    };

interface EditHistory {
  record: (edit: Edit) => void;
  /** A field's way to save what is still waiting, so an undo right after typing includes it. */
  register: (flush: () => Promise<unknown>) => () => void;
  /** Waits for every field's pending save (before a removal takes the row as the database has it). */
  settle: () => Promise<unknown>;
}

const LIMIT = 100;
/** Saves of one field closer than this are one edit. */
const TYPING_RUN_MS = 1000;
/** How long a step waits for its field to appear (a long list renders a few rows a frame). */
const FIND_MS = 1500;
/** How long the field a step changed stays marked. */
const MARK_MS = 2000;
/** How long the note of a step stays. */
const NOTE_MS = 6000;

const HistoryContext = createContext<EditHistory>({
  record: () => undefined,
  register: () => () => undefined,
  settle: () => Promise.resolve(),
});
export const useEditHistory = () => useContext(HistoryContext);

const selector = (target: Target) => `[data-edit-target="${CSS.escape(target)}"]`;

/** The field of an edit, once it is on the page (it may be rendering, or coming back with an undo). */
async function find(target: Target): Promise<HTMLElement | null> {
  const until = Date.now() + FIND_MS;
  for (;;) {
    const el = document.querySelector<HTMLElement>(selector(target));
    if (el || Date.now() > until) return el;
    await new Promise((r) => requestAnimationFrame(r));
  }
}

/** Brings the field into view, puts the cursor in it and marks it for a moment. */
function show(el: HTMLElement) {
  el.scrollIntoView({ block: 'center' });
  el.focus({ preventScroll: true });
  const box = el.closest<HTMLElement>('.field') ?? el;
  box.dataset.undone = 'true';
  setTimeout(() => delete box.dataset.undone, MARK_MS);
}

/** Provides the history to the fields inside, and takes the undo/redo keys pressed anywhere in them. */
export function EditHistoryProvider({ children }: { children: ReactNode }) {
  const undone = useRef<Edit[]>([]);
  const done = useRef<Edit[]>([]);
  const lastAt = useRef(0);
  const flushers = useRef(new Set<() => Promise<unknown>>());
  const [note, setNote] = useState<string | null>(null);
  // The note goes after a while (a refusal stays until the next step): the corner stays clear.
  useEffect(() => {
    if (note === null) return;
    const timer = setTimeout(() => setNote(null), NOTE_MS);
    return () => clearTimeout(timer);
  }, [note]);
  const [refusal, setRefusal] = useState<string | null>(null);

  const history = useMemo<EditHistory>(
    () => ({
      record(edit) {
        const now = Date.now();
        const last = done.current.at(-1);
        // Each keystroke is saved: a run of typing in the same field stays one edit.
        if (
          edit.kind === 'text' &&
          last?.kind === 'text' &&
          last.apply === edit.apply &&
          now - lastAt.current < TYPING_RUN_MS &&
          undone.current.length === 0
        )
          done.current = [...done.current.slice(0, -1), { ...last, after: edit.after }];
        else done.current = [...done.current.slice(-(LIMIT - 1)), edit];
        lastAt.current = now;
        undone.current = [];
      },
      register(flush) {
        flushers.current.add(flush);
        return () => flushers.current.delete(flush);
      },
      settle: () => Promise.all([...flushers.current].map((f) => f())),
    }),
    [],
  );

  // Steps run one after another: a key pressed while the last one is saving waits its turn.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const step = useCallback(
    (direction: 'undo' | 'redo') => {
      queue.current = queue.current.then(async () => {
        await history.settle();
        const from = direction === 'undo' ? done : undone;
        const to = direction === 'undo' ? undone : done;
        const edit = from.current.at(-1);
        if (!edit) return setNote(direction === 'undo' ? fa.editing.nothingToUndo : fa.editing.nothingToRedo);
        from.current = from.current.slice(0, -1);
        const said = (direction === 'undo' ? fa.editing.undid : fa.editing.redid)(edit.label);
        // A text goes back into a field the secretary can see; one whose field is not on the page
        // (the preview is shown, or its row was removed from another window) is not changed
        // unseen: the step waits on its stack, and the note says so.
        const field = edit.kind === 'text' || direction === 'redo' ? await find(edit.target) : null;
        if (edit.kind === 'text' && !field) {
          from.current = [...from.current, edit];
          return setNote(fa.editing.undoFieldGone(edit.label));
        }
        if (field) show(field);
        try {
          if (edit.kind === 'text') await edit.apply(direction === 'undo' ? edit.before : edit.after);
          else await (direction === 'undo' ? edit.undo() : edit.redo());
        } catch (e) {
          // Refused (the session was finalised meanwhile, say): nothing changed; the step stays to try again.
          from.current = [...from.current, edit];
          setNote(null);
          return setRefusal(errorText(e));
        }
        to.current = [...to.current, edit];
        setRefusal(null);
        setNote(said);
        if (edit.kind === 'removal' && direction === 'undo') {
          const back = await find(edit.target);
          if (back) show(back);
        }
      });
    },
    [history],
  );

  // Keys by physical position: on a Persian layout Ctrl+Z arrives as «ظ». Taken in the capture
  // phase, before react-aria's fields, which stop the keys they see from bubbling; and also when
  // nothing has focus, as after pressing «حذف» on a row that is then gone.
  const area = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const redo = e.code === 'KeyY' || (e.code === 'KeyZ' && e.shiftKey);
      if (!redo && e.code !== 'KeyZ') return;
      const at = e.target instanceof Node ? e.target : null;
      if (!(at === document.body || (at && area.current?.contains(at)))) return;
      e.preventDefault();
      step(redo ? 'redo' : 'undo');
    };
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, [step]);

  return (
    <HistoryContext.Provider value={history}>
      <div className="edit-history" ref={area}>
        {children}
        <div className="undo-note no-print">
          <p role="status">{note}</p>
          <FormError message={refusal} />
        </div>
      </div>
    </HistoryContext.Provider>
  );
}
