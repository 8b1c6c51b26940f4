// The browser host as the app runs it: every operation (printing too), with PDFs printed by a
// system Chromium that loads this same host's print page, and bundles and backups written to
// folders beside the data file (a web page cannot choose a path and learn the file was written).
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { createAsyncDispatcher, type Shell } from '../api/async-dispatch';
import { createDispatcher, type DispatchOptions } from '../api/dispatch';
import { freePath } from '../bundle/file';
import type { Db } from '../db/open';
import { chromiumPrinter } from '../print/chromium';
import { startHost, type Host } from './server';

export interface AppHostOptions extends DispatchOptions {
  rendererDir: string;
  port?: number;
  /** Where bundles and saved backups are written: `bundles/` and `saved-backups/` beside the data file unless given. */
  outbox?: { bundle: string; backup: string };
}

function newestFile(folder: string): string | null {
  if (!existsSync(folder)) return null;
  const files = readdirSync(folder)
    .filter((n) => !n.endsWith('.partial'))
    .map((n) => path.join(folder, n))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return files[0] ?? null;
}

export async function startAppHost(db: Db, options: AppHostOptions): Promise<Host> {
  // A web page cannot choose a path and learn the file was written: the host writes into its
  // outbox folder and the app shows where.
  const beside = (folder: string) => path.join(path.dirname(path.resolve(db.name)), folder);
  const outbox = options.outbox ?? { bundle: beside('bundles'), backup: beside('saved-backups') };
  const shell: Shell = {
    chooseSavePath: (name, kind) => {
      mkdirSync(outbox[kind], { recursive: true });
      return Promise.resolve(freePath(outbox[kind], name));
    },
    // Restoring «from a file» restores what this host saved last: a page cannot name a path.
    chooseBackupFile: () => Promise.resolve(newestFile(outbox.backup)),
  };
  const dispatch = createAsyncDispatcher(db, shell, createDispatcher(db, options));
  const host = await startHost({ dispatch, rendererDir: options.rendererDir, port: options.port });
  const printer = chromiumPrinter(`http://127.0.0.1:${host.port}`, host.token);
  shell.printPdf = printer.print;
  return {
    ...host,
    close: async () => {
      await printer.close();
      await host.close();
    },
  };
}
