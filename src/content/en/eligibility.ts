import type {Answer, GoalId, Outcome, QuestionId} from '../../eligibility/rules.js';
import {commonEn, type CommonContent} from './common.js';

/** One health question: what is asked, a hint, a short label for summaries, and the reason text. */
export interface QuestionContent {
  question: string;
  hint: string;
  /** Short name used in "Check your answers" and in "you were not sure about". */
  label: string;
  /** Why this answer matters, shown in the result when it is a reason. */
  reason: string;
}

/** Everything `<meso-eligibility>` says, for one locale. */
export interface EligibilityContent extends CommonContent {
  heading: string;
  intro: {lead: string; time: string; privacy: string; start: string};
  progress: string;
  /** The progress line of the list layout, where the questions come in pages: "Page {n} of {total}". */
  pageProgress: string;
  whyWeAsk: string;
  goalsQuestion: string;
  goalsHint: string;
  goalsLabel: string;
  goals: Record<GoalId, string>;
  questionsHeading: string;
  answers: Record<Answer, string>;
  questions: Record<QuestionId, QuestionContent>;
  continue: string;
  back: string;
  errors: {summaryTitle: string; prefix: string; goals: string; answer: string};
  summary: {heading: string; change: string; changeHidden: string; submit: string; noGoals: string};
  outcomes: Record<Outcome, {headline: string; next: string}>;
  statusLabel: string;
  notDiagnosis: string;
  reasonsHeading: string;
  unsureReason: string;
  medicineWarning: string;
  weightLossReason: string;
  notesHeading: string;
  notes: {'weight-loss': string; 'body-fat': string};
  checklistHeading: string;
  checklist: string[];
  expectHeading: string;
  expect: string[];
  startAgain: string;
  print: string;
  announceResult: string;
}

