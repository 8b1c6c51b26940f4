// Migrations are frozen: what one creates must read the same forever, so none may build its SQL
// from live code (contract values, services, another migration) that a later change could alter.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../electron/core/db/migrations/registry';

const folder = path.resolve(import.meta.dirname, '../../../electron/core/db/migrations');
/** What a migration may import: the registry's type, the guard messages, the frozen change-log SQL, SQLite's types. */
const allowed = new Set(['./registry', '../guards', './change-log-sql', 'better-sqlite3']);

describe('migrations', () => {
  it('import nothing live: no contract, no services, no other migration', () => {
    const files = readdirSync(folder).filter((f) => /^\d{4}-.*\.ts$/.test(f));
    expect(files).toHaveLength(migrations.length);
    const found = files.flatMap((f) =>
      [...readFileSync(path.join(folder, f), 'utf8').matchAll(/^import [^;]*? from '([^']+)';/gms)]
        .map((m) => m[1]!)
        .filter((from) => !allowed.has(from))
        .map((from) => `${f} imports ${from}`),
    );
    expect(found).toEqual([]);
  });

  it('are numbered in steps of 10 (a 5 between two taken at once), in order, each file named by its version', () => {
    const versions = migrations.map((m) => m.version);
    expect(versions.every((v, i) => v % 5 === 0 && v > (versions[i - 1] ?? 0))).toBe(true);
    expect(versions.filter((v) => v % 10 !== 0)).toEqual([155]);
    const files = readdirSync(folder)
      .filter((f) => /^\d{4}-.*\.ts$/.test(f))
      .sort();
    expect(files.map((f) => Number(f.slice(0, 4)))).toEqual(migrations.map((m) => m.version));
  });
});
