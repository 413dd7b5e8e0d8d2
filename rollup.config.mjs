import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import {minifyCssLiterals} from './scripts/minify-css-literals.mjs';

/** Every public entry: the package root and one module per element (each registers only its tag). */
const entries = {
  index: 'src/index.ts',
  aftercare: 'src/aftercare.ts',
  eligibility: 'src/eligibility.ts',
  'vs-filler': 'src/vs-filler.ts',
};

function perElementBundles() {
  return Object.fromEntries(Object.entries(entries).filter(([name]) => name !== 'index').map(([name, input]) => [`meso-${name}`, input]));
}

const terserOptions = {
  ecma: 2021,
  module: true,
  compress: {passes: 3},
  format: {comments: false},
};

export default [
  // npm build: ES modules with Lit left as a dependency, plus .d.ts files.
  {
    input: entries,
    external: [/^lit(\/|$)/, /^@lit\//, /^tslib$/],
    plugins: [
      nodeResolve(),
      typescript({tsconfig: './tsconfig.json', declaration: true, declarationMap: true, declarationDir: 'dist/types', outDir: 'dist'}),
    ],
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].js',
    },
  },
  // The one-file bundle for <script type="module">: Lit inlined, minified, no bare imports. Then one
  // per element (dist/meso-eligibility.js, …) for pages that use a single widget: less to download
  // and compile. Every file defines its tags through the define guard, so mixing them is safe.
  ...Object.entries({'meso-widgets': 'src/index.ts', ...perElementBundles()}).map(([name, input]) => ({
    input,
    plugins: [nodeResolve({browser: true}), typescript({tsconfig: './tsconfig.json', outDir: 'dist'}), minifyCssLiterals(), terser(terserOptions)],
    output: {file: `dist/${name}.js`, format: 'es', sourcemap: true},
  })),
];
