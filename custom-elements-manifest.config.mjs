// The Custom Elements Manifest (custom-elements.json) and everything generated from it: the
// editor data (VS Code, JetBrains) and the framework types (JSX for React/Preact, Solid, Vue,
// Svelte). The manifest describes the *package* (paths into dist/), not the source tree.
import {mkdirSync, writeFileSync} from 'node:fs';
import {jsxTypesPlugin} from '@wc-toolkit/jsx-types';
import {cemSorterPlugin} from '@wc-toolkit/cem-sorter';
import {getTsProgram, typeParserPlugin} from '@wc-toolkit/type-parser';
import {customElementJetBrainsPlugin} from 'custom-element-jet-brains-integration';
import {customElementSolidJsPlugin} from 'custom-element-solidjs-integration';
import {customElementSveltePlugin} from 'custom-element-svelte-integration';
import {customElementVsCodePlugin} from 'custom-element-vs-code-integration';
import {customElementVuejsPlugin} from 'custom-element-vuejs-integration';

const OUT = 'dist/integrations';
/** Where the generated .d.ts files (in dist/integrations/) find the element classes. */
const ELEMENT_TYPES = '../types/classes/index.js';

/** `src/eligibility/eligibility.ts` → `dist/eligibility/eligibility.js`: the file that ships. */
const shippedPath = (path) => path.replace(/^src\/(.*)\.ts$/, 'dist/$1.js');

/**
 * Makes the manifest say what a user of the package can rely on:
 * - `locales`, the static translation table, is public and listed once per element (the base
 *   class's protected instance getter of the same name is an implementation detail);
 * - attribute and property types are the unions of literals the type parser expanded
 *   (`'light' | 'dark' | 'auto'`, not the alias `Theme`), so editors offer the allowed values;
 * - every path points into dist/, which is in the tarball (type-only modules, which compile to
 *   nothing, are left out); modules come in a stable order.
 */
function truthfulManifestPlugin() {
  return {
    name: 'meso-truthful-manifest',
    packageLinkPhase({customElementsManifest}) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.customElement || !declaration.tagName) continue;
          const locales = (declaration.members ?? []).find((member) => member.name === 'locales' && member.static);
          declaration.members = (declaration.members ?? []).filter((member) => member.name !== 'locales');
          if (locales) {
            const table = /LocaleTable<\w+>/.exec(locales.default ?? '')?.[0];
            declaration.members.push({
              kind: 'field',
              name: 'locales',
              static: true,
              readonly: true,
              privacy: 'public',
              type: {text: table ?? locales.type?.text ?? 'LocaleTable'},
              description: locales.description,
            });
          }
          for (const item of [...(declaration.attributes ?? []), ...(declaration.members ?? [])]) {
            if (item.parsedType?.text && item.type) item.type = {text: item.parsedType.text};
            delete item.parsedType;
          }
        }
      }
      const rewrite = (node) => {
        if (Array.isArray(node)) return node.forEach(rewrite);
        if (!node || typeof node !== 'object') return;
        for (const [key, value] of Object.entries(node)) {
          if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = shippedPath(value);
          else rewrite(value);
        }
      };
      rewrite(customElementsManifest.modules);
      // A module of types only (interfaces) compiles to no JavaScript file: leave it out.
      customElementsManifest.modules = customElementsManifest.modules.filter((mod) => mod.declarations?.length || mod.exports?.length);
      // The analyzer reads files concurrently: sort so that two builds write the same manifest.
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

/**
 * The elements declare Lit's reactive properties in `static properties` (no decorators: smaller
 * bundles). The analyzer reads attributes from there but takes internal state (`{state: true}`)
 * for attributes too: this drops those, and the `properties` table itself, so the manifest lists
 * only the attributes a page can set, as it did with `@property`/`@state`.
 */
