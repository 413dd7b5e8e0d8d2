import {readdirSync} from 'node:fs';
import {dirname, relative} from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import {visualizer} from 'rollup-plugin-visualizer';
import {minifyCssLiterals} from './scripts/minify-css-literals.mjs';
import {minifyHtmlLiterals} from './scripts/minify-html-literals.mjs';
import {privateMembers} from './scripts/private-members.mjs';

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
  // What `#meso-react-ssr` (package.json `imports`) resolves to: in Node, and everywhere else.
  'react/ssr': 'src/react/ssr.ts',
  'react/no-ssr': 'src/react/no-ssr.ts',
  // Node only: server rendering (meso-widgets/ssr) and the `meso-widgets` command.
  ssr: 'src/ssr.ts',
  cli: 'src/cli.ts',
};

/**
 * The browser bundles' entries, src/bundles/<file>.ts: each registers its tags and exports the
 * classes (and the define guard), not the logic and content the npm entries also export.
 */
function browserBundles() {
  return Object.fromEntries(['meso-widgets', 'meso-eligibility', 'meso-aftercare', 'meso-vs-filler'].map((name) => [name, `src/bundles/${name}.ts`]));
}

/** The translation packs: src/locales/<tag>.ts, each built into one self-contained dist/locales/<tag>.js. */
const packs = readdirSync('src/locales').filter((file) => file.endsWith('.ts')).map((file) => file.slice(0, -3));

/**
 * The one-file bundle loads packs from `locales/` next to itself. src/shared/locale-loader.ts
 * names that folder relative to its own source file ('../locales/'); once the code sits in an
 * output file, the path must start from that file instead.
 */
