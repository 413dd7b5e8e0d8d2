import {readFileSync} from 'node:fs';
import {dirname, resolve} from 'node:path';
import type {StorybookConfig} from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';
import type {Plugin} from 'vite';

const CONSUMER_FILE = '\0meso-consumer-file:';

/**
 * The framework guides show the consumer apps' files as text (`import code from '…/test/consumers/…?raw'`).
 * Vite would still transform a `.ts` file and look for its app's tsconfig, whose base
 * (`@vue/tsconfig`, `.nuxt/`, `.svelte-kit/`) exists only once the app is installed: serve those
 * files as plain text modules instead, so the guides build on a fresh clone.
 */
function consumerFilesAsText(): Plugin {
  return {
    name: 'meso-consumer-files-as-text',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!source.endsWith('?raw') || !source.includes('test/consumers/') || !importer) return null;
      // The id ends in `.js`, so no plugin takes it for the `.ts` or `.html` file it names.
      return `${CONSUMER_FILE}${encodeURIComponent(resolve(dirname(importer), source.slice(0, -'?raw'.length)))}.js`;
    },
    load(id) {
      if (!id.startsWith(CONSUMER_FILE)) return null;
      return `export default ${JSON.stringify(readFileSync(decodeURIComponent(id.slice(CONSUMER_FILE.length, -'.js'.length)), 'utf8'))};`;
    },
  };
}

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  framework: {name: '@storybook/web-components-vite', options: {}},
  addons: [
    // GitHub-flavoured Markdown, so the tables in the MDX guides render as tables.
    {name: '@storybook/addon-docs', options: {mdxPluginOptions: {mdxCompileOptions: {remarkPlugins: [remarkGfm]}}}},
    '@storybook/addon-a11y',
  ],
  core: {disableTelemetry: true, disableWhatsNewNotifications: true},
  // Storybook's own "get started" checklist has nothing to do with these widgets.
  features: {sidebarOnboardingChecklist: false},
  // One copy of Lit: the widgets and Storybook's web-components renderer must share it, otherwise
  // Lit warns "Multiple versions of Lit loaded" in every story. The renderer imports
  // `lit/directive-helpers.js`, which Vite did not pre-bundle with `lit`, so it loaded lit-html a
  // second time: pre-bundle every Lit entry together so they share one lit-html chunk.
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    plugins: [consumerFilesAsText(), ...(viteConfig.plugins ?? [])],
    resolve: {...viteConfig.resolve, dedupe: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element']},
    optimizeDeps: {
      ...viteConfig.optimizeDeps,
      include: [
        ...(viteConfig.optimizeDeps?.include ?? []),
        'lit',
        'lit/decorators.js',
        'lit/directive-helpers.js',
        'lit/directives/keyed.js',
        'lit/directives/live.js',
        'lit/directives/style-map.js',
        'lit/static-html.js',
      ],
    },
  }),
};

export default config;
