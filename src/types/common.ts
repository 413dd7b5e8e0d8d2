/**
 * Types and ids every widget shares: content, configuration errors, themes, provenance and the
 * booking event's detail. Types only (and the id lists they come from): this module imports nothing.
 */

/** Detail of `meso-config-error`: which setting was wrong and why; the widget kept its default. */
export interface ConfigErrorDetail {
  /** Where the problem is, e.g. `heading-level`, `content.heading`, `json`. */
  path: string;
  /** What is wrong, in plain words. */
  message: string;
}

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
  /** Names the language control (`languages`): "Language", in the language itself. */
  languageLabel: string;
  /** Introduces `clinic-phone`. */
  phoneLabel: string;
  /**
   * Shown in place of the controls that need script (questions, buttons, date fields) while the
   * element is not defined yet: in a prerendered page before the script ran, or with JavaScript off.
   */
  scriptNote: string;
  /** The sentences the privacy line adds to the element's own, each only where the settings make it true. */
  privacy: PrivacyContent;
  /**
   * In a translation: the date (`YYYY-MM-DD`) of the English text it translates; English has none.
   * The pack's own `updated` date says when the translation itself last changed. Optional in the
   * type so packs written before it still compile; the pack test requires it of every translation.
   */
  translatedFrom?: string;
  /** In a translation: "Translated from the English text of {date}." Shown when `translatedFrom` is set. */
  translatedFromLabel?: string;
}

/**
 * The privacy line's added sentences. The element's own sentence says that the widget sends nothing
 * (the self-check's `intro.privacy`, the aftercare form's `form.hint`); these follow it only where
 * the widget's settings make them true.
 */
export interface PrivacyContent {
  /** With `remember` on the self-check, after its privacy line: the answers are kept in this tab for 24 hours at most, less if it closes or on Start again. */
  keptFor: string;
  /** With `remember` on the aftercare plan, after `form.hint`: the time is kept until the patient forgets it, or 7 days after the plan's last timed step ends. */
  keptAfterPlan: string;
}

/** A nested partial: every key optional at every depth. Arrays are replaced, not merged. */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? {[K in keyof T]?: DeepPartial<T[K]>}
    : T;

/** The outcome of checking one override: the merged value and what was wrong with it. */
export interface Checked<T> {
  value: T;
  errors: ConfigErrorDetail[];
}

/** What a widget says about where its content stands: reviewed by someone, or only updated. */
export type Provenance =
  | {kind: 'reviewed'; date: string; by: string; next: string | null}
  | {kind: 'updated'; date: string};

/** Colour schemes: `auto` follows the visitor's `prefers-color-scheme`. */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];
/** A checked attribute value: the value to use and, when the input was refused, why. */
export interface CheckedAttribute<T> {
  value: T;
  problem?: string;
}

/** Detail of `meso-book`: which widget asked and where it is going. Codes only, never answers. */
export interface BookDetail {
  /** The widget that fired it: `eligibility`, `aftercare` or `vs-filler`. */
  source: string;
  /** The absolute booking URL the link navigates to unless the event is cancelled. */
  url: string;
  /**
   * Element-specific codes, for example the recommendation. The self-check adds `outcome` and
   * `kind`: `treatment` (`booking-url`, under no-concerns) or `consultation` (`consultation-url`, a
   * consultation-only booking, under ask-doctor). A handler that opens its own booking must follow `kind`.
   */
  [code: string]: unknown;
}

