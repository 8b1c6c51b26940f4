// The browser host as the app runs it: every operation (printing too), with PDFs printed by a
// system Chromium that loads this same host's print page.
import { createAsyncDispatcher, type Shell } from '../api/async-dispatch';
import { createDispatcher, type DispatchOptions } from '../api/dispatch';
import type { Db } from '../db/open';
import { chromiumPrinter } from '../print/chromium';
import { startHost, type Host } from './server';

export interface AppHostOptions extends DispatchOptions {
  rendererDir: string;
  port?: number;
}

export async function startAppHost(db: Db, options: AppHostOptions): Promise<Host> {
  const shell: Shell = {};
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
