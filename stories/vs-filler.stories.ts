import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import '../src/vs-filler.js';

interface Args {
  view: 'both' | 'compare' | 'helper';
  theme: 'light' | 'dark' | 'auto';
  'heading-level': number;
  'clinic-name': string;
  'booking-url': string;
  'clinic-phone': string;
}

const meta: Meta<Args> = {
  title: 'Elements/meso-vs-filler',
  component: 'meso-vs-filler',
  args: {view: 'both', theme: 'light', 'heading-level': 2, 'clinic-name': '', 'booking-url': '', 'clinic-phone': ''},
  argTypes: {
    view: {control: 'inline-radio', options: ['both', 'compare', 'helper']},
    theme: {control: 'inline-radio', options: ['light', 'dark', 'auto']},
    'heading-level': {control: {type: 'number', min: 1, max: 6}},
  },
  render: (args) => html`<meso-vs-filler
    view=${args.view}
    theme=${args.theme}
    heading-level=${args['heading-level']}
    clinic-name=${args['clinic-name'] || nothing}
    booking-url=${args['booking-url'] || nothing}
    clinic-phone=${args['clinic-phone'] || nothing}
  ></meso-vs-filler>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Both parts, with no configuration at all. */
export const Default: Story = {};

/** With a clinic name, booking link and phone. */
export const WithClinic: Story = {
  args: {'clinic-name': 'Bright Skin Clinic', 'booking-url': 'https://bright-skin.example/book', 'clinic-phone': '+44 20 7946 0000'},
};

/** Only the comparison table. */
export const CompareOnly: Story = {args: {view: 'compare'}};

/** Only the decision helper. */
export const HelperOnly: Story = {args: {view: 'helper'}};

/** The dark theme. */
export const Dark: Story = {args: {theme: 'dark'}};
