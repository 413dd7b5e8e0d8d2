import {type CommonContent} from '../../types/common.js';
export const commonEn: CommonContent = {
  updated: '2026-11-25',
  updatedLabel: 'Content last updated: {date}.',
  reviewed: {date: '', by: '', next: ''},
  reviewedLabel: 'Reviewed by {by} on {date}.',
  nextReviewLabel: 'Next review due: {date}.',
  disclaimer:
    'This is general information. It is not medical advice or a diagnosis. ' +
    'A qualified practitioner decides what is right for you. They do this when they see you in person.',
  bookingLabel: 'Book a consultation',
  bookingLabelWithClinic: 'Book a consultation at {clinic}',
  phoneLabel: 'Call the clinic:',
  scriptNote: 'This part needs JavaScript. It is still loading, or JavaScript is turned off in your browser.',
  // Empty here (English is the original), present so translations may set them.
  translatedFrom: '',
  translatedFromLabel: '',
};
