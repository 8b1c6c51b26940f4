// Sends the files to read one at a time, in the order given, each to its own answer: a refused
// file is said and the next goes on. Files added while some are still being read join the queue.
import { useCallback, useEffect, useRef, useState } from 'react';
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
  add: (files: readonly File[], group: string | null) => void;
}

export function useImportQueue(): ImportQueue {
  const api = useApi();
  const queue = useRef<{ file: File; group: string | null }[]>([]);
  const running = useRef(false);
  const live = useRef(true);
  const [total, setTotal] = useState(0);
  const [current, setCurrent] = useState<string | null>(null);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

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
      if (live.current) setCurrent(shownName(next.file));
      const outcome = await readOne(next.file, next.group);
      if (live.current) setOutcomes((all) => [...all, outcome]);
    }
    running.current = false;
    if (live.current) setCurrent(null);
  }, [readOne]);

  const add = useCallback(
    (files: readonly File[], group: string | null) => {
      if (files.length === 0) return;
      queue.current.push(...files.map((file) => ({ file, group })));
      setTotal((n) => n + files.length);
      void drain();
    },
    [drain],
  );

  return { total, done: outcomes.length, current, outcomes, add };
}
