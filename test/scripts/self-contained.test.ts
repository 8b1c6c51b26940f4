// The project stands alone in a clone: no path written in its sources, tests, scripts, config or
// docs reaches outside the repository (the fixture and the format's documentation live inside it).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const skipped = new Set(['node_modules', 'out', 'dist', '.git', 'test-results', 'coverage']);
const checked = /\.(ts|tsx|mts|mjs|js|cjs|json|ya?ml|md|html)$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (skipped.has(name)) return [];
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return checked.test(name) || name === 'run' ? [full] : [];
  });
}

/** Every `../…` written in a file, resolved from the file's folder (as imports and path.resolve read it). */
function outsidePaths(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/(?<![\w./-])((?:\.\.\/)+[\w.@-]+(?:\/[\w.@-]+)*)/g)) {
    const written = m[1]!;
    // Markdown and shell resolve from the project's root (where README is read and .ci/run cd's to).
    const base = /\.md$|[/\\]run$/.test(file) ? root : path.dirname(file);
    const resolved = path.resolve(base, written);
    if (resolved !== root && !resolved.startsWith(root + path.sep)) found.push(written);
  }
  return found;
}

describe('the project stands alone', () => {
  it('has the fixture and the format documentation inside it', () => {
    for (const f of ['test/fixtures/minutes/markazi-1399-01.json', 'docs/minutes-format.md'])
      expect(statSync(path.join(root, f)).size).toBeGreaterThan(1000);
  });

  it('writes no path that leaves the repository', () => {
    const all = [...files(root)];
    expect(all.length).toBeGreaterThan(100);
    const leaving = all
      .map((f) => ({ file: path.relative(root, f), paths: outsidePaths(f) }))
      .filter((f) => f.paths.length > 0);
    expect(leaving).toEqual([]);
  });
});