export const eligibilityEn: EligibilityContent = {
  ...commonEn,
  heading: 'Is mesotherapy right for me?',
  intro: {
    lead: 'Answer a few questions to see if anything could rule out mesotherapy for you.',
    time: 'It takes about a minute.',
    privacy: 'Your answers stay on this device. They are not sent anywhere.',
    start: 'Start',
  },
  progress: 'Question {n} of {total}',
  pageProgress: 'Page {n} of {total}',
  whyWeAsk: 'We ask about your health so the practitioner can keep you safe.',
  goalsQuestion: 'What would you like to improve?',
  goalsHint: 'Choose all that apply.',
  goalsLabel: 'What you want to improve',
  goals: {
    face: 'My skin: moisture, fine lines, texture, tone or dull skin',
    hair: 'Thinning hair or hair loss',
    body: 'Cellulite or small areas of stubborn fat, such as the belly, hips or thighs',
    weight: 'Losing weight overall',
  },
  questionsHeading: 'About your health',
  answers: {yes: 'Yes', no: 'No', unsure: 'Not sure'},
  questions: {
    adult: {
      question: 'Are you 18 or over?',
      hint: 'Cosmetic injections are for adults only.',
      label: 'Aged 18 or over',
      reason: 'You told us you are under 18. Mesotherapy is a cosmetic treatment for adults only.',
    },
    pregnant: {
      question: 'Are you pregnant, or could you be?',
      hint: 'No one knows yet how the ingredients could affect a developing baby.',
      label: 'Pregnancy',
      reason:
        'You are or may be pregnant. No one knows yet how the ingredients could affect your baby. ' +
        'You can ask again after your pregnancy and once you stop breastfeeding.',
    },
    breastfeeding: {
      question: 'Are you breastfeeding?',
      hint: 'No one knows yet how the ingredients could affect a baby who is breastfed.',
      label: 'Breastfeeding',
      reason:
        'You are breastfeeding. No one knows yet how the ingredients could affect your baby. ' +
        'You can ask again once you stop breastfeeding.',
    },
    bleeding: {
      question: 'Do you take medicine to thin your blood, or have a bleeding or clotting disorder?',
      hint: 'For example anticoagulant medicine, or a condition such as haemophilia.',
      label: 'Blood thinners or a bleeding disorder',
      reason:
        'You take blood thinners (anticoagulants) or have a bleeding disorder. ' +
        'You may bruise and bleed more easily after injections.',
    },
    immune: {
      question: 'Do you have an autoimmune condition, or a weak immune system?',
      hint: 'This includes illnesses or medicines that lower your body’s defence against infection.',
      label: 'Autoimmune condition or weak immune system',
      reason:
        'You have an autoimmune condition or a weak immune system. ' +
        'You may be more likely to get an infection, or the treatment may not work well.',
    },
    skin: {
      question: 'Do you have an infection, rash or inflamed skin where you want treatment?',
      hint: 'For example spots that are infected, or red and swollen skin.',
      label: 'Infected or inflamed skin',
      reason:
        'You have an infection or inflamed skin where you want treatment. ' +
        'Injections could spread the infection or make it worse. You can ask again once your skin has healed.',
    },
    allergy: {
      question: 'Do you have severe allergies, or have you had anaphylaxis?',
      hint: 'Also answer yes if you are allergic to vitamins, enzymes, hormones or plant extracts used in injections.',
      label: 'Severe allergies or anaphylaxis',
      reason:
        'You have severe allergies, or an allergy to something that may be in the injections. ' +
        'Do not have mesotherapy if you are allergic to any of its ingredients.',
    },
    conditions: {
      question: 'Do you have cancer, liver disease, kidney disease, heart disease or diabetes?',
      hint: 'Answer yes if you have any of these now, or are being treated for one.',
      label: 'Cancer, liver, kidney or heart disease, or diabetes',
      reason:
        'You have cancer, liver, kidney or heart disease, or diabetes. ' +
        'There is not enough proof that mesotherapy is safe or works for you.',
    },
    'heart-stroke': {
      question: 'Have you ever had a heart attack or a stroke?',
      hint: 'Answer yes even if it was a long time ago.',
      label: 'Heart attack or stroke',
      reason:
        'You have had a heart attack or a stroke. You may be more likely to have problems after treatment.',
    },
  },
  continue: 'Continue',
  back: 'Back',
  errors: {
    summaryTitle: 'There is a problem',
    prefix: 'Error:',
    goals: 'Select what you would like to improve',
    answer: 'Select yes, no or not sure',
  },
  summary: {
    heading: 'Check your answers',
    change: 'Change',
    changeHidden: ' your answer about {label}',
    submit: 'See my result',
    noGoals: 'None',
  },
  outcomes: {
    'not-recommended': {
      headline: 'Mesotherapy is not recommended for you',
      next: 'Talk to your doctor about what you told us. They can help you find other options.',
    },
    'not-now': {
      headline: 'Not right now',
      next: 'This may change later. Come back and check again when things change for you.',
    },
    'ask-doctor': {
      headline: 'Check with a doctor first',
      next: 'Ask your doctor about the things you were not sure about before you book.',
    },
    'no-concerns': {
      headline: 'Nothing you told us rules it out',
      next: 'A practitioner will check if it is right for you at a consultation. They make the decision with you.',
    },
  },
  statusLabel: 'Your result:',
  notDiagnosis: 'This is not a diagnosis.',
  reasonsHeading: 'Why',
  unsureReason: 'You were not sure about: {label}. Ask your doctor about this.',
  medicineWarning: 'Never stop a prescribed medicine without talking to your doctor first.',
  weightLossReason:
    'Mesotherapy is not a weight-loss or obesity treatment. It will not help you lose weight overall.',
  notesHeading: 'Good to know',
  notes: {
    'weight-loss':
      'Mesotherapy is not a weight-loss or obesity treatment. It will not help you lose weight overall.',
    'body-fat':
      'Mesotherapy can only reduce fat in small areas, and results vary. The evidence is mixed. ' +
      'It is not FDA-approved for fat loss. You still need a healthy diet and exercise.',
  },
  checklistHeading: 'Before your consultation',
  checklist: [
    'Make a list of every medicine and supplement you take.',
    'Write down any allergies and past health problems.',
    'Ask about the practitioner’s qualifications and experience.',
    'Think about the possible benefits and the risks.',
  ],
  expectHeading: 'What to expect',
  expect: [
    'You usually need several sessions, often 3 to 15, and then maintenance sessions.',
    'Results build slowly over weeks to months. For hair, it can take months.',
    'Results are different for everyone. They depend on the practitioner’s skill and the products used.',
    'Redness, swelling, bruising, itching or pain where the needles went in are common. They usually settle within a few days.',
    'Very fine needles are used. Numbing cream, cold packs or vibration can make it more comfortable.',
    'The face is usually more sensitive than the thighs or tummy (abdomen).',
    'The evidence for mesotherapy is mixed. Some products are not well regulated in some countries.',
  ],
  startAgain: 'Start again',
  print: 'Print this result',
  announceResult: 'Your result: {headline}.',
};
