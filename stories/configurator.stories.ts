import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import './configurator.js';

const meta: Meta = {
  title: 'Guides/Embed configurator',
  parameters: {layout: 'fullscreen'},
  tags: ['!autodocs'],
};
export default meta;

/** Choose an element, set its attributes and brand colour, see it live, and copy the HTML snippet. */
export const Configurator: StoryObj = {
  render: () => html`<meso-embed-configurator></meso-embed-configurator>`,
};
