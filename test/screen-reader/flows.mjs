// The flows a real screen reader (GNOME Orca, in Firefox ESR) goes through by keyboard, each on
// its own clinic page that loads the built bundle. Each flow's transcript is committed in
// transcripts/<id>.txt. How to add a flow: README.md beside this file.
//
// Keys are xdotool key names: Tab, shift+Tab, Return, space, Down, Up, Escape; Orca's own:
// KP_Add ("say all"), KP_Enter ("where am I"), Insert+a (browse/focus mode); in browse mode the
// single letters move by element (h heading, t table, k link, f form field). `Tab*4` presses Tab
// four times; `{type: '1030'}` types text. Each step is `[what the patient does, ...keys]`.

/** The clinic pages' own text, per language: a heading above the widget, as clinics have. */
const PAGE = {
  en: {h1: 'Mesotherapy at Bright Skin Clinic'},
  ar: {h1: 'الميزوثيرابي في عيادة برايت سكين'},
};

const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A clinic page: the bundle's one script tag, a heading, the widget tag in `<main>`. */
export function renderPage(flow) {
  const {lang} = flow;
  return `<!doctype html>
<html lang="${lang}"${lang === 'ar' ? ' dir="rtl"' : ''}>
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>${escapeText(flow.title)}</title>
    <script type="module" src="/dist/meso-widgets.js"></script>
  </head>
  <body>
    <main>
      <h1>${escapeText(PAGE[lang].h1)}</h1>
      ${flow.widget}
    </main>
  </body>
</html>
`;
}

const CLINIC = 'clinic-name="Bright Skin Clinic" clinic-phone="+44 20 7946 0000"';
const BOOKING = 'booking-url="https://bright-skin.example/book"';
/**
 * The clock of the aftercare pages is frozen, so the plan's times never change. The treatment
 * time is typed as 8 September, 9:07 AM: each part's first digit completes it (9, 8, 9, 7), as no
 * other value starts with it. Firefox's date and time fields wait for a second digit after a "1"
 * and drop it when it comes more than a second later, which a busy machine can take ("11" became "01").
 */
const NOW = 'now="2026-09-09T12:00"';

/**
 * Types a number one digit a key, as a person does, each heard out before the next. Typed in one
 * burst, what Orca said was a race: Firefox's year field has a value text ("0002") but no numeric
 * value (always 0), so Orca speaks only the first value change after focus arrives, reading the
 * field's text when it handles that event: "0002", "2026" or nothing, run to run. One digit a key,
 * it is "0002" after the first digit and nothing after the others, every time.
 */
const digits = (number) => [...number].map((digit) => ({type: digit}));

/** The health questions in the order they are asked. */
const QUESTIONS = ['adult', 'pregnant', 'breastfeeding', 'bleeding', 'immune', 'skin', 'allergy', 'conditions', 'heart-stroke'];

/**
 * Keys that answer one radio group from the control before it, as an Orca user does: Tab into
 * the group (its first radio, "Yes", when none is chosen) and Space for Yes; for the others,
 * Insert+a into focus mode (in browse mode Orca keeps the arrow keys) and Down once or twice.
 */
const answer = (choice) => ['Tab', ...{yes: ['space'], no: ['Insert+a', 'Down'], unsure: ['Insert+a', 'Down', 'Down']}[choice]];

/** The self-check in the list layout to an outcome: goals, every question on one page, check, result. */
function listToOutcome(answers, goalKeys = ['Tab', 'space', 'Tab*4']) {
  return [
    ['Start the self-check', 'Tab', 'Return'],
    ['Choose a goal and continue', ...goalKeys, 'Return'],
    ...QUESTIONS.map((id) => [`Answer "${id}": ${answers[id] ?? 'no'}`, ...answer(answers[id] ?? 'no')]),
    ['Continue to check your answers', 'Tab', 'Return'],
    ['Go through the answers and confirm', 'Tab*11', 'Return'],
    ['Read the result from its heading ("say all")', 'KP_Add'],
  ];
}

/** One flow in each of the widget's languages; ids end in `.en`, `.ar`. */
const inLanguages = (langs, flow) =>
  langs.map((lang) => ({...flow, id: `${flow.id}.${lang}`, lang, title: `${flow.title} (${lang})`}));

/**
 * Every flow, in the order they run (one Firefox for all of them).
 * @type {{id: string, title: string, about: string, lang: 'en' | 'ar', widget: string, steps: (string | {type: string})[][]}[]}
 */
