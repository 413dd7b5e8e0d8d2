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
  'emergency-number': string;
  'urgent-number': string;
  sessions: string;
  'session-interval': string;
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
    'emergency-number': '',
    'urgent-number': '',
    sessions: '',
    'session-interval': '',
    remember: false,
  },
  argTypes: {
    'treated-at': {control: 'text', description: 'ISO 8601 treatment time'},
    now: {control: 'text', description: 'A fixed clock for the preview (ISO 8601); empty for the real time'},
    theme: {control: 'inline-radio', options: ['light', 'dark', 'auto']},
    'heading-level': {control: {type: 'number', min: 1, max: 6}},
    'emergency-number': {control: 'text', description: 'The emergency number the emergency card names (999, 112, 911…); empty: "your local emergency number"'},
    'urgent-number': {control: 'text', description: 'The urgent advice line the urgent card gives when the clinic cannot be reached (111…)'},
    sessions: {control: 'text', description: 'Sessions in the course, this one included (2 to 15); with session-interval'},
    'session-interval': {control: 'text', description: 'Time between sessions, ISO 8601 (P1W to P3M, e.g. P2W)'},
  },
  parameters: {actions: {handles: ['meso-aftercare-plan', 'meso-aftercare-calendar', 'meso-config-error']}},
  render: (args, context) => html`<meso-aftercare
    treated-at=${args['treated-at'] || nothing}
    now=${args.now || nothing}
    theme=${themeOf(args, context)}
    heading-level=${args['heading-level']}
    clinic-name=${args['clinic-name'] || nothing}
    clinic-phone=${args['clinic-phone'] || nothing}
    emergency-number=${args['emergency-number'] || nothing}
    urgent-number=${args['urgent-number'] || nothing}
    sessions=${args.sessions || nothing}
    session-interval=${args['session-interval'] || nothing}
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

/** The timeline the next evening: the shortest wait for make-up is over; wait longer if the skin is still sore. */
export const NextDay: Story = {args: {'treated-at': '2026-11-24T10:30', now: '2026-11-25T18:00'}};

/** The timeline after four days: every shortest wait is over; sun, smoking and painkillers still to avoid. */
export const FourDaysAfter: Story = {args: {'treated-at': '2026-11-21T10:30', now: '2026-11-25T18:00'}};

/** A treatment booked for next week: the plan is labelled as planned, and every line is a complete sentence. */
export const PlannedTreatment: Story = {args: {'treated-at': '2026-12-02T09:00', now: '2026-11-25T18:00'}};

/** A UK clinic: the emergency card says "Call 999", and the urgent card's route is NHS 111. */
export const UkNumbers: Story = {args: {'emergency-number': '999', 'urgent-number': '111'}};

/** A clinic in the EU: the emergency card says "Call 112"; no urgent number, so a local urgent care service. */
export const EuEmergencyNumber: Story = {args: {'emergency-number': '112', 'clinic-phone': ''}};

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

/** A course of six sessions two weeks apart: the next sessions' planned dates, to be confirmed, and maintenance. */
export const Course: Story = {args: {'treated-at': '2026-11-24T10:30', now: '2026-11-25T18:00', sessions: '6', 'session-interval': 'P2W'}};

const INSTAGRAM =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 330.0.0.27.106 (iPhone15,2; iOS 17_4; en_GB; en; scale=3.00; 1179x2556; 602469541)';
/** Sets what `navigator` reports (own properties over its getters); `restore()` puts it back. */
const fakeNavigator = (values: Record<string, unknown>) => {
  for (const [key, value] of Object.entries(values)) Object.defineProperty(navigator, key, {value, configurable: true});
  return () => Object.keys(values).forEach((key) => delete (navigator as unknown as Record<string, unknown>)[key]);
};
let restoreNavigator = () => {};

/**
 * Opened from a link in Instagram's in-app browser (its user agent is set for this story): no file
 * download, which fails there; the calendar links and a hint to open the page in the phone's browser.
 */
export const InAppBrowser: Story = {
  args: {'treated-at': '2026-11-24T10:30', now: '2026-11-25T18:00'},
  decorators: [
    (story) => {
      restoreNavigator = fakeNavigator({userAgent: INSTAGRAM});
      return story();
    },
  ],
  play: async () => restoreNavigator(),
};

/** "Save or share my plan" where files cannot be shared: the plan is copied, and the confirmation announced. */
export const PlanCopied: Story = {
  args: {'treated-at': '2026-11-24T10:30', now: '2026-11-25T18:00'},
  play: async ({canvasElement}) => {
    const el = await widget<MesoAftercare>(canvasElement, 'meso-aftercare');
    const restore = fakeNavigator({canShare: undefined, clipboard: {writeText: async () => {}}});
    try {
      el.shadowRoot!.querySelector<HTMLButtonElement>('.actions .share')!.click();
      for (let i = 0; i < 50 && !el.shadowRoot!.querySelector('.share-status')!.textContent; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      restore();
    }
  },
};