function packsDirFromOutput() {
  return {
    name: 'meso-packs-dir',
    renderChunk(code, chunk) {
      const dir = relative(dirname(chunk.fileName), 'locales').replace(/\\/g, '/') || '.';
      const fromHere = dir.startsWith('.') ? `${dir}/` : `./${dir}/`;
      return {code: code.replace(/(['"`])\.\.\/locales\//g, `$1${fromHere}`), map: null};
    },
  };
}

/** Pack entries and the loader are imported for their side effect only: their types say so. */
function packTypes() {
  return {
    name: 'meso-pack-types',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.isEntry)
          this.emitFile({type: 'asset', fileName: chunk.fileName.replace(/\.js$/, '.d.ts'), source: 'export {};\n'});
      }
    },
  };
}

/**
 * The parts a patient reaches only after an action, fetched on demand. In the npm build a part is a
 * module like any other (a bundler splits it). In the browser builds it is a file of its own beside
 * the bundle, `dist/parts/<name>.js` (built below, self-contained), which the bundle, the one-element
 * bundles and the loader's chunks import from their own URL; the part takes Lit from the element.
 */
const PARTS = {share: 'src/eligibility/share/share-part.ts'};
function partsBeside() {
  return {
    name: 'meso-parts-beside',
    resolveDynamicImport(specifier) {
      if (typeof specifier !== 'string') return null;
      const name = Object.keys(PARTS).find((part) => specifier.endsWith(`/${part}-part.js`));
      return name ? {id: `meso-part:${name}`, external: true} : null;
    },
  };
}
/** Where a part is, seen from a file in `dir` (`dist` or `dist/loader`): a relative URL, which the browser resolves against the importing file. */
const partPaths = (dir) => (id) => (id.startsWith('meso-part:') ? `${dir === 'dist' ? './' : '../'}parts/${id.slice('meso-part:'.length)}.js` : id);

const terserOptions = {
  ecma: 2021,
  module: true,
  compress: {passes: 3},
  format: {comments: false},
};

/**
 * The browser bundles also shorten our classes' private and protected member names (long, and
 * repeated in every method): only names that src/ reaches solely through `this.` (or through a
 * controller field), that no object key, string or Lit code uses (see scripts/private-members.mjs),
 * so public API, attributes, content keys and event data keep theirs.
 */
const members = privateMembers();
/**
 * Their short names are fixed here (`$a`, `$b`, … `$Z`, then `$_1g`, …: a `$` and a letter or `_`, a
 * property prefix nothing else in the bundles uses), not
 * chosen per file: the loader's chunks are minified one by one, and a name picked for one chunk
 * could clash with a property another chunk (Lit, in the core chunk) already uses.
 */
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const shortName = (index) => (index < LETTERS.length ? `$${LETTERS[index]}` : `$_${index.toString(36)}`);
const memberNames = () => ({props: {props: Object.fromEntries(members.map((name, index) => [`$${name}`, shortName(index)]))}});
const browserTerserOptions = () => ({
  ...terserOptions,
  // `builtins`: terser also holds back every name some DOM object has (`connected`, `save`,
  // `reportError`…); ours are checked to be read off our own objects only, so they may go too.
  mangle: {properties: {builtins: true, regex: new RegExp(`^(?:${members.join('|')})$`)}},
  nameCache: memberNames(),
});

export default [
  // npm build: ES modules with Lit left as a dependency, plus .d.ts files.
  {
    input: entries,
    // dist/react.js gets its 'use client' back from `banner` below.
    onwarn: (warning, warn) => (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use client"') ? undefined : warn(warning)),
    // `#meso-react-ssr` stays a bare import: package.json `imports` picks the Node or the browser file.
    external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^parse5$/, /^uqr$/, /^node:/, /^react(\/|$)/, /^#meso-/],
    plugins: [
      nodeResolve(),
      typescript({tsconfig: './tsconfig.json', declaration: true, declarationMap: false, declarationDir: 'dist/types', outDir: 'dist'}),
      packsDirFromOutput(),
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
      // The React components are a client module for React Server Components: rollup drops
      // module-level directives, so the build writes it back at the top of dist/react.js.
      banner: (chunk) => (chunk.fileName === 'react.js' ? "'use client';" : ''),
    },
  },
  // The one-file bundle for <script type="module">: Lit inlined, minified, no bare imports. Then one
  // per element (dist/meso-eligibility.js, …) for pages that use a single widget: less to download
  // and compile. Every file defines its tags through the define guard, so mixing them is safe.
  // The loader: dist/meso-loader.js imports dist/loader/<element>-<hash>.js when its tag appears;
  // every element chunk shares dist/loader/core-<hash>.js (Lit and the shared element base).
  {
    input: {'meso-loader': 'src/loader.ts'},
    plugins: [
      partsBeside(),
      nodeResolve({browser: true}),
      typescript({tsconfig: './tsconfig.json', outDir: 'dist'}),
      minifyCssLiterals(),
      minifyHtmlLiterals(),
      terser(browserTerserOptions()),
      packTypes(),
    ],
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      // Only the element chunks (dist/loader/) import a part.
      paths: partPaths('dist/loader'),
      // Rollup puts what every element uses (Lit, the element base) in one chunk: call it core.
      chunkFileNames: ({name}) => `loader/${['eligibility', 'aftercare', 'vs-filler'].includes(name) ? name : 'core'}-[hash].js`,
      // Lit and everything in src/shared form the one core chunk: each page fetches two files at most.
      // The privacy line (src/logic/privacy.ts) and the punctuation joins (src/logic/punctuation.ts) are
      // shared by two elements: in the core, not files of their own.
      manualChunks: (id) =>
        /node_modules|\/src\/shared\/|\/src\/content\/en\/common\.ts$|\/src\/logic\/(privacy|punctuation)\.ts$/.test(id) ? 'core' : undefined,
    },
  },
  ...Object.entries(browserBundles()).map(([name, input]) => ({
    input,
    // Lit's `css` and `html` tags build values and change nothing: styles and templates no element uses are dropped.
    treeshake: {manualPureFunctions: ['css', 'html', 'unsafeCSS']},
    plugins: [
      partsBeside(),
      nodeResolve({browser: true}),
      typescript({tsconfig: './tsconfig.json', outDir: 'dist'}),
      minifyCssLiterals(),
      minifyHtmlLiterals(),
      packsDirFromOutput(),
      terser(browserTerserOptions()),
      // Module sizes of the one-file bundle (minified bytes, through the source map), for BENCHMARKS.md:
      // `node scripts/module-sizes.mjs` after the build.
      name === 'meso-widgets' && visualizer({filename: 'reports/meso-widgets.stats.json', template: 'raw-data', sourcemap: true, gzipSize: true, brotliSize: true}),
    ],
    output: {file: `dist/${name}.js`, format: 'es', sourcemap: true, paths: partPaths('dist')},
  })),
  // One self-contained file per part (see PARTS): no Lit (the element passes its own), minified.
  ...Object.entries(PARTS).map(([name, input]) => ({
    input,
    plugins: [nodeResolve({browser: true}), typescript({tsconfig: './tsconfig.json', outDir: 'dist/parts'}), minifyHtmlLiterals(), terser(terserOptions), packTypes()],
    output: {file: `dist/parts/${name}.js`, format: 'es', sourcemap: true},
  })),
  // One self-contained file per translation pack (content + one registration call, no Lit): the
  // bundles import it on demand from their own URL, and npm users import it as
  // `meso-widgets/locales/<tag>`. A French page fetches dist/locales/fr.js and nothing else.
  ...packs.map((tag) => ({
    input: `src/locales/${tag}.ts`,
    plugins: [typescript({tsconfig: './tsconfig.json', outDir: 'dist/locales'}), terser(terserOptions), packTypes()],
    output: {file: `dist/locales/${tag}.js`, format: 'es', sourcemap: true},
  })),
];
