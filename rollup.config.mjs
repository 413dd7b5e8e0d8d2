import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import {minifyCssLiterals} from './scripts/minify-css-literals.mjs';

/** The registering entries: the package root (every tag) and one module per element (its tag only). */
const registering = {
  index: 'src/index.ts',
  aftercare: 'src/aftercare.ts',
  eligibility: 'src/eligibility.ts',
  'vs-filler': 'src/vs-filler.ts',
};

/** Every public npm entry: the registering ones, class modules that register nothing, and the DOM-free logic. */
const entries = {
  ...registering,
  'classes/index': 'src/classes/index.ts',
  'classes/eligibility': 'src/classes/eligibility.ts',
  'classes/aftercare': 'src/classes/aftercare.ts',
  'classes/vs-filler': 'src/classes/vs-filler.ts',
  logic: 'src/logic.ts',
  react: 'src/react.ts',
};

function perElementBundles() {
  return Object.fromEntries(Object.entries(registering).filter(([name]) => name !== 'index').map(([name, input]) => [`meso-${name}`, input]));
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
    external: [/^lit(\/|$)/, /^@lit\//, /^react(\/|$)/],
    plugins: [
      nodeResolve(),
      typescript({tsconfig: './tsconfig.json', declaration: true, declarationMap: false, declarationDir: 'dist/types', outDir: 'dist'}),
    ],
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      preserveModules: true,
      preserveModulesRoot: 'src',
      // @rollup/plugin-typescript always imports its decorator helper from tslib; it is bundled
      // (only `__decorate` survives tree-shaking) and kept out of a `node_modules` folder, which
      // npm would leave out of the tarball. The package then imports nothing but Lit.
      entryFileNames: ({name}) => `${name.replace(/^.*node_modules\/tslib\/.*$/, 'shared/tslib')}.js`,
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
