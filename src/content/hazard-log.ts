/**
 * The clinical hazard log of meso-widgets, in the shape the NHS clinical-safety standard DCB0129
 * asks for: each hazard, its cause, the harm, its severity and likelihood before and after the
 * controls, and the controls themselves (a rule, a text key or a configuration floor), each with
 * the test that proves it.
 *
 * Nothing here is bundled into the elements: the Storybook review sheet prints it, and
 * `scripts/check-hazards.mjs` (run by `npm test`) fails when a hazard has no control, when a
 * control names a rule, text key or floor that does not exist, or a test that does not exist.
 *
 * A test is named by its file and its exact title (`it('…')`); a readability gate by
 * `scripts/check-content.mjs` and the name of its group.
 */

/**
 * What the widgets are for. The README, the review sheet and the disclaimer say the same: general
 * information, not a diagnosis, and a practitioner decides.
 */
export const INTENDED_PURPOSE =
  'meso-widgets give members of the public general information about mesotherapy on a clinic’s website: ' +
  'a self-check of what could rule it out, an aftercare plan, and a comparison with dermal fillers. ' +
  'They are general information, not a diagnosis and not medical advice, and they do not decide who is treated. ' +
  'A qualified practitioner decides, at an in-person consultation.';

/** DCB0129 consequence (severity) categories, least serious first. */
export const HAZARD_SEVERITIES = ['minor', 'significant', 'considerable', 'major', 'catastrophic'] as const;
export type HazardSeverity = (typeof HAZARD_SEVERITIES)[number];

/** DCB0129 likelihood categories, least likely first. */
export const HAZARD_LIKELIHOODS = ['very low', 'low', 'medium', 'high', 'very high'] as const;
export type HazardLikelihood = (typeof HAZARD_LIKELIHOODS)[number];

/**
 * The DCB0129 risk matrix: rows by likelihood (very low to very high), columns by severity (minor
 * to catastrophic). 1 is acceptable; 5 is unacceptable.
 */
const RISK_MATRIX: readonly (readonly number[])[] = [
  [1, 1, 2, 2, 3],
  [1, 2, 2, 3, 4],
  [2, 2, 3, 3, 4],
  [2, 3, 3, 4, 5],
  [3, 4, 4, 5, 5],
];

/** The clinical risk rating (1 to 5) of a severity and a likelihood. */
export function riskRating(severity: HazardSeverity, likelihood: HazardLikelihood): number {
  return RISK_MATRIX[HAZARD_LIKELIHOODS.indexOf(likelihood)][HAZARD_SEVERITIES.indexOf(severity)];
}

/** A test that proves a control: a browser or node test by file and exact title, or a readability gate. */
export interface ControlTest {
  /** Path from the repository root, such as `test/eligibility/rules.test.ts`. */
  file: string;
  /** The test's exact title (`it('…')`), or the readability group's name in `scripts/check-content.mjs`. */
  title: string;
}

/**
 * One control.
 * - `rule`: an exported constant or function of the logic, as `name` or `name.path`
 *   (`MEDICINE_REASONS`, `DEFAULT_RULES.pregnant.unsure`).
 * - `text`: an English content key, as `element:path` (`aftercare:cards.emergency.actions[0]`).
 * - `floor`: a configuration floor, as `QUESTION_FLOORS.<question>`.
 */
export interface HazardControl {
  kind: 'rule' | 'text' | 'floor';
  ref: string;
  /** What the control does, in a sentence. */
  what: string;
  test: ControlTest;
}

export interface Hazard {
  id: string;
  /** What could go wrong, for the patient. */
  hazard: string;
  /** Why it could happen. */
  cause: string;
  /** The harm if it did. */
  harm: string;
  /** Before the controls. */
  initial: {severity: HazardSeverity; likelihood: HazardLikelihood};
  /** After the controls. */
  residual: {severity: HazardSeverity; likelihood: HazardLikelihood};
  controls: HazardControl[];
  /** The findings of the clinical read (`docs/clinical-review.md`) it answers. */
  findings: string[];
  /** Set while a hazard is still open, with what closes it. */
  open?: string;
}

const RULES = 'test/eligibility/rules.test.ts';
const CONTENT = 'test/content.test.ts';
const TIMELINE = 'test/aftercare/timeline.test.ts';
const RECOMMEND = 'test/vs-filler/recommend.test.ts';
const READABILITY = 'scripts/check-content.mjs';
const AFTERCARE = 'test/aftercare/aftercare.test.ts';
const ELIGIBILITY = 'test/eligibility/eligibility.test.ts';
const VS_FILLER = 'test/vs-filler/vs-filler.test.ts';
const CARE_NUMBERS = 'test/aftercare/care-numbers.test.ts';
const WITHOUT_SCRIPT = 'test/node/without-javascript.test.mjs';

