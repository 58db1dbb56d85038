// Flat config. Syntax-only typescript-eslint (no type information) keeps `npm run lint` fast;
// `tsc -p .` is the type check. The import boundaries follow docs/decisions/004-tooling-and-ci.md.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';
import { defineConfig } from 'eslint/config';

const root = import.meta.dirname;
/** Glob patterns in `except` are matched against absolute paths, so anchor them at the repo root. */
const abs = (glob) => path.join(root, glob);

const TEST_FILES = ['**/*.test.{ts,tsx}', 'e2e/**', 'testing/**', 'scripts/bench-*.ts'];
/** The one feature folder others may import: placement-test UI used by several screens. */
const SHARED_FEATURE = 'placement-test-ui';
/** Measurement scripts: like tests, they fail loudly on a missing value rather than guard it. */
const BENCH_FILES = ['scripts/bench-*.ts'];

// Read at lint time so a new feature folder is covered without touching this file.
const featureDirs = (() => {
  try {
    return readdirSync(path.join(root, 'src/features'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
})();

/**
 * Allowed directions (ADR 013): src/main.tsx → src/first-paint → src/app → src/features →
 * src/components, src/lib, src/api → core; server → core. core imports only core; server and src
 * never import each other; testing/ (fakes, corpora, contract cases, component-test helpers) is
 * imported by tests and benchmarks only.
 */
function boundaryZones({ forTests }) {
  const zones = [
    {
      target: 'core',
      from: ['src', 'server', 'testing', 'scripts', 'e2e'],
      message: 'core/ is shared by the browser and the server: it imports only core/ (and zod).',
    },
    {
      target: 'src',
      from: 'server',
      message: 'The browser app never imports the server; share through core/.',
    },
    {
      target: 'server',
      from: abs('src/**'),
      // The server-drawn list's tests render the app's real entry in-process (ADR 011).
      except: forTests ? [abs('src/first-paint/entry-server.*')] : [],
      message: 'The server never imports the browser app; share through core/ (the first-paint entry is loaded from its build).',
    },
    {
      target: 'src/features',
      from: ['src/app', 'src/first-paint'],
      message: 'Features are composed by src/app, never the other way round.',
    },
    {
      target: 'src/app',
      from: 'src/first-paint',
      message: 'src/first-paint draws the app on the server; the app does not depend on it.',
    },
    {
      target: 'src/components',
      from: ['src/app', 'src/features', 'src/first-paint'],
      message: 'src/components is feature-agnostic: move the shared piece down or pass it in as props.',
    },
    {
      target: 'src/api',
      from: ['src/app', 'src/features', 'src/components', 'src/first-paint'],
      message: 'src/api is the client layer: it may not depend on React screens.',
    },
    {
      target: 'src/api',
      from: abs('src/**/*.tsx'),
      message: 'src/api may not import .tsx (React) modules.',
    },
    {
      target: 'src/lib',
      from: abs('src/**'),
      except: [abs('src/lib/**')],
      message: 'src/lib is pure logic: it imports only src/lib and core/.',
    },
    // The emulator's rooms (their READMEs): http → demo → runs → store → the emulator's root files.
    {
      target: 'server/emulator/store',
      from: ['server/emulator/http', 'server/emulator/runs', 'server/emulator/demo'],
      message: 'The emulator store imports only the emulator root files and core/ (server/emulator/store/README.md).',
    },
    {
      target: 'server/emulator/runs',
      from: ['server/emulator/http', 'server/emulator/demo'],
      message: 'The run engine may not import the HTTP routes or the demo data (server/emulator/runs/README.md).',
    },
    {
      target: 'server/emulator/demo',
      from: 'server/emulator/http',
      message: 'The demo data may not import the HTTP routes (server/emulator/demo/README.md).',
    },
    // A feature shares code with another only through src/features/placement-test-ui.
    ...featureDirs.map((name) => ({
      target: `src/features/${name}`,
      from: 'src/features',
      except: name === SHARED_FEATURE ? [`./${SHARED_FEATURE}`] : [`./${name}`, `./${SHARED_FEATURE}`],
      message: `src/features/${name} may not reach into another feature; share through src/features/${SHARED_FEATURE}.`,
    })),
  ];
  if (!forTests) {
    zones.push({
      target: '.',
      from: 'testing',
      message: 'testing/ holds fakes, corpora and helpers for tests and benchmarks only.',
    });
  }
  return zones;
}

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-server/',
      'node_modules/',
      'playwright-report/',
      'test-results/',
      'blob-report/',
      'coverage/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.strict,
  {
    name: 'project/imports',
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs'],
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.mjs', '.cjs', '.js', '.jsx', '.json', '.node'],
          extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
          // Picks up `paths` aliases if tsconfig.json ever adds them.
          tsconfig: { configFile: path.join(root, 'tsconfig.json') },
        }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        { basePath: root, zones: boundaryZones({ forTests: false }) },
      ],
    },
  },
  {
    name: 'project/imports-in-tests',
    files: TEST_FILES,
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: boundaryZones({ forTests: true }) }],
      // With noUncheckedIndexedAccess, `rows[0]!` in an assertion is the honest way to say "the
      // test fails if it is missing"; production code still may not use `!`.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    name: 'project/bench-scripts',
    files: BENCH_FILES,
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    name: 'project/lib-without-react',
    files: ['src/lib/**', 'core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-dom',
                'react-dom/*',
                'react-router',
                'wouter',
                'wouter/*',
                '@mantine/*',
                '@tanstack/react-*',
              ],
              message: 'core/ and src/lib are pure logic without React; put UI code in src/components or a feature.',
            },
          ],
        },
      ],
    },
  },
  {
    name: 'project/raw-search-params',
    files: ['src/app/**', 'src/features/**', 'src/components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'wouter',
              importNames: ['useSearchParams', 'useSearch'],
              message: 'wouter decodes the query string twice; use src/components/use-search-params.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    name: 'project/react',
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  ...pluginQuery.configs['flat/recommended'].map((config) => ({ ...config, files: ['src/**/*.{ts,tsx}'] })),
  {
    ...jsxA11y.flatConfigs.recommended,
    files: ['src/**/*.{jsx,tsx}'],
  },
  {
    name: 'project/table-roles',
    // The tests table becomes cards on phones (CSS `display` changes), and some browsers then drop
    // a table's implicit roles: there the roles are written out on purpose.
    files: ['src/features/tests-list/**/*.tsx'],
    rules: {
      'jsx-a11y/no-redundant-roles': [
        'error',
        {
          table: ['table'],
          thead: ['rowgroup'],
          tbody: ['rowgroup'],
          tr: ['row'],
          th: ['columnheader'],
          td: ['cell'],
        },
      ],
      // jsx-a11y counts <td> as a grid cell (interactive); in this read-only table it is a cell.
      'jsx-a11y/no-interactive-element-to-noninteractive-role': [
        'error',
        { tr: ['none', 'presentation'], canvas: ['img'], td: ['cell'] },
      ],
    },
  },
  {
    name: 'project/browser-globals',
    files: ['src/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    name: 'project/node-globals',
    files: ['server/**', 'scripts/**', 'e2e/**', 'testing/**', '*.{js,mjs,cjs,ts,mts}'],
    languageOptions: { globals: globals.node },
  },
  {
    name: 'project/test-globals',
    files: ['**/*.test.{ts,tsx}', 'testing/**'],
    languageOptions: { globals: { ...globals.vitest, ...globals.node } },
  },
  {
    name: 'project/unused-vars',
    rules: {
      // `_`-prefixed names mark deliberately unused arguments (e.g. Hono handlers' `next`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
);
