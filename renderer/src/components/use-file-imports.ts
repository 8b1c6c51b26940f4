// Importing chosen files one after another, each with its outcome: taken in, refused with its
// reason, or waiting for the one step the secretary answers here — a key compared by phone and
// confirmed (a new province at headquarters, headquarters' key at a province).
import { useState } from 'react';

export interface FileOutcome {
  file: File;
  /** What happened, after the file's name. */
  text: string;
  kind: 'ok' | 'refused' | 'confirm';
}

/** `importOne(file, trustNew, batch)`: the files chosen together share a batch id. */
export function useFileImports(importOne: (file: File, trustNew: boolean, batch: string) => Promise<FileOutcome>) {
  const [outcomes, setOutcomes] = useState<FileOutcome[]>([]);
  const [busy, setBusy] = useState(false);

  async function importAll(files: File[]) {
    setBusy(true);
    const done: FileOutcome[] = [];
    const batch = crypto.randomUUID();
    for (const file of files) done.push(await importOne(file, false, batch));
    setOutcomes(done);
    setBusy(false);
  }

  async function confirm(i: number) {
    const o = outcomes[i];
    if (!o) return;
    setBusy(true);
    const again = await importOne(o.file, true, crypto.randomUUID());
    setOutcomes((all) => all.map((x, j) => (j === i ? again : x)));
    setBusy(false);
  }

  return { outcomes, busy, importAll, confirm };
}
