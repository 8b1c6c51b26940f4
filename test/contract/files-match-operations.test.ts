// Operation names match files: every operation `prefix.verb` is declared in contract/<prefix>.ts and
// handled in core/services/<prefix>.ts (prefix in kebab-case, `workingGroups` → working-groups.ts),
// and in no other file, so any operation is one hop from its contract entry to its handler.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { asyncOperationNames, contract, isOperationName, operationNames } from '../../electron/contract';
import { handlers } from '../../electron/core/services';
import type { AsyncContext } from '../../electron/core/services/handlers';

const root = path.join(import.meta.dirname, '../../electron');
const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const fileOf = (op: string) => `${kebab(op.slice(0, op.indexOf('.')))}.ts`;

type Exports = Record<string, unknown>;
async function modules(folder: string): Promise<[string, Exports][]> {
  const files = readdirSync(path.join(root, folder)).filter((f) => f.endsWith('.ts'));
  return Promise.all(files.map(async (f) => [f, (await import(path.join(root, folder, f))) as Exports] as const));
}

/** Every file that declares (or handles) each operation, by the operation keys of its exported objects. */
function whereDeclared(found: [string, string[]][]): Map<string, string[]> {
  const where = new Map<string, string[]>();
  for (const [file, keys] of found) for (const key of keys) where.set(key, [...(where.get(key) ?? []), file]);
  return where;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const unused = () => {
  throw new Error('not called');
};
/** A context for calling the async handler factories: only the keys of what they make are read. */
const context: AsyncContext = { run: unused, exclusive: unused };

describe('operation names match files', () => {
  it('declares each operation in contract/<prefix>.ts and nowhere else', async () => {
    const found = (await modules('contract'))
      .filter(([file]) => file !== 'index.ts')
      .map(([file, exports]): [string, string[]] => [
        file,
        Object.values(exports)
          .filter(isObject)
          .flatMap((o) => Object.keys(o).filter((k) => isOperationName(k) && o[k] === contract[k])),
      ]);
    const where = whereDeclared(found);
    expect(operationNames.length).toBeGreaterThan(0);
    for (const op of operationNames) expect({ op, files: where.get(op) }).toEqual({ op, files: [fileOf(op)] });
  });

  it('handles each operation in services/<prefix>.ts, the very function of the handler table', async () => {
    const services = (await modules('core/services')).filter(([file]) => file !== 'index.ts');
    const found = services.map(([file, exports]): [string, string[]] => [
      file,
      Object.entries(exports).flatMap(([name, value]) => {
        // Async handlers: `<prefix>AsyncHandlers`, a factory called per dispatcher.
        if (typeof value === 'function' && name.endsWith('AsyncHandlers'))
          return Object.keys((value as (c: AsyncContext) => object)(context));
        // Synchronous handlers: `<prefix>Handlers`, the very functions the table holds.
        if (!isObject(value) || !name.endsWith('Handlers')) return [];
        for (const [key, handler] of Object.entries(value))
          expect({ key, inTable: isOperationName(key) && handlers[key as keyof typeof handlers] === handler }).toEqual({
            key,
            inTable: true,
          });
        return Object.keys(value);
      }),
    ]);
    const where = whereDeclared(found);
    expect([...where.keys()].sort()).toEqual([...operationNames].sort());
    for (const op of operationNames) expect({ op, files: where.get(op) }).toEqual({ op, files: [fileOf(op)] });
    expect(asyncOperationNames.every((op) => where.has(op))).toBe(true);
  });
});
