// Sends the files to read one at a time, in the order given, each to its own answer: a refused
// file is said and the next goes on. Files added while some are still being read join the queue.
// Held above the screens (ImportQueueProvider around the home screen): opening a draft's review and
// coming back finds every file's outcome still listed, and a long folder still being read.
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ImportedDraft } from '../../../../electron/contract';
import { errorText } from '../../api/error-text';
import { useApi } from '../../api/use-api';
import { base64Of } from '../minutes/download';
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
}

const QueueContext = createContext<ImportQueue | null>(null);

export function useImportQueue(): ImportQueue {
  const queue = useContext(QueueContext);
  if (!queue) throw new Error('ImportQueueProvider is missing');
  return queue;
}

export function ImportQueueProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const queue = useRef<{ file: File; group: string | null }[]>([]);
  const running = useRef(false);
  const [total, setTotal] = useState(0);
  const [current, setCurrent] = useState<string | null>(null);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [skipped, setSkipped] = useState<string[]>([]);

  const readOne = useCallback(
    async (file: File, group: string | null): Promise<Outcome> => {
      const name = shownName(file);
      const big = tooLarge(file);
      if (big) return { name, kind: 'refused', message: big };
      try {
        const draft = await api.pastMinutes.read({ fileName: name, data: await base64Of(file), group });
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
      setCurrent(shownName(next.file));
      const outcome = await readOne(next.file, next.group);
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

  const value = useMemo(
    () => ({ total, done: outcomes.length, current, outcomes, skipped, add }),
    [total, current, outcomes, skipped, add],
  );
  return <QueueContext.Provider value={value}>{children}</QueueContext.Provider>;
}
