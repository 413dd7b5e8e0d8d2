import {commonEn} from './common.js';
import {type EligibilityContent} from '../../types/eligibility.js';

export const eligibilityEn: EligibilityContent = {
  ...commonEn,
  heading: 'Is mesotherapy right for me?',
  intro: {
    lead: 'Answer a few questions to see if anything could rule out mesotherapy for you.',
    time: 'It takes about a minute.',
    privacy: 'Your answers stay on this device. They are not sent anywhere.',
    privacyShare: 'Your answers stay on this device. They are shared with {clinic} only if you choose to.',
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
      hint: 'You must be 18 or over to have this treatment here.',
      label: '18 or over',
      reason: 'You told us you are under 18. You must be 18 or over to have this treatment here.',
      unsure:
        'You were not sure if you are 18 or over. You must be 18 or over to have this treatment here. ' +
        'Do not book until you know.',
    },
    pregnant: {
      question: 'Are you pregnant, or could you be?',
      hint: 'No one knows yet how the ingredients could affect an unborn baby.',
      label: 'Pregnancy',
      reason:
        'You are or may be pregnant. No one knows yet how the ingredients could affect your baby. ' +
        'You can check again when you are no longer pregnant or breastfeeding.',
      unsure:
        'You were not sure if you are pregnant. Do not have mesotherapy until you know you are not. ' +
        'A pregnancy test can tell you. It works best from the first day of a missed period.',
    },
    breastfeeding: {
      question: 'Are you breastfeeding?',
      hint: 'No one knows yet how the ingredients could affect a breastfed baby.',
      label: 'Breastfeeding',
      reason:
        'You are breastfeeding. No one knows yet how the ingredients could affect your baby. ' +
        'You can check again once you stop breastfeeding.',
      unsure:
        'You were not sure if you are still breastfeeding. Wait until you have fully stopped. ' +
        'Then you can check again.',
    },
    bleeding: {
      question: 'Do you take anything that thins your blood, or have a bleeding or clotting disorder?',
      hint:
        'This includes medicine to thin your blood, and aspirin or ibuprofen you take every day or most days. ' +
        'Some herbal supplements, such as ginkgo or garlic, thin the blood too. ' +
        'Also answer yes if you have a condition such as haemophilia.',
      label: 'Blood thinners or a bleeding disorder',
      reason:
        'You take something that thins your blood, or you have a bleeding or clotting disorder. ' +
        'You may bruise and bleed more easily after injections.',
      unsure:
        'You were not sure if you take something that thins your blood. ' +
        'Ask your doctor or a pharmacist before you book.',
    },
    immune: {
      question: 'Does your immune system attack your own body (an autoimmune condition), or is it weak?',
      hint:
        'For example lupus, rheumatoid arthritis or psoriasis. ' +
        'Also answer yes if an illness or a medicine makes your immune system weak. Steroid tablets can do this.',
      label: 'Autoimmune condition or weak immune system',
      reason:
        'Your immune system attacks your own body, or it is weak. ' +
        'You may be more likely to get an infection, or the treatment may not work well.',
      unsure: 'You were not sure about your immune system. Ask your doctor about it before you book.',
    },
    skin: {
      question: 'Do you have an infection, rash or inflamed skin where you want treatment?',
      hint: 'For example a cold sore, spots that are infected, or red and swollen skin.',
      label: 'Infected or inflamed skin',
      reason:
        'You have an infection or inflamed skin where you want treatment. ' +
        'Injections could spread the infection or make it worse. You can check again once your skin has healed. ' +
        'If it does not get better, see a pharmacist or your doctor.',
      unsure:
        'You were not sure if the skin where you want treatment is infected or inflamed. ' +
        'Ask a pharmacist or your doctor to look at it.',
    },
    allergy: {
      question: 'Have you ever had a severe allergic reaction (anaphylaxis), or do you have severe allergies?',
      hint:
        'A severe reaction can make your throat swell or make it hard to breathe. ' +
        'Also answer yes if you are allergic to numbing cream, or to anything that may be in the injections.',
      label: 'Severe allergies or allergic reactions',
      reason:
        'You have had a severe allergic reaction, or you are allergic to something that may be used in the treatment. ' +
        'Do not have mesotherapy if you are allergic to anything in it.',
      unsure:
        'You were not sure about allergies. Ask your doctor about them. ' +
        'Ask the clinic for a list of what is in the injections.',
    },
    conditions: {
      question: 'Do you have cancer, liver disease, kidney disease, heart disease or diabetes?',
      hint: 'Answer yes if you have any of these now, or are being treated for one. If you had one in the past, choose Not sure.',
      label: 'Cancer, liver, kidney or heart disease, or diabetes',
      reason:
        'You have cancer, liver, kidney or heart disease, or diabetes. ' +
        'There is not enough proof that mesotherapy is safe or works for people with these conditions.',
      unsure:
        'You were not sure, or you had one of these conditions in the past. ' +
        'Ask your doctor if it matters for this treatment.',
    },
    'heart-stroke': {
      question: 'Have you ever had a heart attack or a stroke?',
      hint: 'Answer yes even if it was a long time ago, or if it was a mini-stroke (TIA).',
      label: 'Heart attack or stroke',
      reason:
        'You have had a heart attack or a stroke. You may be more likely to have problems after treatment.',
      unsure:
        'You were not sure if you have had a heart attack or a stroke. Ask your doctor about it before you book.',
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
    changeHidden: ' your answer: {label}',
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
      next: 'Ask your doctor about the answers listed below. Do this before you book.',
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
  bookAfterDoctor:
    'When you have spoken to your doctor, you can book a consultation. Tell the practitioner what your doctor said.',
  consultationLabel: 'Book a consultation only (no treatment)',
  share: {
    heading: 'Share your answers with {clinic}',
    intro:
      'You can send your answers to {clinic} before your consultation. This is exactly what they would get. ' +
      'Nothing is sent unless you agree and choose how.',
    date: 'Date',
    outcome: 'Result',
    goals: 'What you want to improve',
    title: 'Mesotherapy self-check',
    line: '{label}: {value}',
    consent: 'I agree to share these answers about my health with {clinic}. They will use them to prepare my consultation.',
    withdraw:
      'You can ask {clinic} to delete shared answers at any time. Unticking the box does not take back answers already shared.',
    choose: 'Choose how to share them:',
    email: 'Send them by email',
    emailSubject: 'My answers to the mesotherapy self-check',
    emailShortened: 'My answers were too long for an email link. I will bring them to my consultation.',
    url: 'Open the clinic’s form with your answers',
    qr: 'Show them as a QR code',
    qrAlt: 'QR code with your answers',
    qrHint: 'Show this code at the clinic, or print this page and bring it. It holds the answers shown above.',
    event: 'Send them to the clinic',
    sent: 'Your answers were handed to the website of {clinic}. Still tell the practitioner about your health at your visit.',
    unavailable: 'Sharing is not available right now. You can print this page and bring it with you.',
  },
  medicineWarning:
    'If your doctor told you to take a medicine, such as daily aspirin, keep taking it. ' +
    'Never stop a prescribed medicine without talking to your doctor first.',
  weightLossReason:
    'Mesotherapy is not a weight-loss or obesity treatment. It will not help you lose weight overall.',
  notesHeading: 'Good to know',
  notes: {
    'weight-loss':
      'Mesotherapy is not a weight-loss or obesity treatment. It will not help you lose weight overall.',
    'body-fat':
      'Mesotherapy may reduce fat in small areas for some people, but not for everyone. ' +
      'There are few good studies, and experts do not agree that it is safe. ' +
      'It is not a weight-loss or obesity treatment. ' +
      'The US Food and Drug Administration (FDA) has not approved it for fat loss. ' +
      'In 2010 the FDA said it knew of no proof that these fat injections (called lipodissolve) work. ' +
      'The FDA also had reports of lasting scars and deep, painful lumps under the skin. ' +
      'In 2015 the FDA approved one fat-dissolving medicine, deoxycholic acid, only for fat under the chin. ' +
      'You still need a healthy diet and exercise.',
    'hair-loss':
      'Hair loss can have a medical cause. If it is sudden or patchy, or you feel unwell, see your doctor first.',
  },
  checklistHeading: 'Before your consultation',
  checklist: [
    'Make a list of every medicine and supplement you take.',
    'Write down any allergies and past health problems.',
    'Write down any health problems that may get worse over time.',
    'Ask about the practitioner’s training and experience.',
    'Think about the possible benefits and the risks.',
    'Ask the clinic for a list of what is in the injections.',
    'Tell the practitioner if you scar badly, or took acne tablets (isotretinoin) in the last 6 months.',
    'If you feel unwell or have a high temperature on the day, ask the clinic to move your treatment.',
  ],
  expectHeading: 'What to expect',
  expect: [
    'You may need a series of 3 to 15 sessions. After that, regular sessions may be needed to keep any effect.',
    'Results build slowly. They can take from a few months to a full year to show.',
    'For hair, it can take a few months before you see any change.',
    'Results are different for everyone. Some people see no change at all. ' +
      'Results depend on the practitioner’s skill and the products they use.',
    'A healthy diet, exercise and good skin care help you keep the results.',
    'Redness, swelling, bruising, itching or pain where the needles went in are common. They usually settle within a few days.',
    'Pain is different for everyone. Some people feel only mild discomfort, but some find it very painful.',
    'The face can be more sensitive than the thighs or tummy (abdomen).',
    'The practitioner uses very fine needles. Numbing cream, cold packs or vibration can make it more comfortable.',
    'Any injection can cause an infection.',
    'Allergic reactions are uncommon, but they can happen. Serious reactions are rare.',
    'Some products used in mesotherapy are not approved for this use. This is called off-label use.',
    'There are few good studies of mesotherapy, and they do not agree. Some countries do not control the products well.',
  ],
  startAgain: 'Start again',
  print: 'Print this result',
  announceResult: 'Your result: {headline}.',
};
