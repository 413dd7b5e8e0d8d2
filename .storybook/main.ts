import type {StorybookConfig} from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';

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
