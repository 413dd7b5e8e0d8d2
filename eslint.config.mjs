import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // test/consumers/ are outside apps with their own toolchains, checked by scripts/test-consumers.mjs.
  {ignores: ['dist/', 'storybook-static/', 'node_modules/', 'custom-elements.json', 'reports/', 'test/consumers/']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  {
    settings: {wc: {elementBaseClasses: ['LitElement', 'MesoElement']}},
    languageOptions: {globals: {...globals.browser}},
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
      // Health content: no markup from strings, ever.
      'no-restricted-imports': ['error', {paths: [{name: 'lit/directives/unsafe-html.js', message: 'No unsafeHTML: content is text.'}]}],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'test/node/**/*.mjs', 'bin/**/*.js', 'src/cli.ts', 'src/ssr.ts', 'src/ssr/**/*.ts', 'src/react/ssr.ts', '*.config.mjs', '.ci/**/*.mjs', 'bench/**/*.mjs', 'bench/**/*.js', '*.cjs'],
    languageOptions: {globals: {...globals.node}},
  },
  {
    // Static tag names through lit/static-html are how SSR renders any element; not a Lit template mistake.
    files: ['bench/ssr.mjs', 'src/ssr.ts', 'src/ssr/render.ts'],
    rules: {'lit/binding-positions': 'off', 'lit/no-invalid-html': 'off'},
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: {globals: {...globals.mocha}},
    rules: {'@typescript-eslint/no-non-null-assertion': 'off'},
  },
);
