import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import '../src/vs-filler.js';
// The Arabic story below shows Arabic whatever the locale toolbar says.
import '../src/locales/ar.js';
import type {MesoVsFiller} from '../src/vs-filler.js';
import {clickThrough, widget} from './drive.js';
import {themeOf} from './theme.js';

interface Args {
  view: 'both' | 'compare' | 'helper';
  theme: 'light' | 'dark' | 'auto';
  'heading-level': number;
  'clinic-name': string;
  'booking-url': string;
  'clinic-phone': string;
  languages: string;
}

const meta: Meta<Args> = {
  title: 'Elements/meso-vs-filler',
  component: 'meso-vs-filler',
  args: {view: 'both', theme: 'light', 'heading-level': 2, 'clinic-name': '', 'booking-url': '', 'clinic-phone': '', languages: ''},
  argTypes: {
    view: {control: 'inline-radio', options: ['both', 'compare', 'helper']},
    theme: {control: 'inline-radio', options: ['light', 'dark', 'auto']},
    'heading-level': {control: {type: 'number', min: 1, max: 6}},
  },
  parameters: {actions: {handles: ['meso-vs-filler-recommendation', 'meso-book', 'meso-config-error']}},
  render: (args, context) => html`<meso-vs-filler
    view=${args.view}
    theme=${themeOf(args, context)}
    heading-level=${args['heading-level']}
    clinic-name=${args['clinic-name'] || nothing}
    booking-url=${args['booking-url'] || nothing}
    clinic-phone=${args['clinic-phone'] || nothing}
    languages=${args.languages || nothing}
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

const choose = (...ids: string[]): Story['play'] =>
  async ({canvasElement}) => {
    const el = await widget<MesoVsFiller>(canvasElement, 'meso-vs-filler');
    await clickThrough(el, ...ids);
  };

/** Skin-quality goals: mesotherapy. */
export const RecommendsMesotherapy: Story = {args: {view: 'helper'}, play: choose('#concern-texture', '#concern-dullness', '#severity-mild')};

/** Volume and shape goals: dermal fillers. */
export const RecommendsFillers: Story = {args: {view: 'helper'}, play: choose('#concern-volume', '#concern-contour', '#severity-marked')};

/** Both kinds of goal, with fat: a combination, and the fat-loss caveat. */
export const RecommendsCombination: Story = {play: choose('#concern-fine-lines', '#concern-fat', '#concern-deep-lines')};

/** Lost volume only: fillers, with the rare blood-vessel risk under the suggestion. */
export const FillerCaveat: Story = {args: {view: 'helper'}, play: choose('#concern-volume')};

/** Thinning hair with lost volume: two different treatments, the blood-vessel caveat and the note that hair loss can have a medical cause. */
export const HairAndVolume: Story = {args: {view: 'helper'}, play: choose('#concern-hair', '#concern-volume')};

/** In a narrow (320 px) sidebar: the table becomes two stacked cards. */
export const NarrowContainer: Story = {
  decorators: [(story) => html`<div style="max-width: 320px">${story()}</div>`],
  play: choose('#concern-hair'),
};

/** The patient's language menu (`languages="en fr ar"`): each language in its own words; choosing one loads it and announces the switch. */
export const LanguageMenu: Story = {args: {languages: 'en fr ar'}};

/** Arabic on a left-to-right page: the widget lays itself out right to left by itself. */
export const ArabicOnLeftToRightPage: Story = {
  decorators: [(story) => html`<div dir="ltr" lang="en">${story()}</div>`],
  render: (args, context) => html`<meso-vs-filler lang="ar" theme=${themeOf(args, context)} languages="ar en"></meso-vs-filler>`,
};

/** The dark theme. */
export const Dark: Story = {args: {theme: 'dark'}, play: choose('#concern-volume')};
