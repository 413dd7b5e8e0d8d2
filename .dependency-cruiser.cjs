/**
 * The layers of `src/` and who may import whom, checked by dependency-cruiser in `npm test`
 * (`npm run lint:structure`). ARCHITECTURE.md explains them; keep the two in step.
 *
 *   top       src/*.ts entries, bundles/, classes/, loader/, locales/, ssr.ts (+ ssr/), cli.ts, react.ts
 *   element   src/eligibility/, src/aftercare/, src/vs-filler/   (class, controllers, views, styles)
 *   shared    src/shared/    (the base element, shared controllers, pieces, styles, storage, packs)
 *   logic     src/logic/     (pure functions: no Lit, no DOM)
 *   content   src/content/   (strings and facts as typed data)
 *   types     src/types/     (ids and types)
 *
 * A layer imports only the layers below it (and itself), with these limits: types import only
 * types; content imports only types and content; logic imports only types, content and logic (and
 * no package at all, so no Lit); an element never imports another element.
 */
const ELEMENTS = '(eligibility|aftercare|vs-filler)';
const TOP = '^src/([^/]+\\.ts$|bundles/|classes/|loader/|locales/|ssr/)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import circle anywhere in src/: a circle means two modules are one, or one holds what belongs in a lower layer.',
      from: {path: '^src/'},
      to: {circular: true},
    },
    {
      name: 'types-import-only-types',
      severity: 'error',
      comment: 'src/types/ holds ids and types that everything else imports: it imports nothing but other types.',
      from: {path: '^src/types/'},
      to: {pathNot: '^src/types/'},
    },
    {
      name: 'content-imports-only-types-and-content',
      severity: 'error',
      comment: 'Content is data: it depends on the types it fills in (and English, which packs extend), never on code.',
      from: {path: '^src/content/'},
      to: {pathNot: '^src/(types|content)/'},
    },
    {
      name: 'logic-imports-only-types-content-logic',
      severity: 'error',
      comment: 'Logic is pure: it runs in Node, Deno and workers, so it imports no package (no Lit), no DOM code and no element.',
      from: {path: '^src/logic/'},
      to: {pathNot: '^src/(types|content|logic)/'},
    },
    {
      name: 'shared-never-imports-an-element',
      severity: 'error',
      comment: 'src/shared/ serves every element; an element-specific need belongs in that element folder.',
      from: {path: '^src/shared/'},
      to: {path: `^src/${ELEMENTS}/`},
    },
    {
      name: 'element-never-imports-another-element',
      severity: 'error',
      comment: 'Each element stands alone; what two elements share moves to src/shared/ (or logic, content, types).',
      from: {path: `^src/${ELEMENTS}/`},
      to: {path: `^src/${ELEMENTS}/`, pathNot: '^src/$1/'},
    },
    {
      name: 'only-the-top-imports-the-top',
      severity: 'error',
      comment: 'Entries, bundles, class modules, the loader, packs, SSR, the CLI and the React wrappers sit on top: nothing below imports them.',
      from: {path: `^src/(types|content|logic|shared|${ELEMENTS})/`},
      to: {path: TOP},
    },
    {
      name: 'no-dev-dependencies-in-src',
      severity: 'error',
      comment: 'What ships may not need a package that is only a devDependency (an optional peer such as react is fine).',
      from: {path: '^src/'},
      to: {dependencyTypes: ['npm-dev'], dependencyTypesNot: ['npm-peer']},
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment: 'Every import resolves.',
      from: {path: '^src/'},
      to: {couldNotResolve: true},
    },
  ],
  options: {
    doNotFollow: {path: 'node_modules'},
    tsPreCompilationDeps: true,
    tsConfig: {fileName: 'tsconfig.json'},
    enhancedResolveOptions: {exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types']},
  },
};
