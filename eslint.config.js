import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output*/', '.wxt/', '.e2e-pages*/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    // lib/ runs in node and in pages alike: it must not touch extension APIs. lib/settings is the one
    // exception by design: it defines the typed wxt/storage items (tested with fakeBrowser).
    files: ['lib/**/*.ts'],
    ignores: ['lib/settings/**'],
    rules: {
      'no-restricted-globals': ['error', { name: 'browser', message: 'lib/ must not use extension APIs' }, { name: 'chrome', message: 'lib/ must not use extension APIs' }],
      'no-restricted-imports': ['error', { patterns: ['wxt/*', 'webextension-polyfill', '#imports'] }],
    },
  },
);
