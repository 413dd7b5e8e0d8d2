import {setCustomElementsManifest, type Preview} from '@storybook/web-components-vite';
import {html} from 'lit';
import {withActions} from 'storybook/actions/decorator';
import manifest from '../custom-elements.json';

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
      dir=${context.globals.dir ?? 'ltr'}
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
      toolbar: {title: 'Locale', icon: 'globe', items: ['en', 'en-GB', 'en-US'], dynamicTitle: true},
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
