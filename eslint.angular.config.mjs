// The Angular rules of the dashboard (Nx's Angular presets and the kem selector prefix), in one place: the root
// config applies them to the dashboard's files, and each dashboard project's config (for `nx lint`) to its own.
import nx from '@nx/eslint-plugin';

export const angularRules = [
  ...nx.configs['flat/angular'],
  ...nx.configs['flat/angular-template'],
  {
    files: ['**/*.ts'],
    rules: {
      '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'kem', style: 'camelCase' }],
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'kem', style: 'kebab-case' }],
    },
  },
];