function litStaticPropertiesPlugin() {
  const classes = new Map();
  const isTrue = (ts, node) => node.kind === ts.SyntaxKind.TrueKeyword;
  return {
    name: 'meso-lit-static-properties',
    analyzePhase({ts, node}) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        if (!ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties' || !member.initializer) continue;
        if (!ts.isObjectLiteralExpression(member.initializer)) continue;
        const entry = {states: new Set(), props: new Set()};
        for (const prop of member.initializer.properties) {
          if (!ts.isPropertyAssignment(prop)) continue;
          const name = prop.name.getText();
          entry.props.add(name);
          const options = prop.initializer;
          if (ts.isObjectLiteralExpression(options) && options.properties.some((o) => ts.isPropertyAssignment(o) && o.name.getText() === 'state' && isTrue(ts, o.initializer)))
            entry.states.add(name);
        }
        classes.set(node.name.getText(), entry);
      }
    },
    moduleLinkPhase({moduleDoc}) {
      for (const declaration of moduleDoc.declarations ?? []) {
        const entry = classes.get(declaration.name);
        if (!entry) continue;
        declaration.attributes = (declaration.attributes ?? []).filter((attribute) => !entry.states.has(attribute.fieldName ?? attribute.name));
        if (!declaration.attributes.length) delete declaration.attributes;
        declaration.members = (declaration.members ?? []).filter((member) => !(member.static && member.name === 'properties'));
        for (const member of declaration.members) {
          if (entry.states.has(member.name)) delete member.attribute;
          if (entry.props.has(member.name) && member.privacy === 'public') delete member.privacy;
        }
      }
    },
  };
}

/*
 * The type parser warns about every object-typed JavaScript property it leaves as written
 * (`rules`, `answers`, `durations`…): those have no attribute, and their TypeScript type is the
 * right documentation. Only that expected notice is dropped (this config runs in the analyzer's
 * own process); any other warning still prints.
 */
const warn = console.warn.bind(console);
console.warn = (...parts) => {
  if (!parts.some((part) => typeof part === 'string' && part.startsWith('[type-parser] - Skipped parsing type'))) warn(...parts);
};

/**
 * The generators give element prop types; these few lines plug them into each JSX library's
 * `IntrinsicElements` (React 19 and Preact read `react`/`preact`, Solid reads `solid-js`), so an
 * app needs one `import type {} from 'meso-widgets/jsx/react'` (or a tsconfig `types` entry).
 */
function jsxGluePlugin() {
  const glue = (module, from, type) =>
    `// Generated by custom-elements-manifest.config.mjs: the three tags in ${module}'s JSX.\n` +
    `import type {${type}} from './${from}';\n\n` +
    `declare module '${module}' {\n  namespace JSX {\n    interface IntrinsicElements extends ${type} {}\n  }\n}\n`;
  return {
    name: 'meso-jsx-glue',
    packageLinkPhase() {
      mkdirSync(OUT, {recursive: true});
      writeFileSync(`${OUT}/react.d.ts`, glue('react', 'jsx.js', 'CustomElements'));
      writeFileSync(`${OUT}/preact.d.ts`, glue('preact', 'jsx.js', 'CustomElements'));
      writeFileSync(`${OUT}/solid-jsx.d.ts`, glue('solid-js', 'solid.js', 'CustomElements'));
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // Translation packs are bundled whole into dist/locales/<tag>.js, and the source records are read only
  // by the content tests and the review sheet: none of those source modules ship on their own. The
  // logic barrels (src/logic/<element>/index.ts) only re-export, so the build folds them into the entries.
  exclude: ['src/logic/*/index.ts', 'src/**/*.styles.ts', 'src/react.ts', 'src/content/{fr,es,de,it,pt-BR,ar}/**', 'src/locales/**', 'src/content/sources.ts', 'src/loader/**', 'src/bundles/**'],
  outdir: '.',
  litelement: true,
  // The type parser needs the type checker to expand aliases such as `Theme`.
  overrideModuleCreation({ts, globs}) {
    const program = getTsProgram(ts, globs, 'tsconfig.json');
    return program.getSourceFiles().filter((sf) => globs.find((glob) => sf.fileName.includes(glob)));
  },
  plugins: [
    typeParserPlugin(),
    litStaticPropertiesPlugin(),
    truthfulManifestPlugin(),
    cemSorterPlugin({outdir: null, fileName: null, hideLogs: true}),
    jsxTypesPlugin({outdir: OUT, fileName: 'jsx.d.ts', globalTypePath: ELEMENT_TYPES, stronglyTypedEvents: true, hideLogs: true}),
    customElementSolidJsPlugin({outdir: OUT, fileName: 'solid.d.ts', globalTypePath: ELEMENT_TYPES, hideLogs: true}),
    customElementSveltePlugin({outdir: OUT, fileName: 'svelte.d.ts', globalTypePath: ELEMENT_TYPES, hideLogs: true}),
    customElementVuejsPlugin({outdir: OUT, fileName: 'vue.d.ts', globalTypePath: ELEMENT_TYPES, hideLogs: true}),
    customElementVsCodePlugin({
      outdir: OUT,
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      hideLogs: true,
    }),
    jsxGluePlugin(),
    customElementJetBrainsPlugin({outdir: OUT, webTypesFileName: 'web-types.json', packageJson: false, hideLogs: true}),
  ],
};
