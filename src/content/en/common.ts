import {type CommonContent} from '../../types/common.js';
export const commonEn: CommonContent = {
  updated: '2026-12-02',
  updatedLabel: 'Content last updated: {date}.',
  reviewed: {date: '', by: '', next: ''},
  reviewedLabel: 'Reviewed by {by} on {date}.',
  nextReviewLabel: 'Next review due: {date}.',
  disclaimer:
    'This is general information. It is not medical advice or a diagnosis. ' +
    'A practitioner is the person who gives the treatment. ' +
    'A qualified practitioner decides what is right for you. They do this when they see you in person.',
  bookingLabel: 'Book a consultation',
  bookingLabelWithClinic: 'Book a consultation at {clinic}',
  languageLabel: 'Language',
  phoneLabel: 'Call the clinic:',
  scriptNote: 'This part needs JavaScript. It is still loading, or JavaScript is turned off in your browser.',
  privacy: {
    keptFor: 'They are deleted when you close this tab or start again. If you come back after 24 hours, they are deleted then.',
    keptAfterPlan: 'You can delete it with “Forget my treatment time”. If you come back over a week after your plan ends, it is deleted then.',
  },
  // Empty here (English is the original), present so translations may set them.
  translatedFrom: '',
  translatedFromLabel: '',
};
