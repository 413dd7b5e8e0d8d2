import {commonEn} from './common.js';
import {type AftercareContent} from '../../types/aftercare.js';

export const aftercareEn: AftercareContent = {
  ...commonEn,
  heading: 'Your aftercare plan',
  intro:
    'Follow this after your mesotherapy treatment to help your skin heal. ' +
    'Your practitioner’s own instructions come first.',
  dontHeading: 'Do not',
  items: {
    makeup: {text: 'Do not wear make-up on the treated area.', short: 'Make-up'},
    alcohol: {text: 'Do not drink alcohol. It can make bruising and swelling worse.', short: 'Alcohol'},
    exercise: {
      text: 'Do not do hard exercise, workouts or running. They can make swelling worse.',
      short: 'Hard exercise',
    },
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
      text:
        'Do not sunbathe or stay in the sun for long. The treated skin can burn and get dark patches more easily. ' +
        'Use a broad-spectrum sunscreen when you go out.',
      short: 'Sunbathing',
    },
    smoking: {text: 'Do not smoke. Smoking slows down healing.', short: 'Smoking'},
    'blood-thinners': {
      text:
        'Do not take aspirin, ibuprofen or herbal supplements that thin the blood, unless your doctor says you need them. ' +
        'Never stop a prescribed medicine without asking your doctor.',
      short: 'Aspirin, ibuprofen and blood-thinning supplements',
    },
  },
  extraDonts: [],
  hiddenItems: [],
  windows: {
    hours: {one: 'Avoid this for {n} hour.', other: 'Avoid this for {n} hours.'},
    days: {one: 'Avoid this for {n} day.', other: 'Avoid this for {n} days.'},
    atLeastHours: {one: 'Avoid this for at least {n} hour.', other: 'Avoid this for at least {n} hours.'},
    atLeastDays: {one: 'Avoid this for at least {n} day.', other: 'Avoid this for at least {n} days.'},
    noSetEnd: 'There is no set time. Ask your practitioner how long. For medicines, ask your doctor.',
  },
  doHeading: 'Do',
  dos: [
    'Drink plenty of water.',
    'Eat a balanced diet with plenty of nutrients.',
    'Follow your practitioner’s own aftercare instructions. They come first.',
    'Go to all your follow-up appointments, so your practitioner can check how you are healing.',
  ],
  normalHeading: 'What is normal',
  normal:
    'Mild soreness, swelling, redness, itching or bruising where you were treated is normal. ' +
    'It usually gets better on its own within a few days.',
  cardsHeading: 'When to get help',
  cards: {
    'non-urgent': {
      level: 'Non-urgent advice:',
      heading: 'Contact the clinic if:',
      body: 'swelling, bruising or soreness is not getting better after a few days, or you notice lumps.',
      action: 'Contact the clinic that treated you.',
    },
    urgent: {
      level: 'Urgent advice:',
      heading: 'Contact the clinic or your doctor today if:',
      body:
        'you have signs of infection. These include spreading redness, heat, pus or a high temperature. ' +
        'Pain that keeps getting worse is also a sign.',
      action: 'Get help today. Do not wait for it to pass.',
    },
    emergency: {
      level: 'Emergency:',
      heading: 'Call your local emergency number now if:',
      body: 'your lips, tongue or throat suddenly swell, or you struggle to breathe or swallow, or feel faint.',
      action: 'This could be a severe allergic reaction (anaphylaxis).',
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
    summaryTitle: 'There is a problem',
    cancel: 'Cancel',
  },
  invalidTreatedAt: 'We could not read the treatment time for this plan. Here is the general aftercare guide.',
  timelineHeading: 'Your timeline',
  treatedOn: 'Treated on {time}.',
  plannedFor: 'Treatment planned for {time}.',
  plannedNote: 'The times below start from your treatment.',
  progressLabel: 'Timed steps',
  progressDone: '{percent} of the timed steps done',
  status: {upcoming: 'Not started', active: 'Still avoid', done: 'Done', ongoing: 'No set end'},
  timeline: {
    upcoming: '{item}: avoid until {time}',
    active: '{item}: avoid until {time}',
    done: '{item}: OK again since {time}',
    ongoing: '{item}: no set end. Ask your practitioner how long. For medicines, ask your doctor.',
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
