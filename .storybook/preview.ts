import {setCustomElementsManifest, type Preview} from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: {expanded: true, sort: 'requiredFirst'},
    a11y: {test: 'error'},
    actions: {argTypesRegex: undefined},
  },
};

export default preview;
