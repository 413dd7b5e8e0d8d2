import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import '../src/eligibility.js';
import type {MesoEligibility} from '../src/eligibility.js';
import {SAFE_ANSWERS, answerSteps, clickThrough, widget} from './drive.js';
import {themeOf} from './theme.js';

interface Args {
  layout: 'steps' | 'list';
  theme: 'light' | 'dark' | 'auto';
  'heading-level': number;
  'clinic-name': string;
  'booking-url': string;
  'consultation-url': string;
  'share-email': string;
  'share-url': string;
  'share-qr': boolean;
  'share-event': boolean;
  'booking-label': string;
  'clinic-phone': string;
  remember: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/meso-eligibility',
  component: 'meso-eligibility',
  args: {
    layout: 'steps',
    theme: 'light',
    'heading-level': 2,
    'clinic-name': 'Bright Skin Clinic',
    'booking-url': 'https://bright-skin.example/book',
    'consultation-url': 'https://bright-skin.example/consultation',
    'share-email': '',
    'share-url': '',
    'share-qr': false,
    'share-event': false,
    'booking-label': '',
    'clinic-phone': '+44 20 7946 0000',
    remember: false,
  },
  argTypes: {
    layout: {control: 'inline-radio', options: ['steps', 'list']},
    theme: {control: 'inline-radio', options: ['light', 'dark', 'auto']},
    'heading-level': {control: {type: 'number', min: 1, max: 6}},
  },
  parameters: {
    actions: {handles: ['meso-eligibility-step', 'meso-eligibility-result', 'meso-eligibility-share', 'meso-book', 'meso-config-error']},
  },
  render: (args, context) => html`<meso-eligibility
    layout=${args.layout}
    theme=${themeOf(args, context)}
    heading-level=${args['heading-level']}
    clinic-name=${args['clinic-name'] || nothing}
    booking-url=${args['booking-url'] || nothing}
    consultation-url=${args['consultation-url'] || nothing}
    share-email=${args['share-email'] || nothing}
    share-url=${args['share-url'] || nothing}
    ?share-qr=${args['share-qr']}
    ?share-event=${args['share-event']}
    booking-label=${args['booking-label'] || nothing}
    clinic-phone=${args['clinic-phone'] || nothing}
    ?remember=${args.remember}
  ></meso-eligibility>`,
};
export default meta;

type Story = StoryObj<Args>;
type Answers = Record<string, 'yes' | 'no' | 'unsure'>;

/** Walks the flow with the given goals and answers, up to the summary or the result. */
const reach = (goals: string[], answers: Answers | null, to: 'summary' | 'result'): Story['play'] =>
  async ({canvasElement}) => {
    const el = await widget<MesoEligibility>(canvasElement, 'meso-eligibility');
    await clickThrough(el, 'text=Start', ...goals.map((goal) => `#goal-${goal}`), 'text=Continue');
    if (answers) await clickThrough(el, ...answerSteps(answers));
    if (to === 'result') await clickThrough(el, 'text=See my result');
  };

/** The intro: what the check is, privacy, Start. */
export const Intro: Story = {};

/** The privacy line with `remember`: it adds what the device keeps and until when. */
export const IntroRemember: Story = {args: {remember: true}};

/** A health question, one per step. */
export const Question: Story = {
  play: async ({canvasElement}) => {
    const el = await widget<MesoEligibility>(canvasElement, 'meso-eligibility');
    await clickThrough(el, 'text=Start', '#goal-face', 'text=Continue', '#q-adult-yes', 'text=Continue');
  },
};

/** Continue without an answer: the error summary takes focus and links to the control. */
export const ErrorState: Story = {
  play: async ({canvasElement}) => {
    const el = await widget<MesoEligibility>(canvasElement, 'meso-eligibility');
    await clickThrough(el, 'text=Start', 'text=Continue');
  },
};

/** Check your answers, with a Change link per answer. */
export const CheckAnswers: Story = {play: reach(['face', 'body'], SAFE_ANSWERS, 'summary')};

/** Outcome: nothing the patient told us rules it out. */
export const NoConcerns: Story = {play: reach(['face'], SAFE_ANSWERS, 'result')};

/** Outcome: not recommended (blood thinners), with the medicine warning. */
export const NotRecommended: Story = {play: reach(['hair'], {...SAFE_ANSWERS, bleeding: 'yes'}, 'result')};

/** Outcome: not right now (pregnancy), with the body-fat caveats. */
export const NotNow: Story = {play: reach(['face', 'body'], {...SAFE_ANSWERS, pregnant: 'yes'}, 'result')};

/** Outcome: check with a doctor first ("Not sure"). */
export const AskDoctor: Story = {play: reach(['face'], {...SAFE_ANSWERS, conditions: 'unsure'}, 'result')};

/** "Not sure" about pregnancy: not right now, with no booking, and how to find out. */
export const NotSurePregnant: Story = {play: reach(['face'], {...SAFE_ANSWERS, pregnant: 'unsure'}, 'result')};

/** A weak immune system (a reason that may involve a medicine): the warning never to stop a prescribed medicine. */
export const MedicineWarning: Story = {play: reach(['face'], {...SAFE_ANSWERS, immune: 'yes'}, 'result')};

/** Thinning hair as a goal: the note that hair loss can have a medical cause. */
export const HairGoal: Story = {play: reach(['hair'], SAFE_ANSWERS, 'result')};

/** Weight loss as the only goal: not what mesotherapy is for. */
export const WeightLossOnly: Story = {play: reach(['weight'], SAFE_ANSWERS, 'result')};

const SHARING: Partial<Args> = {
  'share-email': 'intake@bright-skin.example',
  'share-url': 'https://bright-skin.example/intake',
  'share-qr': true,
  'share-event': true,
};

/** The clinic offers sharing: after the result, exactly what would be shared and an unticked consent box. */
export const ShareOffered: Story = {args: SHARING, play: reach(['face'], {...SAFE_ANSWERS, conditions: 'unsure'}, 'result')};

/** The patient ticked consent and showed the QR code: the channels, the code and its hint. */
export const ShareConsented: Story = {
  args: SHARING,
  play: async (context) => {
    await reach(['face'], {...SAFE_ANSWERS, conditions: 'unsure'}, 'result')!(context);
    const el = await widget<MesoEligibility>(context.canvasElement, 'meso-eligibility');
    await clickThrough(el, '#share-consent', 'text=Show them as a QR code');
  },
};

/** Every health question on one page. */
export const ListLayout: Story = {
  args: {layout: 'list'},
  play: async ({canvasElement}) => {
    const el = await widget<MesoEligibility>(canvasElement, 'meso-eligibility');
    await clickThrough(el, 'text=Start', '#goal-hair', 'text=Continue');
  },
};

/** The dark theme on a result. */
export const Dark: Story = {args: {theme: 'dark'}, play: reach(['face'], {...SAFE_ANSWERS, skin: 'yes'}, 'result')};
