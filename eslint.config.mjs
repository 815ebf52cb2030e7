import nx from '@nx/eslint-plugin';
import jest from 'eslint-plugin-jest';
import tseslint from 'typescript-eslint';
import { angularRules } from './eslint.angular.config.mjs';

// The Angular rules (kem selector prefix, template checks) for the dashboard's files when ESLint runs from the
// repository root or an editor; each dashboard project's own config applies the same rules under `nx lint`.
const DASHBOARD_FILES = {
  ts: ['apps/dashboard/**/*.ts', 'libs/dashboard-*/**/*.ts'],
  html: ['apps/dashboard/**/*.html', 'libs/dashboard-*/**/*.html'],
};
const forDashboard = angularRules.map((config) => ({
  ...config,
  files: (config.files ?? ['**/*.ts']).some((f) => String(f).endsWith('.html')) ? DASHBOARD_FILES.html : DASHBOARD_FILES.ts,
}));

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/node_modules', 'coverage', 'test-artifacts', '.angular', 'data'],
  },
  ...forDashboard,
  {
    // A promise nobody awaits loses its error: await it, return it, or mark it `void` on purpose.
    files: ['**/*.ts'],
    ignores: ['jest.config.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: { '@typescript-eslint/no-floating-promises': 'error' },
  },
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs', '**/*.cjs', '**/*.cts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base|\\.angular)?\\.config\\.[cm]?[jt]s$'],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util'] },
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared', 'scope:contracts'] },
            { sourceTag: 'scope:dashboard', onlyDependOnLibsWithTags: ['scope:dashboard', 'scope:shared', 'scope:contracts'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared', 'scope:contracts'] },
            // The contracts are the leaf: request/response types and routes that import no workspace library.
            { sourceTag: 'scope:contracts', onlyDependOnLibsWithTags: [] },
          ],
        },
      ],
    },
  },
  {
    // Day arithmetic has one home, the engine's calendar module: milliseconds per day are written nowhere else.
    files: ['**/*.ts', '**/*.js', '**/*.mjs', '**/*.cjs', '**/*.cts'],
    ignores: ['**/src/lib/dates/calendar-day.ts'], // the engine's calendar module; relative to the project under nx lint
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Literal[value=86400000]',
          message:
            'Use the calendar module of @kem/scoring (addDays, daysBefore, dayOfInstant, startOfDay, dayNumberToMs) for day arithmetic.',
        },
      ],
    },
  },
  {
    // Request DTOs: IsOptional lets null through to the database (a NOT NULL column then answers 500).
    files: ['libs/api-*/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'class-validator',
              importNames: ['IsOptional'],
              message: 'Use Optional() (may be left out) or Nullable() (null clears the field, documented) from @kem/api-http.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts'],
    plugins: { jest },
    rules: {
      'jest/no-focused-tests': 'error',
      'jest/no-disabled-tests': 'error',
      'jest/no-identical-title': 'error',
      'jest/valid-expect': 'error',
      // supertest's `.expect(200)` and helpers named expect… assert too.
      'jest/expect-expect': ['error', { assertFunctionNames: ['expect', 'expect*', '**.expect', '**.expect*'] }],
    },
  },
];
