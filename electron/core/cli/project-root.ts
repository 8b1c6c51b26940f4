// The project's folder, found from wherever this code runs: its TypeScript source
// (electron/core/cli) under tsx, or the built command line (out/main) — so paths to out/renderer
// and out/main hold for both.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'dabir')
      return dir;
    if (path.dirname(dir) === dir) throw new Error(`dabir's package.json not found above ${from}`);
  }
}

export const projectRoot = findRoot(import.meta.dirname);
