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
    'heat-water': {
      text: 'Do not go swimming, or use saunas or hot tubs. Pools and hot tubs can carry germs, and heat can make swelling worse.',
      short: 'Swimming, saunas and hot tubs',
    },
    irritants: {
      text: 'Do not use scrubs (exfoliants), skin acids such as glycolic or salicylic acid, or other products that sting.',
      short: 'Scrubs, acids and harsh products',
    },
    massage: {
      text: 'Do not rub or massage the treated area, unless your practitioner tells you to.',
      short: 'Rubbing or massage',
    },
    sun: {
      text:
        'Do not sunbathe or stay in the sun for long. The treated skin can burn and get dark patches more easily. ' +
        'When you go out, use sunscreen of SPF 30 or more that also protects against UVA (broad-spectrum).',
      short: 'Sunbathing',
    },
    smoking: {text: 'Do not smoke. Smoking slows down healing.', short: 'Smoking'},
    'blood-thinners': {
      text:
        'Do not take aspirin or ibuprofen for pain, or herbal supplements that thin the blood. ' +
        'They can make bruising and bleeding worse.',
      short: 'Aspirin or ibuprofen for pain, and blood-thinning supplements',
    },
  },
  extraDonts: [],
  hiddenItems: [],
  windows: {
    hours: {one: 'Avoid this for {n} hour.', other: 'Avoid this for {n} hours.'},
    days: {one: 'Avoid this for {n} day.', other: 'Avoid this for {n} days.'},
    atLeastHours: {one: 'Avoid this for at least {n} hour.', other: 'Avoid this for at least {n} hours.'},
    atLeastDays: {one: 'Avoid this for at least {n} day.', other: 'Avoid this for at least {n} days.'},
    noSetEnd: 'There is no set end date. Ask your practitioner how long.',
  },
  medicineWarning:
    'If your doctor told you to take aspirin or another medicine to thin your blood, keep taking it. ' +
    'Never stop a prescribed medicine without asking your doctor.',
  doHeading: 'Do',
  dos: [
    'Drink plenty of water.',
    'Eat a balanced diet with plenty of nutrients.',
    'Use a cold pack wrapped in a cloth to ease soreness and swelling.',
    'If you need a painkiller, ask a pharmacist which one to take. Paracetamol is usually fine.',
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
      signs: [
        'swelling, bruising or soreness is not getting better after a few days',
        'you notice small lumps under the skin that are not painful',
      ],
      actions: ['Contact the clinic that treated you.'],
    },
    urgent: {
      level: 'Urgent advice:',
      heading: 'Contact the clinic or your doctor today if:',
      signs: [
        'redness spreads, or the skin feels hot or more swollen',
        'there is pus, or red, painful lumps or sores that leak, even weeks after treatment',
        'you have a high temperature, feel hot and shivery, or feel very unwell',
        'pain keeps getting worse',
      ],
      straightAway:
        'Get help straight away if the skin near the injections turns white, blue, grey or blotchy, or hurts a lot. ' +
        'Contact the clinic now. ' +
        'If you cannot reach them at once, go to a hospital emergency department.',
      actions: ['Get help today. Do not wait for it to pass.'],
      noAnswer: 'If you cannot reach them, go to an urgent care service near you today.',
      noAnswerWithNumber: 'If you cannot reach them, call {number} today.',
    },
    emergency: {
      level: 'Emergency:',
      heading: 'Call your local emergency number now if:',
      headingWithNumber: 'Call {number} now if:',
      signs: [
        'your lips, tongue, throat or face suddenly swell',
        'it is hard to breathe, or your breathing is noisy or very fast',
        'your throat feels tight, or it is hard to swallow',
        'your lips or tongue, or the skin all over your body, turn blue, grey or pale',
        'you suddenly feel very confused, sleepy or faint',
        'your sight suddenly changes, blurs or goes dark',
        'one side of your face drops, an arm feels weak, or your speech is slurred',
      ],
      actions: [
        'If you think it is a severe allergic reaction and you have an adrenaline pen (auto-injector), use it first. ' +
          'Then call, even if you start to feel better.',
        'Lie down flat. If it is hard to breathe, sit up.',
        'If it is an allergic reaction and you still feel unwell after 5 minutes, use a second pen.',
        'If someone faints and cannot be woken, call for them.',
        'If your sight changes or your face drops, call now. Tell them you had injections, and where on your body.',
        'This could be a severe allergic reaction (anaphylaxis), or a blocked blood vessel.',
      ],
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
  progressDone: '{done} of {total} finished',
  status: {upcoming: 'Not started', active: 'Still avoid', done: 'Shortest wait over', ongoing: 'Still avoid'},
  timeline: {
    upcoming: '{item}: avoid from your treatment until {time}.',
    upcomingNoEnd: '{item}: avoid from your treatment. There is no set end date. Ask your practitioner how long.',
    active: '{item}: avoid until {time}.',
    done: '{item}: the shortest wait was until {time}. Wait longer if your skin is still sore or swollen.',
    ongoing: '{item}: still avoid. There is no set end date. Ask your practitioner how long.',
  },
  calendar: {
    button: 'Add to calendar',
    name: 'Mesotherapy aftercare',
    eventTitle: '{item}: shortest wait over',
    filename: 'mesotherapy-aftercare.ics',
    linkTitle:
      'Mesotherapy aftercare: shortest waits over. Some advice still applies.',
    link: 'Add to {calendar}',
    linksLabel: 'Or add your plan to an online calendar:',
    inApp:
      'This browser may not save calendar files. Use a link below. Or open this page in your phone’s own browser, such as Safari or Chrome. Look for “Open in browser” in the menu.',
  },
  share: {
    button: 'Save or share my plan',
    title: 'My mesotherapy aftercare plan',
    copied: 'Plan copied. You can paste it into a note or a message.',
    failed: 'The plan could not be copied. Use “Print my plan” instead.',
  },
  course: {
    heading:
      'Possible dates for your next sessions',
    session:
      'Session {n} of {total}: around {date}',
    confirm:
      'These dates are only a guide. They count this treatment as your first session. They are not booked. Book or confirm each session with the clinic. Your practitioner may change how many sessions you have, or how far apart they are.',
    maintenance:
      'Any change comes slowly, over several sessions. It can take months to see. Results vary, and some people see no change. After the course, your practitioner may suggest a session now and then to keep any effect.',
    eventTitle:
      'Book or confirm: mesotherapy session {n} of {total}',
  },
  print: 'Print my plan',
  changeTime: 'Change treatment time',
  forget: 'Forget my treatment time',
};
