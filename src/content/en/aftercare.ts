import type {AftercareItemId, ItemStatus} from '../../aftercare/plan.js';
import {commonEn, type CommonContent, type PluralForms} from './common.js';

/** One "do not" item: the full instruction (starting "Do not") and a short name for the timeline. */
export interface AftercareItemContent {
  text: string;
  short: string;
}

/** A care card: its level prefix (read by screen readers), heading and what to do. */
export interface CareCardContent {
  level: string;
  heading: string;
  body: string;
  action: string;
}

/** Everything `<meso-aftercare>` says, for one locale. */
export interface AftercareContent extends CommonContent {
  heading: string;
  intro: string;
  dontHeading: string;
  items: Record<AftercareItemId, AftercareItemContent>;
  /** Extra "do not" items a clinic adds, with no fixed end. Each should start with "Do not". */
  extraDonts: string[];
  /** Item ids a clinic hides from the guide and the plan. */
  hiddenItems: string[];
  /** How long each item lasts: `{n}` hours or days, in every plural form the language needs. */
  windows: {hours: PluralForms; days: PluralForms; ongoing: string};
  doHeading: string;
  dos: string[];
  normalHeading: string;
  normal: string;
  cardsHeading: string;
  cards: Record<'non-urgent' | 'urgent' | 'emergency', CareCardContent>;
  form: {
    legend: string;
    hint: string;
    date: string;
    time: string;
    submit: string;
    error: string;
    errorPrefix: string;
  };
  invalidTreatedAt: string;
  timelineHeading: string;
  treatedOn: string;
  plannedFor: string;
  plannedNote: string;
  progressLabel: string;
  progressDone: string;
  status: Record<ItemStatus, string>;
  /** "{item}: …" lines for each status, with `{time}` where it applies. */
  timeline: Record<ItemStatus, string>;
  calendar: {button: string; name: string; eventTitle: string; filename: string};
  print: string;
  changeTime: string;
  forget: string;
}

export const aftercareEn: AftercareContent = {
  ...commonEn,
  heading: 'Your aftercare plan',
  intro:
    'Follow this after your mesotherapy treatment to help your skin heal. ' +
    'Your practitioner’s own instructions come first.',
  dontHeading: 'Do not',
  items: {
    makeup: {text: 'Do not wear makeup on the treated area.', short: 'Makeup'},
    alcohol: {text: 'Do not drink alcohol. It can make bruising and swelling worse.', short: 'Alcohol'},
    exercise: {text: 'Do not do hard exercise, workouts or running.', short: 'Hard exercise'},
    'heat-water': {text: 'Do not go swimming, or use saunas or hot tubs.', short: 'Swimming, saunas and hot tubs'},
    irritants: {
      text: 'Do not use scrubs (exfoliants), acids or other products that irritate the skin.',
      short: 'Scrubs, acids and harsh products',
    },
    massage: {
      text: 'Do not rub or massage the treated area, unless your practitioner tells you to.',
      short: 'Rubbing or massage',
    },
    sun: {
      text: 'Do not sunbathe or stay in the sun for long. Use a broad-spectrum sunscreen when you go out.',
      short: 'Sunbathing',
    },
    smoking: {text: 'Do not smoke. Smoking slows down healing.', short: 'Smoking'},
    'blood-thinners': {
      text:
        'Do not take aspirin, ibuprofen or herbal supplements that thin the blood, unless a doctor says you need them. ' +
        'Never stop a prescribed medicine without asking your doctor.',
      short: 'Aspirin, ibuprofen and blood-thinning supplements',
    },
  },
  extraDonts: [],
  hiddenItems: [],
  windows: {
    hours: {one: 'for {n} hour', other: 'for {n} hours'},
    days: {one: 'for {n} day', other: 'for {n} days'},
    ongoing: 'keep doing this',
  },
  doHeading: 'Do',
  dos: [
    'Drink plenty of water.',
    'Eat a balanced diet with plenty of nutrients.',
    'Follow your practitioner’s own aftercare instructions. They come first.',
    'Go to all your follow-up appointments.',
  ],
  normalHeading: 'What is normal',
  normal:
    'Mild soreness, swelling, redness or bruising where you were treated is normal. ' +
    'It usually gets better on its own within a few days.',
  cardsHeading: 'When to get help',
  cards: {
    'non-urgent': {
      level: 'Non-urgent advice:',
      heading: 'Contact the clinic if:',
      body: 'swelling, bruising or soreness gets worse instead of better after a few days, or you notice lumps.',
      action: 'Contact the clinic that treated you.',
    },
    urgent: {
      level: 'Urgent advice:',
      heading: 'Contact the clinic or a doctor today if:',
      body: 'you have signs of infection: spreading redness, heat, pus or a high temperature, or pain that keeps getting worse.',
      action: 'Get help today. Do not wait for it to pass.',
    },
    emergency: {
      level: 'Emergency:',
      heading: 'Call your local emergency number now if:',
      body: 'you have difficulty breathing, your face, lips or throat swell, or you have signs of a severe allergic reaction.',
      action: 'This could be a serious allergic reaction (anaphylaxis).',
    },
  },
  form: {
    legend: 'When was your treatment?',
    hint: 'Enter the date and time to see when each step ends. It stays on this device.',
    date: 'Date',
    time: 'Time',
    submit: 'Show my plan',
    error: 'Enter the date and time of your treatment',
    errorPrefix: 'Error:',
  },
  invalidTreatedAt: 'We could not read the treatment time for this plan. Here is the general aftercare guide.',
  timelineHeading: 'Your timeline',
  treatedOn: 'Treated on {time}.',
  plannedFor: 'Treatment planned for {time}.',
  plannedNote: 'This plan starts when you are treated. Nothing is in force yet.',
  progressLabel: 'Recovery window',
  progressDone: '{percent} done',
  status: {upcoming: 'Not started', active: 'Still avoid', done: 'Done', ongoing: 'Keep doing this'},
  timeline: {
    upcoming: '{item}: avoid until {time}',
    active: '{item}: avoid until {time}',
    done: '{item}: OK again since {time}',
    ongoing: '{item}: keep avoiding, with no fixed end',
  },
  calendar: {
    button: 'Add to calendar',
    name: 'Mesotherapy aftercare',
    eventTitle: '{item}: OK again',
    filename: 'mesotherapy-aftercare.ics',
  },
  print: 'Print my plan',
  changeTime: 'Change treatment time',
  forget: 'Forget my treatment time',
};
