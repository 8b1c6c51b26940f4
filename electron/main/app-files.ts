// Where the built app's files sit relative to the bundled main script (out/main/index.js).
import path from 'node:path';

export interface AppFiles {
  /** The sandboxed preload, bundled as CommonJS. */
  preload: string;
  /** The renderer's page, the only page any window may show. */
  page: string;
}

/** `mainDir` is the folder of the running main bundle (`import.meta.dirname`). */
export function appFiles(mainDir: string): AppFiles {
  const out = path.resolve(mainDir, '..');
  return {
    preload: path.join(out, 'preload', 'index.cjs'),
    page: path.join(out, 'renderer', 'index.html'),
  };
}