export const HAZARD_LOG: Hazard[] = [
  {
    id: 'HAZ-01',
    hazard: 'A patient stops a prescribed blood thinner (for example aspirin after a heart stent) because the aftercare plan says to avoid aspirin.',
    cause:
      'The blood-thinner item told the patient to ask the practitioner how long to avoid aspirin, and the timeline and calendar dropped the warning never to stop a prescribed medicine.',
    harm: 'A clot, heart attack or stroke.',
    initial: {severity: 'major', likelihood: 'low'},
    residual: {severity: 'major', likelihood: 'very low'},
    controls: [
      {
        kind: 'rule',
        ref: 'MEDICINE_ITEMS',
        what: 'The blood-thinner item carries the medicine warning in the guide, every timeline state and the calendar; no other item does.',
        test: {file: TIMELINE, title: 'the blood-thinner item says to keep taking a prescribed medicine, in the guide, the timeline and the calendar'},
      },
      {
        kind: 'text',
        ref: 'aftercare:medicineWarning',
        what: '"If your doctor told you to take aspirin or another medicine to thin your blood, keep taking it. Never stop a prescribed medicine without asking your doctor."',
        test: {file: CONTENT, title: 'H1: the blood-thinner item says to keep taking a prescribed medicine, and lets the practitioner time only what is bought'},
      },
      {
        kind: 'text',
        ref: 'aftercare:items.blood-thinners.text',
        what: 'The item is about aspirin or ibuprofen taken for pain and herbal supplements, not a prescribed blood thinner.',
        test: {file: CONTENT, title: 'H1: the blood-thinner item says to keep taking a prescribed medicine, and lets the practitioner time only what is bought'},
      },
      {
        kind: 'rule',
        ref: 'timelineSentence',
        what: 'The page shows the warning with the blood-thinner item in the guide and the timeline, and with no other item.',
        test: {file: AFTERCARE, title: 'the blood-thinner item keeps the medicine warning in the guide and the timeline; no other item mentions medicines'},
      },
    ],
    findings: ['H1'],
  },
  {
    id: 'HAZ-02',
    hazard: 'A patient stops a medicine that weakens the immune system, or another prescribed medicine, to be able to have mesotherapy.',
    cause: 'The warning never to stop a prescribed medicine showed only for the blood-thinner question.',
    harm: 'A flare of the illness, or rejection of a transplant.',
    initial: {severity: 'major', likelihood: 'low'},
    residual: {severity: 'major', likelihood: 'very low'},
    controls: [
      {
        kind: 'rule',
        ref: 'MEDICINE_REASONS',
        what: 'The warning shows with every reason that may involve a medicine: blood thinners, immune, serious conditions, heart attack or stroke.',
        test: {file: RULES, title: 'goes with every reason that may involve a medicine, whatever the answer'},
      },
      {
        kind: 'rule',
        ref: 'needsMedicineWarning',
        what: 'The warning shows whatever severity a clinic sets for those questions.',
        test: {file: RULES, title: 'goes with a medicine reason at every severity a clinic may set'},
      },
      {
        kind: 'text',
        ref: 'eligibility:medicineWarning',
        what: '"Never stop a prescribed medicine without talking to your doctor first." on the result, for "Yes" and "Not sure".',
        test: {file: ELIGIBILITY, title: 'shows the medicine warning for every reason that may involve a medicine, "Not sure" too, and for no other'},
      },
    ],
    findings: ['H2'],
  },
  {
    id: 'HAZ-03',
    hazard: 'A patient who may be pregnant is offered booking.',
    cause: '"Not sure" gave "ask your doctor" with a Book button, though the question itself says "or could you be?".',
    harm: 'Exposure of an unborn baby to injected substances whose effects are not known.',
    initial: {severity: 'considerable', likelihood: 'medium'},
    residual: {severity: 'considerable', likelihood: 'very low'},
    controls: [
      {
        kind: 'rule',
        ref: 'DEFAULT_RULES.pregnant.unsure',
        what: '"Not sure" about pregnancy gives not-now: no booking.',
        test: {file: RULES, title: '"not sure" about pregnancy is not-now, with no booking: the question itself says "or could you be?"'},
      },
      {
        kind: 'floor',
        ref: 'QUESTION_FLOORS.pregnant',
        what: 'No clinic setting can lower pregnancy, or "Not sure" about it, below not-now.',
        test: {file: RULES, title: 'lets a clinic make "Not sure" stricter, and never milder than its floor'},
      },
      {
        kind: 'text',
        ref: 'eligibility:questions.pregnant.unsure',
        what: '"Do not have mesotherapy until you know you are not. A pregnancy test can tell you."',
        test: {file: CONTENT, title: 'H3: "Not sure" about pregnancy says not to have mesotherapy until she knows, and how to find out'},
      },
      {
        kind: 'rule',
        ref: 'bookingAllowed',
        what: 'The result for "Not sure" about pregnancy shows no Book button.',
        test: {file: ELIGIBILITY, title: '"Not sure" about pregnancy: not right now, no booking, and how to find out'},
      },
    ],
    findings: ['H3'],
  },
  {
    id: 'HAZ-04',
    hazard: 'A patient under 18, or not sure of being 18, is offered booking.',
    cause: '"Not sure" about age gave "ask your doctor" with a Book button; a clinic could lower the age question.',
    harm: 'A cosmetic injection given to a child.',
    initial: {severity: 'significant', likelihood: 'medium'},
    residual: {severity: 'significant', likelihood: 'very low'},
    controls: [
      {
        kind: 'rule',
        ref: 'DEFAULT_RULES.adult.unsure',
        what: '"Not sure" about age (and about breastfeeding) gives not-now: no booking.',
        test: {file: RULES, title: '"not sure" about age or breastfeeding offers no booking'},
      },
      {
        kind: 'floor',
        ref: 'QUESTION_FLOORS.adult',
        what: 'Under 18 is fixed at not-recommended.',
        test: {file: RULES, title: 'keeps age and a known ingredient allergy at not-recommended: a clinic cannot offer booking to a 16-year-old'},
      },
      {
        kind: 'text',
        ref: 'eligibility:questions.adult.unsure',
        what: '"You must be 18 or over to have this treatment here. Do not book until you know."',
        test: {file: CONTENT, title: 'the age question has its own "not sure" sentence'},
      },
    ],
    findings: ['C4', 'W2'],
  },
  {
    id: 'HAZ-05',
    hazard: 'A clinic’s rules setting offers booking to a patient who should not be treated (pregnant, breastfeeding, under 18, allergic to an ingredient).',
    cause: 'One floor ("ask a doctor") for every question let a clinic lower the article’s "should not" items to a result that allows booking.',
    harm: 'A severe allergic reaction, or exposure of a baby or a child.',
    initial: {severity: 'major', likelihood: 'low'},
    residual: {severity: 'major', likelihood: 'very low'},
    controls: [
      {
        kind: 'floor',
        ref: 'QUESTION_FLOORS.allergy',
        what: 'A known allergy to an ingredient is fixed at not-recommended; pregnancy and breastfeeding never go below not-now.',
        test: {file: RULES, title: 'keeps age and a known ingredient allergy at not-recommended: a clinic cannot offer booking to a 16-year-old'},
      },
      {
        kind: 'floor',
        ref: 'QUESTION_FLOORS.breastfeeding',
        what: 'Under any override a clinic may write, no answer gives less than its floor, and no booking where the floor forbids it.',
        test: {file: RULES, title: 'holds under any override a clinic may write: no answer ever gives less than its floor, and never booking where the floor forbids it'},
      },
      {
        kind: 'rule',
        ref: 'mergeRules',
        what: 'A setting below a floor is refused: one console.warn, one meso-config-error, and the default stays.',
        test: {
          file: ELIGIBILITY,
          title: 'refuses pregnancy at ask-doctor through the JSON block: one warning, one meso-config-error, and a pregnant patient is never offered booking',
        },
      },
      {
        kind: 'floor',
        ref: 'QUESTION_FLOORS.adult',
        what: 'Under 18 stays fixed at not-recommended whatever the rules property says.',
        test: {file: ELIGIBILITY, title: 'refuses under 18 at ask-doctor through the rules property: the default stays'},
      },
    ],
    findings: ['H4'],
  },
  {
    id: 'HAZ-06',
    hazard: 'A result contradicts itself: a reason says "Do not have mesotherapy" beside a Book button.',
    cause: 'The reason texts were written for the default severity only, and a clinic could change it.',
    harm: 'A confused patient books a treatment they should not have, or gives up one they could have.',
    initial: {severity: 'significant', likelihood: 'medium'},
    residual: {severity: 'significant', likelihood: 'very low'},
    controls: [
      {
        kind: 'text',
        ref: 'eligibility:questions.skin.reason',
        what: 'Every reason a clinic may lower to "ask a doctor" states facts true at every severity; only fixed questions say "Do not have".',
        test: {file: CONTENT, title: 'H4: every reason text is true at every severity a clinic may set: only a question fixed at not-recommended says "Do not have"'},
      },
      {
        kind: 'text',
        ref: 'eligibility:outcomes.ask-doctor.next',
        what: '"Ask your doctor about the answers listed below", where they are listed.',
        test: {file: CONTENT, title: 'C3, U1, U13: "listed below", a plain age label and a realistic step after seeing your doctor'},
      },
    ],
    findings: ['H4', 'C3', 'C5'],
  },
  {
    id: 'HAZ-07',
    hazard: 'A patient having a severe allergic reaction does not recognise it, waits, or does not use their adrenaline pen.',
    cause: 'The emergency card missed signs of anaphylaxis and the adrenaline pen, named no number, and was the hardest text to read.',
    harm: 'Death or brain injury from anaphylaxis.',
    initial: {severity: 'major', likelihood: 'low'},
    residual: {severity: 'major', likelihood: 'very low'},
    controls: [
      {
        kind: 'rule',
        ref: 'checkCareNumbers',
        what: 'The emergency card takes only 000, 112, 15, 18, 911 or 999 (`EMERGENCY_NUMBERS`): numbers that are an emergency line wherever they are used and an advice, help or information line nowhere (in a few countries 112, 911 and 999, and 15 in Pakistan, reach the police first). The check does not know the page’s country, so numbers that call an ambulance in one country and are another service elsewhere (119, 115, 118, 111, 101…) are refused, and so are other countries’ emergency numbers (997, 998, 120…), like a clinic’s line, an advice line (111, 811, 937) or any other number: one warning and one `meso-config-error`, and the card keeps “your local emergency number”, which is right everywhere. An emergency number from the list, or the clinic’s own line, given as `urgent-number` is refused too (so a swapped pair such as 111 and 999 loses both). What it leaves: a clinic whose country’s number is not on the list gets the general wording, and a number on the list set for the wrong country is not caught (999 on an Australian page; 112 or 911 where they do not connect, as in mainland China or on some Japanese networks). The README and the attribute’s description say that the widget does not check the country and to use one only if it is the emergency number where the patients are (clinical re-reads 4 to 8).',
        test: {file: CARE_NUMBERS, title: 'the emergency card names only a number on the list, the urgent card never one nor the clinic’s line (fast-check)'},
      },
      {
        kind: 'rule',
        ref: 'checkCareNumbers',
        what: 'The page, the print and the calendar file follow: neither card names a refused number.',
        test: {file: AFTERCARE, title: 'refuses for emergency-number any number not on the list, and for urgent-number an emergency number from it: a swapped pair such as 111 and 999 loses both'},
      },
      {
        kind: 'text',
        ref: 'aftercare:cards.emergency.signs',
        what: 'The signs as a short list: swelling of lips, tongue, throat or face; breathing; a tight throat; colour; confusion or faintness.',
        test: {file: TIMELINE, title: 'the emergency card lists the signs of anaphylaxis and says to use an adrenaline pen first'},
      },
      {
        kind: 'text',
        ref: 'aftercare:cards.emergency.actions[0]',
        what: 'If it may be a severe allergic reaction: use an adrenaline pen first, then call, even if starting to feel better. The pen lines say so, because adrenaline is wrong for a blocked artery or a stroke, which share the card (re-read 3).',
        test: {file: TIMELINE, title: 'the emergency card lists the signs of anaphylaxis and says to use an adrenaline pen first'},
      },
      {
        kind: 'rule',
        ref: 'careCards',
        what: 'The clinic’s emergency number when set; otherwise "your local emergency number", never a number guessed from the language.',
        test: {file: TIMELINE, title: 'without an emergency number say to call the local emergency number; nothing guesses a country'},
      },
      {
        kind: 'text',
        ref: 'aftercare:cards.emergency.headingWithNumber',
        what: 'Only a number on `EMERGENCY_NUMBERS` (000, 112, 15, 18, 911, 999) fills the heading; a clinic’s own line is refused with a warning and `meso-config-error`, so anaphylaxis is never sent to the clinic’s phone.',
        test: {file: AFTERCARE, title: 'refuses a clinic’s own line as emergency-number: the card keeps "your local emergency number"'},
      },
      {
        kind: 'rule',
        ref: 'careCards',
        what: 'The `emergency-number` attribute names the number on the page; a translated page without it names none.',
        test: {file: AFTERCARE, title: 'never guesses a country from the language: a French page without emergency-number names no number'},
      },
      {
        kind: 'text',
        ref: 'aftercare:cards.emergency.actions',
        what: 'The page shows the signs as a list and the adrenaline pen first, on a card that looks different from the urgent one.',
        test: {file: AFTERCARE, title: 'shows each care card as a heading, a list of signs and what to do; the emergency card looks different'},
      },
      {
        kind: 'text',
        ref: 'aftercare:cards.emergency.heading',
        what: 'The card reads at Flesch–Kincaid grade 5 or below, on prose only.',
        test: {file: READABILITY, title: 'emergency care card'},
      },
    ],
    findings: ['H5', 'U11'],
  },
  {
    id: 'HAZ-08',
    hazard: 'A patient with a spreading infection or a blocked blood vessel waits because the clinic and their doctor cannot be reached, or waits until later in the day.',
    cause: 'The urgent card gave no route out of hours and missed general signs of being unwell and of a blocked vessel; re-read 1 found the blocked-vessel sign on the "today" list, re-read 2 found a change in sight sent to the clinic first and the signs of a stroke missing.',
    harm: 'Sepsis, or death of skin; on the face, loss of sight or a stroke.',
    initial: {severity: 'major', likelihood: 'low'},
    residual: {severity: 'major', likelihood: 'very low'},
    controls: [
      {
        kind: 'text',
        ref: 'aftercare:cards.urgent.noAnswer',
        what: 'When the clinic and the doctor cannot be reached: a local urgent care service, or the clinic’s urgent number.',
        test: {file: TIMELINE, title: 'with the clinic’s numbers name them, on the emergency card and as the urgent card’s route'},
      },
      {
        kind: 'text',
        ref: 'aftercare:cards.urgent.noAnswerWithNumber',
        what: 'The `urgent-number` attribute on the page, and the same words in the calendar file and the print.',
        test: {file: AFTERCARE, title: 'the calendar file carries the care cards in the same words as the page, with the clinic’s numbers'},
      },
      {
        kind: 'text',
        ref: 'aftercare:cards.urgent.straightAway',
        what: 'A blocked blood vessel in the skin (skin near the injections white, blue, grey or blotchy, bad pain) needs help straight away, never "today": the clinic now, else a hospital emergency department.',
        test: {file: TIMELINE, title: 'the urgent card warns of infection weeks later and of a blocked blood vessel, with a route when the clinic cannot be reached'},
      },
      {
        kind: 'text',
        ref: 'aftercare:cards.emergency.signs[5]',
        what: 'A sudden change in sight, and (signs[6]) the signs of a stroke (face dropping, arm weakness, slurred speech), are on the emergency card: call the emergency number now, not the clinic first.',
        test: {file: TIMELINE, title: 'a sudden change in sight or a sign of a stroke is on the emergency card, in every language, and nowhere under "today"'},
      },
      {
        kind: 'text',
        ref: 'aftercare:cards.urgent.signs[2]',
        what: 'Feeling hot and shivery or very unwell is a sign for today.',
        test: {file: TIMELINE, title: 'the urgent card warns of infection weeks later and of a blocked blood vessel, with a route when the clinic cannot be reached'},
      },
      {
        kind: 'text',
        ref: 'aftercare:cards.urgent.heading',
        what: 'The card reads at Flesch–Kincaid grade 6 or below, on prose only.',
        test: {file: READABILITY, title: 'urgent care card'},
      },
    ],
    findings: ['M4', 'RR2-H1', 'RR3-H1'],
  },
  {
    id: 'HAZ-09',
    hazard: 'A late mycobacterial skin infection, weeks after treatment, is not linked to the injections.',
    cause: 'Nothing said that trouble can start weeks later; lumps sat on the non-urgent card.',
    harm: 'Abscesses and lasting scars; months of treatment.',
    initial: {severity: 'considerable', likelihood: 'low'},
    residual: {severity: 'considerable', likelihood: 'very low'},
    controls: [
      {
        kind: 'text',
        ref: 'aftercare:cards.urgent.signs[1]',
        what: 'Red, painful lumps or sores that leak, even weeks after treatment, are urgent; lumps that are not painful stay non-urgent.',
        test: {file: TIMELINE, title: 'the urgent card warns of infection weeks later and of a blocked blood vessel, with a route when the clinic cannot be reached'},
      },
    ],
    findings: ['M3'],
  },
  {
    id: 'HAZ-10',
    hazard: 'A patient reads the end of a minimum wait as permission, and drinks, exercises or wears make-up on sore or broken skin.',
    cause: 'The timeline and calendar said "OK again" and "Done" at the end of "at least" windows.',
    harm: 'More bruising and swelling, or an infection.',
    initial: {severity: 'minor', likelihood: 'medium'},
    residual: {severity: 'minor', likelihood: 'low'},
    controls: [
      {
        kind: 'text',
        ref: 'aftercare:timeline.done',
        what: '"The shortest wait was until …. Wait longer if your skin is still sore or swollen."; the badge and calendar say "shortest wait over".',
        test: {file: TIMELINE, title: 'English: the shortest wait is never called "OK again" or "Done"'},
      },
      {
        kind: 'rule',
        ref: 'timedSteps',
        what: 'Progress counts finished steps, not time, so it never runs ahead of them.',
        test: {file: TIMELINE, title: 'counts steps, not time: 2 of 6 done 48.5 hours after treatment'},
      },
    ],
    findings: ['C1', 'W5'],
  },
  {
    id: 'HAZ-11',
    hazard: 'A timeline line has nothing after "avoid until", or medicine advice under sun and smoking, and is read as no limit.',
    cause: 'Items with no set end used the timed sentence in a planned treatment; one sentence about medicines was shared by every open-ended item.',
    harm: 'Sunburn or dark patches on treated skin; confusion about medicines.',
    initial: {severity: 'minor', likelihood: 'high'},
    residual: {severity: 'minor', likelihood: 'very low'},
    controls: [
      {
        kind: 'rule',
        ref: 'timelineState',
        what: 'A planned item with no end has its own sentence; every state of every item is a complete sentence in every language.',
        test: {file: TIMELINE, title: 'take the state that fits: a planned item with no end has its own sentence, with no time'},
      },
      {
        kind: 'text',
        ref: 'aftercare:timeline.upcomingNoEnd',
        what: '"Sunbathing: avoid from your treatment. There is no set end date. Ask your practitioner how long."',
        test: {file: TIMELINE, title: 'reads as complete sentences for a future treated-at: nothing ends "avoid until" with no time (the issue’s reproduction)'},
      },
      {
        kind: 'rule',
        ref: 'timelineSentence',
        what: 'The page shows a complete sentence for every item of a planned treatment.',
        test: {file: AFTERCARE, title: 'a future treated-at: every timeline line is a complete sentence (the issue’s reproduction)'},
      },
    ],
    findings: ['U4'],
  },
  {
    id: 'HAZ-12',
    hazard: 'A patient has fat-dissolving injections expecting weight loss, unaware they may not work and can scar.',
    cause: '"Can only reduce fat in small areas" read as a promise; the FDA’s 2010 warning was missing.',
    harm: 'Lasting scars, deep painful lumps, and money spent on a treatment that may not work.',
    initial: {severity: 'considerable', likelihood: 'medium'},
    residual: {severity: 'considerable', likelihood: 'low'},
    controls: [
      {
        kind: 'text',
        ref: 'vs-filler:fatCaveat',
        what: 'With JavaScript off, the helper never runs: its static key, which lists what each concern points to, carries this caution and the health note (the static-key read of 2026-12-03, H-0).',
        test: {file: WITHOUT_SCRIPT, title: 'the key of the decision helper comes with every caution the helper gives with its lines, and the health note with the self-check link'},
      },
      {
        kind: 'text',
        ref: 'eligibility:notes.body-fat',
        what: 'May reduce fat for some, not everyone; experts disagree it is safe; not a weight-loss treatment; not FDA-approved; the FDA’s 2010 warning.',
        test: {file: CONTENT, title: 'W3, M1: the fat notes say it may not work, that experts disagree, and give the FDA’s 2010 warning'},
      },
      {
        kind: 'rule',
        ref: 'assessEligibility',
        what: 'The body goal always adds the fat note; the weight goal alone is not recommended.',
        test: {file: RULES, title: 'body adds the body-fat note and never changes the outcome'},
      },
      {
        kind: 'rule',
        ref: 'recommendTreatment',
        what: 'Choosing fat in the comparison always adds the same note.',
        test: {file: RECOMMEND, title: 'adds the fat-loss caveat when fat is chosen, and only then'},
      },
    ],
    findings: ['W3', 'M1', 'U9'],
  },
  {
    id: 'HAZ-13',
    hazard: 'A patient chooses dermal fillers unaware that filler can block a blood vessel.',
    cause: 'The comparison listed only infection, bruising and swelling for fillers.',
    harm: 'Loss of sight, a stroke, or death of skin (rare).',
    initial: {severity: 'major', likelihood: 'low'},
    residual: {severity: 'major', likelihood: 'very low'},
    controls: [
      {
        kind: 'text',
        ref: 'vs-filler:fillerCaveat',
        what: 'With JavaScript off, the helper never runs: its static key, which lists what each concern points to, carries this caution and the health note (the static-key read of 2026-12-03, H-0).',
        test: {file: WITHOUT_SCRIPT, title: 'the key of the decision helper comes with every caution the helper gives with its lines, and the health note with the self-check link'},
      },
      {
        kind: 'text',
        ref: 'vs-filler:aspects.risks.filler',
        what: 'The table and every suggestion with fillers give the blood-vessel risk and the FDA’s 2015 warning.',
        test: {file: CONTENT, title: 'M2: fillers’ rare blood-vessel risk (FDA, 2015) is in the table and under every suggestion with fillers'},
      },
      {
        kind: 'rule',
        ref: 'recommendTreatment',
        what: 'Every suggestion that includes fillers carries the caveat.',
        test: {file: RECOMMEND, title: 'adds the blood-vessel caveat to every suggestion that includes fillers, and to no other'},
      },
      {
        kind: 'text',
        ref: 'vs-filler:fillerCaveat',
        what: 'The page shows the caveat under those suggestions, also with `view="helper"`.',
        test: {file: VS_FILLER, title: 'shows the blood-vessel caveat under every suggestion with fillers, and the hair note for thinning hair'},
      },
    ],
    findings: ['M2'],
  },
  {
    id: 'HAZ-14',
    hazard: 'Hair loss with a medical cause (thyroid, low iron, alopecia) goes unchecked while the patient has mesotherapy.',
    cause: 'The widgets offered hair treatment without saying hair loss can have a medical cause.',
    harm: 'A delayed diagnosis.',
    initial: {severity: 'significant', likelihood: 'low'},
    residual: {severity: 'significant', likelihood: 'very low'},
    controls: [
      {
        kind: 'text',
        ref: 'vs-filler:hairNote',
        what: 'With JavaScript off, the helper never runs: its static key, which lists what each concern points to, carries this caution and the health note (the static-key read of 2026-12-03, H-0).',
        test: {file: WITHOUT_SCRIPT, title: 'the key of the decision helper comes with every caution the helper gives with its lines, and the health note with the self-check link'},
      },
      {
        kind: 'rule',
        ref: 'assessEligibility',
        what: 'The hair goal adds the note "Hair loss can have a medical cause … see your doctor first".',
        test: {file: RULES, title: 'face adds nothing; hair adds only the note that hair loss can have a medical cause'},
      },
      {
        kind: 'text',
        ref: 'vs-filler:hairNote',
        what: 'The comparison adds the same note when thinning hair is chosen.',
        test: {file: RECOMMEND, title: 'adds the note that hair loss can have a medical cause when thinning hair is chosen, and only then'},
      },
    ],
    findings: ['M8'],
  },
  {
    id: 'HAZ-15',
    hazard: 'A patient takes the self-check as a diagnosis or an approval and relies on it instead of the consultation.',
    cause: 'A widget on a clinic’s page can look like a medical decision.',
    harm: 'A contraindication the check does not ask about is missed.',
    initial: {severity: 'significant', likelihood: 'medium'},
    residual: {severity: 'significant', likelihood: 'low'},
    controls: [
      {
        kind: 'text',
        ref: 'eligibility:disclaimer',
        what: 'Every widget says it is general information, not medical advice or a diagnosis, and a practitioner decides in person.',
        test: {file: CONTENT, title: 'the disclaimer keeps short sentences'},
      },
      {
        kind: 'text',
        ref: 'eligibility:outcomes.no-concerns.next',
        what: 'Never "eligible" or "suitable": at best nothing rules it out, and a practitioner decides with you.',
        test: {file: CONTENT, title: 'never calls the patient eligible, suitable or safe for them'},
      },
      {
        kind: 'text',
        ref: 'eligibility:disclaimer',
        what: 'The disclaimer reads at Flesch–Kincaid grade 6 or below, on prose only.',
        test: {file: READABILITY, title: 'disclaimer'},
      },
    ],
    findings: ['U10'],
  },
  {
    id: 'HAZ-16',
    hazard: 'A patient answers No to a question that applies to them, because it uses a term they do not know.',
    cause: '"Autoimmune" and "anaphylaxis" came first and unexplained; the bleeding hint named only daily painkillers.',
    harm: 'An infection, a severe allergic reaction or bleeding after treatment.',
    initial: {severity: 'considerable', likelihood: 'medium'},
    residual: {severity: 'considerable', likelihood: 'low'},
    controls: [
      {
        kind: 'text',
        ref: 'eligibility:questions.immune.question',
        what: 'Plain words first, the term after, with examples (lupus, steroid tablets; a severe allergic reaction).',
        test: {file: CONTENT, title: 'U2, U3: autoimmune and anaphylaxis come after plain words, with examples'},
      },
      {
        kind: 'text',
        ref: 'eligibility:questions.bleeding.hint',
        what: 'Aspirin or ibuprofen taken every day or most days, and herbal supplements such as ginkgo or garlic.',
        test: {file: CONTENT, title: 'the bleeding question names aspirin taken every day and blood-thinning supplements'},
      },
      {
        kind: 'text',
        ref: 'eligibility:questions.allergy.hint',
        what: 'The questions and hints read at Flesch–Kincaid grade 6 or below, on prose only.',
        test: {file: READABILITY, title: 'health questions and hints'},
      },
    ],
    findings: ['U2', 'U3', 'U8', 'M6', 'M10'],
  },
  {
    id: 'HAZ-17',
    hazard: 'A sore patient takes ibuprofen or aspirin for pain, or has no idea what pain relief is safe.',
    cause: 'The plan banned ibuprofen and aspirin but named no safe pain relief.',
    harm: 'More bruising and bleeding.',
    initial: {severity: 'minor', likelihood: 'medium'},
    residual: {severity: 'minor', likelihood: 'low'},
    controls: [
      {
        kind: 'text',
        ref: 'aftercare:dos[3]',
        what: 'A cold pack; ask a pharmacist which painkiller; paracetamol is usually fine.',
        test: {file: CONTENT, title: 'M5: aftercare names a cold pack and safe pain relief, through a pharmacist'},
      },
    ],
    findings: ['M5'],
  },
  {
    id: 'HAZ-18',
    hazard: 'A patient’s health answers reach the host page’s analytics without their knowledge.',
    cause: 'Events carried reason codes (pregnant, immune…) that a page may forward; the privacy line promised more than the page may keep.',
    harm: 'Disclosure of health information.',
    initial: {severity: 'significant', likelihood: 'medium'},
    residual: {severity: 'significant', likelihood: 'low'},
    controls: [
      {
        kind: 'rule',
        ref: 'assessEligibility',
        what: 'By default every event detail is a code for the outcome alone (issue 22): the self-check’s result event is `{outcome}`, the plan event `{}`, the comparison’s `{recommendation}`; the answers and reasons stay on the element’s `result` property.',
        test: {file: 'test/privacy/private-by-default.test.ts', title: 'the comparison: the event is the recommendation alone, never the concerns or severity'},
      },
      {
        kind: 'text',
        ref: 'eligibility:intro.privacy',
        what: 'The privacy line is built from the widget’s settings, so it is true in each configuration (what is kept on the device, and until when, only with `remember`).',
        test: {file: 'test/privacy/privacy-line.test.ts', title: 'says what is kept and until when, with remember'},
      },
      {
        kind: 'text',
        ref: 'eligibility:share.consent',
        what: 'Answers leave the widget only after the patient sees exactly what would be shared, ticks an unticked box that names the clinic and the purpose, and chooses one of the clinic’s channels; before that no share event fires and there is nothing to follow. Start again withdraws consent.',
        test: {file: 'test/eligibility/share.test.ts', title: 'shows exactly what would be shared, with an unticked consent box, and no channel before consent'},
      },
      {
        kind: 'text',
        ref: 'eligibility:privacy.keptFor',
        what: 'Remembered answers expire 24 hours after they were saved (and with the tab); a remembered treatment time a week after the plan’s last timed step.',
        test: {file: 'test/eligibility/flow.test.ts', title: 'reads saved progress only within 24 hours of saving it'},
      },
    ],
    findings: ['W1'],
    open: 'The outcome code (one of four) still reaches a page that listens. What a clinic does with answers the patient chose to share is the clinic’s own processing: the privacy guide says what consent covers and what the clinic must do.',
  },
];