export const FLOWS = [
  ...inLanguages(['en', 'ar'], {
    id: 'eligibility-steps',
    title: 'Self-check, one question a step',
    about:
      'The error summary, every question (Back on the third), Change on "Check your answers", the "not now" result read in full.',
    widget: `<meso-eligibility ${CLINIC} ${BOOKING}></meso-eligibility>`,
    steps: [
      ['Start the self-check', 'Tab', 'Return'],
      ['Continue without choosing a goal', 'Tab*5', 'Return'],
      ['Follow the error to the goals', 'Tab', 'Return'],
      ['Choose a goal and continue', 'space', 'Tab*4', 'Return'],
      ['Answer "Are you 18 or over?": Yes', ...answer('yes'), 'Tab', 'Return'],
      ['Answer "pregnant": No', ...answer('no'), 'Tab', 'Return'],
      ['Go Back to "pregnant", hear the answer kept, continue', 'shift+Tab', 'Return', 'Tab', 'Tab', 'Return'],
      ...QUESTIONS.slice(2).map((id) => [`Answer "${id}": No`, ...answer('no'), 'Tab', 'Return']),
      ['On "Check your answers", Change the pregnancy answer', 'Tab*3', 'Return'],
      ['Answer Yes instead, and come back to the answers', 'Tab', 'Insert+a', 'Up', 'Tab', 'Return'],
      ['Go through the answers and confirm', 'Tab*11', 'Return'],
      ['Read the result from its heading ("say all")', 'KP_Add'],
      ['The result\'s actions', 'Tab*2'],
    ],
  }),
  ...inLanguages(['en', 'ar'], {
    id: 'eligibility-list-no-concerns',
    title: 'Self-check, all questions on one page',
    about: 'The list layout: the error summary of every unanswered question, then "no concerns" and the booking link.',
    widget: `<meso-eligibility layout="list" ${CLINIC} ${BOOKING}></meso-eligibility>`,
    steps: [
      ['Start the self-check', 'Tab', 'Return'],
      ['Choose two goals and continue', 'Tab', 'space', 'Tab', 'space', 'Tab*3', 'Return'],
      ['Continue without answering', 'Tab*10', 'Return'],
      ['Follow the first error to its question', 'Tab', 'Return'],
      ['Answer "adult": Yes', 'space'],
      ...QUESTIONS.slice(1).map((id) => [`Answer "${id}": No`, ...answer('no')]),
      ['Continue to check your answers', 'Tab', 'Return'],
      ['Go through the answers and confirm', 'Tab*11', 'Return'],
      ['Read the result from its heading ("say all")', 'KP_Add'],
      ['The result\'s actions', 'Tab*3'],
    ],
  }),
  {
    id: 'eligibility-list-not-recommended.en',
    lang: 'en',
    title: 'Self-check: not recommended',
    about: 'The list layout to "not recommended": a blood thinner, with the warning about prescribed medicine.',
    widget: `<meso-eligibility layout="list" ${CLINIC} ${BOOKING}></meso-eligibility>`,
    steps: [...listToOutcome({adult: 'yes', bleeding: 'yes'}), ['The result\'s actions', 'Tab*2']],
  },
  {
    id: 'eligibility-list-ask-doctor.en',
    lang: 'en',
    title: 'Self-check: ask a doctor',
    about: 'The list layout to "ask a doctor first": not sure about a medical condition.',
    widget: `<meso-eligibility layout="list" ${CLINIC} ${BOOKING} consultation-url="https://bright-skin.example/consultation"></meso-eligibility>`,
    steps: [...listToOutcome({adult: 'yes', conditions: 'unsure'}), ['The result\'s actions', 'Tab*3']],
  },
  ...inLanguages(['en', 'ar'], {
    id: 'aftercare',
    title: 'Aftercare plan',
    about:
      'Entering the treatment time (an error first), the plan read in full, the calendar file, Change treatment time with Escape, then a new time.',
    widget: `<meso-aftercare ${NOW} ${CLINIC}></meso-aftercare>`,
    steps: [
      ['Go to the form', 'Tab'],
      ['Show my plan with no date', 'Tab*7', 'Return'],
      ['Follow the error to the date', 'Tab', 'Return'],
      ['Enter the date', {type: '9'}, {type: '8'}, ...digits('2026')],
      ['Enter the time', 'Tab*2', {type: '9'}, {type: '7'}, {type: 'A'}],
      ['Show my plan', 'Tab', 'Return'],
      ['Read the plan from the timeline ("say all")', 'KP_Add'],
      ['Add to calendar', 'Tab', 'Return'],
      ['Change treatment time, then leave with Escape', 'Tab*3', 'Return', 'Escape'],
      ['Change treatment time to a later one', 'Return', 'Tab*4', {type: '4'}, {type: '8'}, {type: 'P'}, 'Tab', 'Return'],
    ],
  }),
  ...inLanguages(['en', 'ar'], {
    id: 'vs-filler',
    title: 'Mesotherapy or fillers',
    about: 'The comparison table in browse mode ("say all" from the table), then the decision helper and a "Compare" link.',
    widget: `<meso-vs-filler ${CLINIC} ${BOOKING}></meso-vs-filler>`,
    steps: [
      ['Move to the table (t) and read it ("say all")', 't', 'KP_Add'],
      ['Tick a concern', 'Tab', 'space'],
      ['Tick a second concern', 'Tab', 'space'],
      ['Choose how noticeable', 'Tab*7', 'Insert+a', 'Down'],
      ['Follow the first "Compare" link', 'Tab', 'Return'],
    ],
  }),
];
