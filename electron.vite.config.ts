// Builds the three parts of the Electron app into out/: main (ESM, Node), the sandboxed
// preload (one self-contained CommonJS file) and the renderer (the React page).
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { metaContentSecurityPolicy } from './electron/contract/csp';

const root = import.meta.dirname;

/** Puts the app's CSP in the built page: pages loaded from file:// get no response headers. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'dabir:csp-meta',
    // Only the build: the dev server's React refresh needs an inline script this policy forbids.
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: metaContentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  main: {
    // fflate's Node build declares its own `require` (for worker threads, which Dabir never uses):
    // bundled into a chunk that also gets electron-vite's `require` shim, the two clash. Its
    // plain build is the same code without the workers.
    resolve: { alias: { fflate: 'fflate/browser' } },
    build: {
      outDir: resolve(root, 'out/main'),
      // Everything but the native module is bundled, so the packaged main needs no other
      // package at run time (and ESM-only ones such as jalaliday cause no trouble).
      externalizeDeps: false,
      rolldownOptions: {
        // cli: the `dabir` command line, built like the app so it starts without compiling TypeScript.
        input: { index: resolve(root, 'electron/main/index.ts'), cli: resolve(root, 'electron/core/cli/index.ts') },
        // playwright-core loads its own parts at run time; it stays a package (the command line prints with it).
        external: ['better-sqlite3', 'playwright-core'],
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload can require only `electron`: zod and the contract are inlined.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [react(), contentSecurityPolicyMeta()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      // electron-vite leaves the renderer unminified; minified, the print page (and the app) load
      // and parse in a fraction of the time, which is most of what a PDF costs over bare Chromium.
      // DABIR_NO_MINIFY=1 keeps the names readable in a CPU profile.
      minify: !process.env.DABIR_NO_MINIFY,
      rolldownOptions: {
        input: resolve(root, 'renderer/index.html'),
        // The print page's code in one file beside the entry: the screens loaded on demand share
        // parts of it, which otherwise split it into several files a PDF waits for.
        output: {
          advancedChunks: {
            groups: [
              {
                name: 'print',
                // What the print page imports, and nothing more (not the Word copy, not the calendar);
                // `fa` with all its groups, one file each.
                test: (id) =>
                  /renderer\/src\/print\/|renderer\/src\/i18n\/(fa|fa-[a-z-]+|digits)\.ts|electron\/contract\/(persian-text|deadline-text)\.ts/.test(
                    id,
                  ) && !id.includes('minutes-docx'),
              },
            ],
          },
        },
      },
    },
  },
});
