/** Who reviewed the content and when. All empty by default: no clinician has reviewed it yet. */
export interface ContentReview {
  /** The day a clinician reviewed this content, as `YYYY-MM-DD`. */
  date: string;
  /** Who reviewed it, for example "Dr A. Patel, medical director". */
  by: string;
  /** Optional: when the next review is due, as `YYYY-MM-DD`. */
  next: string;
}

/**
 * The forms of one phrase that contains a count, chosen with `Intl.PluralRules` for the locale.
 * `other` is required; give the other categories your language uses (English: `one`; French:
 * `one`, `many`; Arabic: `zero`, `one`, `two`, `few`, `many`). A missing category uses `other`.
 * `{n}` is replaced by the number, formatted with `Intl.NumberFormat`.
 */
export type PluralForms = {other: string} & Partial<Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>>;

/**
 * Strings every widget shows. Each element's content includes these, so a clinic can override
 * them per element. `{clinic}`, `{date}` and `{by}` are filled in by the widget.
 */
export interface CommonContent {
  /** When this content was last changed, as `YYYY-MM-DD`. Shown unless a review is set. */
  updated: string;
  /** Shown with the updated date. */
  updatedLabel: string;
  /**
   * A clinic's clinical review. Set `date` and `by` (and optionally `next`) after your own
   * sign-off; only then does the widget say "Reviewed by … on …".
   */
  reviewed: ContentReview;
  /** Shown when `reviewed.date` and `reviewed.by` are set. */
  reviewedLabel: string;
  /** Shown after the review line when `reviewed.next` is set. */
  nextReviewLabel: string;
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
  /**
   * In a translation: the date (`YYYY-MM-DD`) of the English text it translates; English has none.
   * The pack's own `updated` date says when the translation itself last changed. Optional in the
   * type so packs written before it still compile; the pack test requires it of every translation.
   */
  translatedFrom?: string;
  /** In a translation: "Translated from the English text of {date}." Shown when `translatedFrom` is set. */
  translatedFromLabel?: string;
}

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
  phoneLabel: 'Call the clinic:',
  scriptNote: 'This part needs JavaScript. It is still loading, or JavaScript is turned off in your browser.',
  // Empty here (English is the original), present so translations may set them.
  translatedFrom: '',
  translatedFromLabel: '',
};
