// Real outside programs on a real data file: the `dabir` command as a user runs it, and Debian's
// sqlite3 CLI as an outside tool edits the file (no Dabir SQL functions, foreign keys off).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';

const bin = path.resolve(import.meta.dirname, '../../bin/dabir.mjs');
const exec = promisify(execFile);

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

async function ran(command: string, args: string[]): Promise<Ran> {
  try {
    const { stdout, stderr } = await exec(command, args, { encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

export const dabir = (...args: string[]): Promise<Ran> => ran(process.execPath, [bin, ...args]);

/** Runs SQL with `/usr/bin/sqlite3` on `file`, stopping at the first error (as a user's script would). */
export const sqlite3 = (file: string, script: string): Promise<Ran> => ran('/usr/bin/sqlite3', ['-bail', file, script]);

/** Rows of a query on a data file a command wrote, opened read-only as an outside reader would. */
export function queryFile<T>(file: string, query: string): T[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(query).all() as T[];
  } finally {
    db.close();
  }
}
