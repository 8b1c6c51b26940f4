// Two projects: fast unit/integration tests on real SQLite files, and browser end-to-end tests
// in Debian Chromium (they need the built renderer: `npm run build` first, as `npm test` does).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest-report.json' },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**'],
          pool: 'forks',
          // Some integration tests (31 provinces' bundles, backup and restore through the command
          // line, LibreOffice) take seconds; 5 s ran out on a busy 2-core machine. Not a speed check.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
