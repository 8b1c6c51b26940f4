// An end-to-end test's own installation: a fresh data folder, the real services behind the
// browser host, and the built renderer (Actual's e2e fixtures do the same per test file).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDispatcher, type Dispatch } from '../../electron/core/api/dispatch';
import { openDatabase, type Db } from '../../electron/core/db/open';
import { startAppHost } from '../../electron/core/host/app-host';
import type { Host } from '../../electron/core/host/server';

export const rendererDir = path.resolve(import.meta.dirname, '../../out/renderer');
export const screenshots = path.resolve(import.meta.dirname, '../../test-results');

export interface TestApp {
  db: Db;
  /** The SQLite file, for the command line to read. */
  file: string;
  host: Host;
  /** Calls an operation and throws on a refused one: for setting the scene, not for assertions. */
  call(op: string, input: unknown): unknown;
  close(): Promise<void>;
}

export async function startApp(): Promise<TestApp> {
  if (!existsSync(path.join(rendererDir, 'index.html')))
    throw new Error('out/renderer is missing: run `npm run build` first');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dabir-e2e-'));
  const file = path.join(dir, 'dabir.sqlite');
  const db = openDatabase(file);
  const dispatch: Dispatch = createDispatcher(db, { checkOutput: true });
  const host = await startAppHost(db, { rendererDir, checkOutput: true });
  return {
    db,
    file,
    host,
    call(op, input) {
      const r = dispatch(op, input);
      if (!r.ok) throw new Error(`${op}: ${r.error.message}`);
      return r.value;
    },
    async close() {
      await host.close();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The usual scene: a named secretariat and one working group; returns the group's id. */
export function withGroup(app: TestApp, name = 'کارگروه اجتماعی'): string {
  app.call('secretariat.setup', { name: 'دبیرخانه', province: 'مرکزی' });
  return (app.call('workingGroups.create', { name, province: 'مرکزی' }) as { id: string }).id;
}

/** A draft session of the group on a given date; returns its id. */
export function draftSession(app: TestApp, workingGroupId: string, date = '1399/02/02'): string {
  return (app.call('sessions.create', { workingGroupId, date }) as { id: string }).id;
}
