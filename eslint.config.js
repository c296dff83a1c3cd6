// Lint for the whole project, run by `npm test` (npm run lint). Type-aware
// rules from typescript-eslint, the React hooks rules, and jsx-a11y for the
// console and display. A rule switched off here says why; a disable comment
// in the code says why too.
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import i18next from 'eslint-plugin-i18next';
import { TRANSLATED_SOURCES } from './renderer/translated-sources.js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'tests/output/**', 'node_modules/**', '.dev-data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      // Unused names are errors, except the ones that say they are unused on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // A component's autoFocus prop is passed on to an element, which is where the rule looks.
      'jsx-a11y/no-autofocus': ['error', { ignoreNonDOM: true }],
    },
  },
  {
    // Issue 17: a component may not hold a user-visible string literal: JSX text and the
    // attributes a person reads or hears go through t(). Folders join the list as they are
    // translated (renderer/translated-sources.js); punctuation and symbols alone are allowed.
    files: TRANSLATED_SOURCES,
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': {
            include: ['^aria-label$', '^aria-description$', '^title$', '^placeholder$', '^alt$', '^label$', '^ariaLabel$', '^confirmLabel$'],
          },
          // Punctuation, digits and symbols alone say nothing in any language (▸, ·, –, …).
          words: { exclude: ['^[\\s\\d.,:;!?()\\[\\]{}\'"“”‘’«»…–—·•/|+*=<>#%&@_~▾▸▴▶◀✓✗☐☑●○■×←→↑↓⠿−±-]*$', '^Circlekeeper$'] },
          // Key caps name the key the facilitator presses, the same in every language.
          'jsx-components': { exclude: ['^kbd$'] },
          // Message ids passed to the formatters are not text.
          callees: { exclude: ['^t$', '^rich$', '^richMessage$', '^i18n\\.t$'] },
          message: 'A user-visible string belongs in shared/i18n/messages (see its README), not in the component.',
        },
      ],
    },
  },
  {
    // Test fakes stand in for async interfaces with bodies that need no await.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  {
    // Plain JavaScript build scripts, and Vite's config (Node code beside the web project's
    // tsconfig, type-checked by tests/tsconfig.json instead): no project to read types from here.
    files: ['**/*.{js,mjs,cjs}', 'renderer/vite.config.ts', 'renderer/build/**/*.ts'],
    ...tseslint.configs.disableTypeChecked,
  },
);
