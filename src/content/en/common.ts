/**
 * Strings every widget shows. Each element's content includes these, so a clinic can override
 * them per element. `{clinic}` and `{date}` are filled in by the widget.
 */
/**
 * The forms of one phrase that contains a count, chosen with `Intl.PluralRules` for the locale.
 * `other` is required; give the other categories your language uses (English: `one`; French:
 * `one`, `many`; Arabic: `zero`, `one`, `two`, `few`, `many`). A missing category uses `other`.
 * `{n}` is replaced by the number, formatted with `Intl.NumberFormat`.
 */
export type PluralForms = {other: string} & Partial<Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>>;

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
   * In a translation: the date (`YYYY-MM-DD`) of the English text it translates. Empty in English.
   * The pack's own `reviewed` date says when the translation itself was last updated.
   */
  translatedFrom: string;
  /** In a translation: "Translated from the English text of {date}." Shown when `translatedFrom` is set. */
  translatedFromLabel: string;
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
  translatedFrom: '',
  translatedFromLabel: '',
};
