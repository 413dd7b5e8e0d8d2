import {commonEn} from './common.js';
import {type EligibilityContent} from '../../types/eligibility.js';

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
  whyWeAsk: 'Some health problems make mesotherapy riskier. That is why we ask.',
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
      hint: 'Mesotherapy is a cosmetic treatment for adults only.',
      label: 'Your age',
      reason: 'You told us you are under 18. Mesotherapy is a cosmetic treatment for adults only.',
    },
    pregnant: {
      question: 'Are you pregnant, or could you be?',
      hint: 'No one knows yet how the ingredients could affect an unborn baby.',
      label: 'Pregnancy',
      reason:
        'You are or may be pregnant. No one knows yet how the ingredients could affect your baby. ' +
        'You can check again when you are no longer pregnant or breastfeeding.',
    },
    breastfeeding: {
      question: 'Are you breastfeeding?',
      hint: 'No one knows yet how the ingredients could affect a breastfed baby.',
      label: 'Breastfeeding',
      reason:
        'You are breastfeeding. No one knows yet how the ingredients could affect your baby. ' +
        'You can check again once you stop breastfeeding.',
    },
    bleeding: {
      question: 'Do you take anything that thins your blood, or have a bleeding or clotting disorder?',
      hint:
        'This includes medicine to thin your blood, and aspirin or ibuprofen you take every day. ' +
        'Some herbal supplements thin the blood too. ' +
        'Also answer yes if you have a condition such as haemophilia.',
      label: 'Blood thinners or a bleeding disorder',
      reason:
        'You take something that thins your blood, or you have a bleeding or clotting disorder. ' +
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
        'Injections could spread the infection or make it worse. You can check again once your skin has healed.',
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
      hint: 'Answer yes if you have any of these now, or are being treated for one. If you had one in the past, choose Not sure.',
      label: 'Cancer, liver, kidney or heart disease, or diabetes',
      reason:
        'You have cancer, liver, kidney or heart disease, or diabetes. ' +
        'There is not enough proof that mesotherapy is safe or works for people with these conditions.',
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
      headline: 'Speak to your doctor first',
      next: 'Ask your doctor about the answers listed above. Do this before you book.',
    },
    'no-concerns': {
      headline: 'Nothing you told us rules out mesotherapy',
      next:
        'This does not mean it is right for you. ' +
        'A practitioner checks your health at a consultation. They decide with you.',
    },
  },
  statusLabel: 'Your result:',
  notDiagnosis: 'This is not a diagnosis.',
  reasonsHeading: 'Why',
  unsureReason: 'You were not sure about: {label}. Ask your doctor about this.',
  unsureAge: 'You were not sure if you are 18 or over. Mesotherapy is for adults only. Do not book until you know you are 18 or over.',
  bookAfterDoctor: 'When your doctor says you can go ahead, you can book a consultation.',
  medicineWarning: 'Never stop a prescribed medicine without talking to your doctor first.',
  weightLossReason:
    'Mesotherapy is not a weight-loss or obesity treatment. It will not help you lose weight overall.',
  notesHeading: 'Good to know',
  notes: {
    'weight-loss':
      'Mesotherapy is not a weight-loss or obesity treatment. It will not help you lose weight overall.',
    'body-fat':
      'Mesotherapy can only reduce fat in small areas, and results vary. The evidence is mixed. ' +
      'It is not a weight-loss or obesity treatment. ' +
      'The US Food and Drug Administration (FDA) has not approved it for fat loss. ' +
      'You still need a healthy diet and exercise.',
  },
  checklistHeading: 'Before your consultation',
  checklist: [
    'Make a list of every medicine and supplement you take.',
    'Write down any allergies and past health problems.',
    'Write down any health problems that may get worse over time.',
    'Ask about the practitioner’s training and experience.',
    'Think about the possible benefits and the risks.',
  ],
  expectHeading: 'What to expect',
  expect: [
    'You may need a series of 3 to 15 sessions. After that, regular sessions may be needed to keep any effect.',
    'Results build slowly. They can take from a few months to a full year to show.',
    'For hair, it can take a few months before you see any change.',
    'Results are different for everyone. They depend on the practitioner’s skill and the products they use.',
    'A healthy diet, exercise and good skin care help you keep the results.',
    'Redness, swelling, bruising, itching or pain where the needles went in are common. They usually settle within a few days.',
    'Pain is different for everyone. Some people feel only mild discomfort, but some find it very painful.',
    'The face can be more sensitive than the thighs or tummy (abdomen).',
    'The practitioner uses very fine needles. Numbing cream, cold packs or vibration can make it more comfortable.',
    'Any injection can cause an infection.',
    'Allergic reactions are uncommon, but they can happen. Serious reactions are rare.',
    'Some products are used for something they are not approved for. This is called off-label use.',
    'The evidence for mesotherapy is mixed. Some countries do not control the products well.',
  ],
  startAgain: 'Start again',
  print: 'Print this result',
  announceResult: 'Your result: {headline}.',
};
