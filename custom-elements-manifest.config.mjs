// The Custom Elements Manifest (custom-elements.json) and everything generated from it: the
// editor data (VS Code, JetBrains) and the framework types (JSX for React/Preact, Solid, Vue,
// Svelte). The manifest describes the *package* (paths into dist/), not the source tree.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
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
 *
 * `jsx.d.ts` itself is left as plain types (`CustomElements`, `MesoAftercareProps`, …): the module
 * augmentations the generator appends for a dozen JSX libraries are cut, because they would clash
 * with React's own typing below and name modules (Qwik, Stencil…) an app may not have.
 *
 * React gets its own typing, true to what React 19 does with a custom element:
 * - `ref` takes a `useRef` object or a callback (React's `Ref<MesoAftercare>`), and the rest of
 *   React's props apply (`key`, `className`, `style` with the `--meso-*` properties, `children`
 *   for a JSON block, `suppressHydrationWarning`, DOM event handlers);
 * - attributes are written as in HTML (`booking-url`), because a server renders props as
 *   attributes: a camelCase prop that stands for an attribute (`bookingUrl`) is left out, while
 *   object properties without an attribute (`content`, `durations`, `rules`) stay;
 * - each `meso-*` event is an `onmeso-…` prop whose handler gets the typed event.
 *
 * Svelte 5 gets the same props in `svelte/elements` (`SvelteHTMLElements`), with Svelte's own.
 */
