import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import '../src/aftercare.js';
import type {MesoAftercare} from '../src/aftercare.js';
import {clickThrough, widget} from './drive.js';
import {themeOf} from './theme.js';

interface Args {
  'treated-at': string;
  now: string;
  theme: 'light' | 'dark' | 'auto';
  'heading-level': number;
  'clinic-name': string;
  'clinic-phone': string;
  remember: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/meso-aftercare',
  component: 'meso-aftercare',
  args: {
    'treated-at': '',
    now: '2026-11-25T18:00',
    theme: 'light',
    'heading-level': 2,
    'clinic-name': 'Bright Skin Clinic',
    'clinic-phone': '+44 20 7946 0000',
    remember: false,
  },
  argTypes: {
    'treated-at': {control: 'text', description: 'ISO 8601 treatment time'},
    now: {control: 'text', description: 'A fixed clock for the preview (ISO 8601); empty for the real time'},
    theme: {control: 'inline-radio', options: ['light', 'dark', 'auto']},
    'heading-level': {control: {type: 'number', min: 1, max: 6}},
  },
  parameters: {actions: {handles: ['meso-aftercare-plan', 'meso-aftercare-calendar', 'meso-config-error']}},
  render: (args, context) => html`<meso-aftercare
    treated-at=${args['treated-at'] || nothing}
    now=${args.now || nothing}
    theme=${themeOf(args, context)}
    heading-level=${args['heading-level']}
    clinic-name=${args['clinic-name'] || nothing}
    clinic-phone=${args['clinic-phone'] || nothing}
    ?remember=${args.remember}
  ></meso-aftercare>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The guide: no treatment time yet. */
export const Guide: Story = {};

/** Without a clinic phone number. */
export const GuideWithoutPhone: Story = {args: {'clinic-phone': ''}};

/** The timeline two hours after treatment: everything still in force. */
export const TwoHoursAfter: Story = {args: {'treated-at': '2026-11-25T16:00', now: '2026-11-25T18:00'}};

/** The timeline the next evening: makeup is fine again. */
export const NextDay: Story = {args: {'treated-at': '2026-11-24T10:30', now: '2026-11-25T18:00'}};

/** The timeline after four days: every timed item is done. */
export const FourDaysAfter: Story = {args: {'treated-at': '2026-11-21T10:30', now: '2026-11-25T18:00'}};

/** A treatment booked for next week: the plan is labelled as planned. */
export const PlannedTreatment: Story = {args: {'treated-at': '2026-12-02T09:00', now: '2026-11-25T18:00'}};

/** An unreadable treated-at: an inline message and the plain guide. */
export const InvalidTreatedAt: Story = {args: {'treated-at': 'next tuesday'}};

/** The treatment time entered in the widget. */
export const EnteredByPatient: Story = {
  play: async ({canvasElement}) => {
    const el = await widget<MesoAftercare>(canvasElement, 'meso-aftercare');
    el.shadowRoot!.querySelector<HTMLInputElement>('#date')!.value = '2026-11-25';
    el.shadowRoot!.querySelector<HTMLInputElement>('#time')!.value = '09:30';
    await clickThrough(el, 'text=Show my plan');
  },
};

/** The dark theme with a timeline. */
export const Dark: Story = {args: {theme: 'dark', 'treated-at': '2026-11-24T10:30', now: '2026-11-25T18:00'}};
