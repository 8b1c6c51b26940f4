// Sends the files to read one at a time, in the order given, each to its own answer: a refused
// file is said and the next goes on. Files added (or text pasted) while some are still being read
// join the queue.
// Held above the screens (ImportQueueProvider around the home screen): opening a draft's review and
// coming back finds every file's outcome still listed, a long folder still being read, and the
// working group chosen for the next files.
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ImportedDraft } from '../../../../electron/contract';
import { errorText } from '../../api/error-text';
import { useApi } from '../../api/use-api';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { base64Of } from '../minutes/download';
import type { GroupChoiceValue } from './GroupChoice';
import { shownName, tooLarge } from './source-files';

export type Outcome =
  { name: string; kind: 'made'; draft: ImportedDraft } | { name: string; kind: 'refused'; message: string };

export interface ImportQueue {
  /** Files given so far, and those answered. */
  total: number;
  done: number;
  /** The file being read now. */
  current: string | null;
  outcomes: Outcome[];
  /** Files of a folder that are not Word or text, by name: never read. */
  skipped: string[];
  add: (files: readonly File[], group: string | null, skipped?: readonly string[]) => void;
  /** Minutes pasted as text (from Word, a web page): a line of the text a line of the source. */
  addPasted: (text: string, group: string | null) => void;
  /** The working group chosen for the next files. */
  group: GroupChoiceValue;
  setGroup: (group: GroupChoiceValue) => void;
}

type Entry = { file: File; group: string | null } | { name: string; text: string; group: string | null };
const nameOf = (e: Entry) => ('file' in e ? shownName(e.file) : e.name);

/** The lines of pasted text, as the service takes them: blank lines kept (they number the source), none at the end. */
function linesOf(text: string) {
  const lines = text.replace(/\s+$/, '').split(/\r\n|\r|\n/);
  return lines.map((line) => ({ text: line, cells: null }));
}

const QueueContext = createContext<ImportQueue | null>(null);

export function useImportQueue(): ImportQueue {
  const queue = useContext(QueueContext);
  if (!queue) throw new Error('ImportQueueProvider is missing');
  return queue;
}

export function ImportQueueProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const queue = useRef<Entry[]>([]);
  const running = useRef(false);
  const [total, setTotal] = useState(0);
  const [current, setCurrent] = useState<string | null>(null);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [skipped, setSkipped] = useState<string[]>([]);
  const [group, setGroup] = useState<GroupChoiceValue>({ pick: 'text', newName: '' });

  const readOne = useCallback(
    async (entry: Entry): Promise<Outcome> => {
      const name = nameOf(entry);
      const { group } = entry;
      const big = 'file' in entry ? tooLarge(entry.file) : null;
      if (big) return { name, kind: 'refused', message: big };
      try {
        const draft =
          'file' in entry
            ? await api.pastMinutes.read({ fileName: name, data: await base64Of(entry.file), group })
            : await api.pastMinutes.save({
                fileName: name,
                kind: 'pasted',
                sha256: null,
                lines: linesOf(entry.text),
                group,
              });
        return { name, kind: 'made', draft };
      } catch (e) {
        return { name, kind: 'refused', message: errorText(e) };
      }
    },
    [api],
  );

  const drain = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    for (let next = queue.current.shift(); next; next = queue.current.shift()) {
      setCurrent(nameOf(next));
      const outcome = await readOne(next);
      setOutcomes((all) => [...all, outcome]);
    }
    running.current = false;
    setCurrent(null);
  }, [readOne]);

  const add = useCallback(
    (files: readonly File[], group: string | null, skippedNow: readonly string[] = []) => {
      if (skippedNow.length > 0) setSkipped((all) => [...all, ...skippedNow]);
      if (files.length === 0) return;
      queue.current.push(...files.map((file) => ({ file, group })));
      setTotal((n) => n + files.length);
      void drain();
    },
    [drain],
  );

  // Each pasted text named by its turn: «متن چسبانده‌شده ۲».
  const pasted = useRef(0);
  const addPasted = useCallback(
    (text: string, group: string | null) => {
      pasted.current += 1;
      queue.current.push({ name: fa.pastMinutes.pastedName(faDigits(pasted.current)), text, group });
      setTotal((n) => n + 1);
      void drain();
    },
    [drain],
  );

  const value = useMemo(
    () => ({ total, done: outcomes.length, current, outcomes, skipped, add, addPasted, group, setGroup }),
    [total, current, outcomes, skipped, add, addPasted, group],
  );
  return <QueueContext.Provider value={value}>{children}</QueueContext.Provider>;
}