function jsxGluePlugin() {
  const glue = (module, from, type) =>
    `// Generated by custom-elements-manifest.config.mjs: the three tags in ${module}'s JSX.\n` +
    `import type {${type}} from './${from}';\n\n` +
    `declare module '${module}' {\n  namespace JSX {\n    interface IntrinsicElements extends ${type} {}\n  }\n}\n`;
  const pascal = (name) => name.replace(/(^|-)(\w)/g, (_, __, letter) => letter.toUpperCase());
  /** Each tag's own props for a JSX-like template language: attributes as in HTML, objects, `onmeso-…` events. */
  const tagEntries = (elements, wrap, indent) =>
    elements.map((element) => {
      const camel = (element.attributes ?? []).filter((attribute) => attribute.fieldName && attribute.fieldName !== attribute.name).map((attribute) => `'${attribute.fieldName}'`);
      const props = camel.length ? `Omit<${element.name}Props, ${camel.sort().join(' | ')}>` : `${element.name}Props`;
      const summary = (element.summary ?? element.description ?? '').split('\n')[0].replace(/\*\//g, '*\\/');
      return `${indent}/** \`<${element.tagName}>\`: ${summary} */\n${indent}'${element.tagName}': ${wrap}<${element.name}, ${props}>;`;
    });
  const imports = (elements) => {
    const names = elements.map((element) => element.name);
    return (
      `import type {CustomCssProperties, ${names.map((name) => `${name}Props`).join(', ')}} from './jsx.js';\n` +
      `import type {${names.join(', ')}} from '${ELEMENT_TYPES}';\n\n`
    );
  };
  const reactGlue = (elements) =>
    `// Generated by custom-elements-manifest.config.mjs: the three tags in React's JSX (React 19).\n` +
    `import type {DetailedHTMLProps, HTMLAttributes} from 'react';\n` +
    imports(elements) +
    `/** A tag's own props, then React's (\`ref\`, \`key\`, \`className\`, \`style\`, \`children\`, DOM events…). */\n` +
    `type ReactTag<E extends HTMLElement, P> = P & DetailedHTMLProps<Omit<HTMLAttributes<E>, keyof P>, E>;\n\n` +
    `declare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n${tagEntries(elements, 'ReactTag', '      ').join('\n')}\n    }\n  }\n` +
    `  /** The widgets' CSS custom properties in \`style={{'--meso-color-accent': '#0b6670'}}\`. */\n` +
    `  interface CSSProperties extends CustomCssProperties {}\n}\n`;
  // Svelte 5 (svelte-check): events are \`onmeso-…\` attributes, objects are set as properties.
  const svelteGlue = (elements) =>
    `// Generated by custom-elements-manifest.config.mjs: the three tags in Svelte's templates (Svelte 5).\n` +
    `import type {HTMLAttributes} from 'svelte/elements';\n` +
    imports(elements).replace('CustomCssProperties, ', '') +
    `/** A tag's own props, then Svelte's (\`class\`, \`style\`, \`bind:this\`, DOM events…). */\n` +
    `type SvelteTag<E extends HTMLElement, P> = P & Omit<HTMLAttributes<E>, keyof P>;\n\n` +
    `declare module 'svelte/elements' {\n  export interface SvelteHTMLElements {\n${tagEntries(elements, 'SvelteTag', '    ').join('\n')}\n  }\n}\n`;
  return {
    name: 'meso-jsx-glue',
    packageLinkPhase({customElementsManifest}) {
      mkdirSync(OUT, {recursive: true});
      const jsxFile = `${OUT}/jsx.d.ts`;
      const jsx = readFileSync(jsxFile, 'utf8');
      const cut = jsx.indexOf('\ndeclare module "react" {');
      if (cut < 0) throw new Error(`${jsxFile}: the generator's module augmentations were not found; update meso-jsx-glue`);
      writeFileSync(jsxFile, `${jsx.slice(0, cut).trimEnd()}\n`);
      const elements = customElementsManifest.modules
        .flatMap((mod) => mod.declarations ?? [])
        .filter((declaration) => declaration.customElement && declaration.tagName)
        .sort((a, b) => a.tagName.localeCompare(b.tagName));
      for (const element of elements) {
        if (!jsx.includes(`export type ${element.name}Props = {`)) throw new Error(`${jsxFile}: no ${element.name}Props; update meso-jsx-glue`);
        if (pascal(element.tagName) !== element.name) throw new Error(`<${element.tagName}>: class ${element.name} does not match its tag`);
      }
      writeFileSync(`${OUT}/react.d.ts`, reactGlue(elements));
      // Replaces what custom-element-svelte-integration wrote: Svelte 4's `on:` events with their
      // detail wrapped twice (`CustomEvent<CustomEvent<…>>`), `bind:` objects and undeclared types.
      writeFileSync(`${OUT}/svelte.d.ts`, svelteGlue(elements));
      // custom-element-vuejs-integration wraps an event type that is already `CustomEvent<…>` once
      // more, and does not import the detail types it names. Vue's type checker reads `@meso-book`
      // as the prop `onMesoBook`: each `onmeso-…` handler gets that name too, so handlers are checked.
      const vueFile = `${OUT}/vue.d.ts`;
      const vue = readFileSync(vueFile, 'utf8')
        .replace(/CustomEvent<CustomEvent<(\w+)>>/g, 'CustomEvent<$1>')
        .replace(/^( *)"on(meso-[a-z-]+)"\?: (\(e: CustomEvent<\w+>\) => void);$/gm, (line, indent, event, type) => `${line}\n${indent}on${pascal(event)}?: ${type};`);
      const details = [...new Set([...vue.matchAll(/CustomEvent<(\w+Detail)>/g)].map((match) => match[1]))].sort();
      const classes = `from "${ELEMENT_TYPES}";`;
      if (!vue.includes(classes)) throw new Error(`${vueFile}: no import of the element classes; update meso-jsx-glue`);
      writeFileSync(vueFile, vue.replace(classes, `${classes}\nimport type { ${details.join(', ')} } ${classes}`));
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
  // The React components' and server rendering's inner modules are no public entry either.
  exclude: ['src/logic/*/index.ts', 'src/**/*.styles.ts', 'src/react.ts', 'src/react/**', 'src/ssr/**', 'src/content/{fr,es,de,it,pt-BR,pt-PT,ru,pl,tr,ar,fa}/**', 'src/locales/**', 'src/content/sources.ts', 'src/content/hazard-log.ts', 'src/loader/**', 'src/bundles/**'],
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
