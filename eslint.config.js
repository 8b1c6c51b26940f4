// Lint rules for the whole tree: type-checked TypeScript, React hooks in the renderer, plain JS
// for scripts, and the layering of style.md enforced per folder. Formatting is Prettier's job.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));
const noNode = nodeBuiltins.map((name) => ({ name, message: 'This layer runs without Node (see style.md).' }));
const noNodePrefix = { group: ['node:*'], message: 'This layer runs without Node (see style.md).' };
/** Imports of another layer's folder (`core/db/open` through any `../`), and its index (`main`). */
const layer = (folder) => [
  { group: [`**/${folder}/**`], message: `This layer may not import ${folder}/ (see style.md).` },
  { regex: `^(\\.\\./)+(electron/)?${folder}$`, message: `This layer may not import ${folder}/ (see style.md).` },
];

/** What the core never imports, whatever the file (the renderer aside: see print-docx.ts below). */
const coreNever = [
  { name: 'electron', message: 'The core runs without Electron (CLI, browser host, tests).' },
  { name: 'react', message: 'The core has no UI.' },
  { name: 'react-dom', message: 'The core has no UI.' },
];
const coreNeverPatterns = [
  { group: ['electron/*'], message: 'The core runs without Electron.' },
  ...layer('main'),
  ...layer('preload'),
];

/** `no-restricted-imports` for one layer; one object per folder, since a later one replaces it. */
const restrict = (files, { paths = [], patterns = [] }) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { paths, patterns }] },
});

/** Reports `eslint-disable` comments that give no reason after ` -- ` (style.md). */
const house = {
  rules: {
    'disable-needs-reason': {
      meta: {
        type: 'suggestion',
        schema: [],
        messages: { reason: 'Say why after `--` in every eslint-disable comment.' },
      },
      create(context) {
        return {
          Program() {
            for (const comment of context.sourceCode.getAllComments()) {
              if (/^\s*eslint-disable/.test(comment.value) && !/\s--\s*\S/.test(comment.value)) {
                context.report({ loc: comment.loc, messageId: 'reason' });
              }
            }
          },
        };
      },
    },
  },
};

/** The renderer takes only types from the contract index: its values bring zod into the page. */
const contractTypesOnly = {
  regex: '/electron/contract$',
  allowTypeImports: true,
  message:
    'Only types from the contract index: its values bring zod (about 60 KB) into the page. Import a constant from its zod-free module (limits.ts, persian-text.ts).',
};

export default defineConfig([
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'resources/**', 'test-results/**', 'coverage/**'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  {
    plugins: { house },
    rules: {
      'house/disable-needs-reason': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-var': 'error',
      'prefer-const': 'error',
    },
  },

  // TypeScript, with type information from the two tsconfigs (node side and renderer).
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './tsconfig.web.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/only-throw-error': 'error',
    },
  },

  // Tests parse JSON and break documents on purpose, so values typed `any` are expected there.
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },

  // Plain JavaScript (scripts, the command-line launcher, this file): Node, no type information.
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module', globals: { ...globals.node } },
  },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },

  // The renderer is React: hooks rules, browser globals.
  {
    files: ['renderer/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: { ...globals.browser } },
  },

  // No Persian text in the renderer outside i18n/ (style.md): every string it shows lives there
  // (strings, template text, JSX text, and regular expressions of Persian letters). Comments may.
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: ['renderer/src/i18n/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          'Literal[value=/[\\u0600-\\u06FF]/]',
          'Literal[regex.pattern=/[\\u0600-\\u06FF]/]',
          'TemplateElement[value.raw=/[\\u0600-\\u06FF]/]',
          'JSXText[value=/[\\u0600-\\u06FF]/]',
        ].map((selector) => ({
          selector,
          message: 'Persian text belongs in renderer/src/i18n/ (style.md): add it to a group of fa.',
        })),
      ],
    },
  },

  // Layers (style.md): contract → zod only; core → no Electron/UI; preload → electron + contract;
  // renderer → contract + DOM; main → no renderer/preload code.
  restrict(['electron/contract/**'], {
    paths: noNode,
    patterns: [
      noNodePrefix,
      ...layer('core'),
      ...layer('main'),
      ...layer('preload'),
      ...layer('renderer'),
      {
        regex: '^(?!(zod|zod/.+|\\.{1,2}/.*)$)',
        message: 'The contract may import only zod and other contract files.',
      },
    ],
  }),
  restrict(['electron/core/**'], {
    paths: coreNever,
    patterns: [...coreNeverPatterns, ...layer('renderer')],
  }),
  // The one way across: the command line's Word copy (`dabir print --out FILE.docx`) is built by
  // the app's own builder, so both write the same document. That module imports nothing of the
  // page (no React, no DOM: the Node tsconfig, without the DOM library, type-checks it through
  // this import); nothing else of the renderer.
  restrict(['electron/core/cli/print-docx.ts'], {
    paths: coreNever,
    patterns: [
      ...coreNeverPatterns,
      {
        regex: '(^|/)renderer(/(?!src/print/minutes-docx$)|$)',
        message: 'Of the renderer, only its Word builder (print/minutes-docx) (see eslint.config.js).',
      },
    ],
  }),
  restrict(['electron/preload/**'], {
    paths: [...noNode, { name: 'better-sqlite3', message: 'The preload reaches the database only through IPC.' }],
    patterns: [
      noNodePrefix,
      ...layer('core'),
      ...layer('main'),
      ...layer('renderer'),
      { regex: '^(?!(electron|\\.{1,2}/.*)$)', message: 'The preload may import only electron and the contract.' },
    ],
  }),
  restrict(['electron/main/**'], {
    paths: [
      { name: 'react', message: 'The main process has no UI code.' },
      { name: 'react-dom', message: 'The main process has no UI code.' },
    ],
    patterns: [...layer('renderer'), ...layer('preload')],
  }),
  restrict(['renderer/**'], {
    paths: [
      ...noNode,
      { name: 'electron', message: 'The renderer talks to the app only through the contract API.' },
      { name: 'better-sqlite3', message: 'The renderer talks to the database only through the contract API.' },
    ],
    patterns: [
      noNodePrefix,
      { group: ['electron/*'], message: 'The renderer talks to the app only through the contract API.' },
      ...layer('core'),
      ...layer('main'),
      ...layer('preload'),
    ],
  }),
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [contractTypesOnly] }] },
  },
  // Inside the renderer, app/ composes the screens: features, components, the API and print never
  // reach up into it (the API object comes from api/use-api.ts).
  {
    files: ['renderer/src/{features,components,api,print,i18n}/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            contractTypesOnly,
            { regex: '(^|/)app/', message: 'app/ composes the screens; nothing under it is imported from below.' },
          ],
        },
      ],
    },
  },
]);
