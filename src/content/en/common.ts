/**
 * Strings every widget shows. Each element's content includes these, so a clinic can override
 * them per element. `{clinic}` and `{date}` are filled in by the widget.
 */
export interface CommonContent {
  /** When a clinician last reviewed this content, as `YYYY-MM-DD`. Override it after your own sign-off. */
  reviewed: string;
  /** Shown with the reviewed date. */
  reviewedLabel: string;
  /** The short medical disclaimer every widget shows. */
  disclaimer: string;
  /** Call-to-action text without a clinic name. */
  bookingLabel: string;
  /** Call-to-action text with `clinic-name` set. */
  bookingLabelWithClinic: string;
  /** Introduces `clinic-phone`. */
  phoneLabel: string;
  /**
   * Shown in place of the controls that need script (questions, buttons, date fields) while the
   * element is not defined yet: in a prerendered page before the script ran, or with JavaScript off.
   */
  scriptNote: string;
}

export const commonEn: CommonContent = {
  reviewed: '2026-11-24',
  reviewedLabel: 'Content last reviewed: {date}',
  disclaimer:
    'This is general information, not medical advice or a diagnosis. ' +
    'A qualified practitioner decides what is right for you at an in-person consultation.',
  bookingLabel: 'Book a consultation',
  bookingLabelWithClinic: 'Book a consultation at {clinic}',
  phoneLabel: 'Call the clinic:',
  scriptNote: 'This part needs JavaScript. It is still loading, or JavaScript is turned off in your browser.',
};
