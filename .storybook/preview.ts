/// <reference types="vite/client" />
import {setCustomElementsManifest, type Preview} from '@storybook/web-components-vite';
import {html} from 'lit';
import {withActions} from 'storybook/actions/decorator';
import manifest from '../custom-elements.json';
// Every translation pack, so the locale toolbar switches language at once (a page using the
// one-file bundle loads the pack it needs by itself instead).
import.meta.glob('../src/locales/*.ts', {eager: true});

/** Locales of the toolbar: English variants for date formats, then every translation pack. */
const LOCALES = [
  {value: 'en', title: 'English'},
  {value: 'en-GB', title: 'English (UK dates)'},
  {value: 'en-US', title: 'English (US dates)'},
  {value: 'fr', title: 'Français'},
  {value: 'es', title: 'Español'},
  {value: 'de', title: 'Deutsch'},
  {value: 'it', title: 'Italiano'},
  {value: 'pt-BR', title: 'Português (Brasil)'},
  {value: 'pt-PT', title: 'Português (Portugal)'},
  {value: 'ru', title: 'Русский'},
  {value: 'pl', title: 'Polski'},
  {value: 'tr', title: 'Türkçe'},
  {value: 'ar', title: 'العربية (right to left)'},
  {value: 'fa', title: 'فارسی (right to left)'},
];
/** Languages written right to left: the toolbar sets dir="rtl" with them, as a host page would. */
const RTL_LANGUAGES = new Set(['ar', 'fa']);

interface Member {
  privacy?: string;
  static?: boolean;
  name: string;
}

/** The manifest without private, protected and static members: controls show only the public API. */
function publicOnly<T>(source: T): T {
  const copy = structuredClone(source) as {modules: {declarations?: {members?: Member[]}[]}[]};
  for (const module of copy.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.members) {
        declaration.members = declaration.members.filter((member) => !member.static && !member.privacy);
      }
    }
  }
  return copy as T;
}

setCustomElementsManifest(publicOnly(manifest));

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [
    withActions,
    // Direction and locale from the toolbar, applied the way a host page would: on an ancestor.
    (story, context) => html`<div
      class="meso-story"
      data-theme=${context.globals.theme ?? 'story'}
      dir=${RTL_LANGUAGES.has(context.globals.locale) ? 'rtl' : (context.globals.dir ?? 'ltr')}
      lang=${context.globals.locale ?? 'en'}
    >
      ${story()}
    </div>`,
  ],
  globalTypes: {
    theme: {
      description: 'Colour theme of every widget (overrides the story’s own theme arg)',
      toolbar: {title: 'Theme', icon: 'contrast', items: ['story', 'light', 'dark', 'auto'], dynamicTitle: true},
    },
    dir: {
      description: 'Text direction of the host page',
      toolbar: {title: 'Direction', icon: 'transfer', items: ['ltr', 'rtl'], dynamicTitle: true},
    },
    locale: {
      description: 'lang of the host page',
      toolbar: {title: 'Locale', icon: 'globe', items: LOCALES, dynamicTitle: true},
    },
  },
  initialGlobals: {theme: 'story', dir: 'ltr', locale: 'en'},
  parameters: {
    controls: {expanded: true},
    a11y: {test: 'error'},
    viewport: {
      options: {
        w320: {name: '320 px', styles: {width: '320px', height: '640px'}},
        w375: {name: '375 px (phone)', styles: {width: '375px', height: '812px'}},
        w768: {name: '768 px (tablet)', styles: {width: '768px', height: '1024px'}},
        w1280: {name: '1280 px (desktop)', styles: {width: '1280px', height: '900px'}},
      },
    },
  },
};

export default preview;
