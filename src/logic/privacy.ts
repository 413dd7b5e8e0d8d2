import type {PrivacyContent} from '../types/common.js';

/** The settings the privacy line depends on. */
export interface PrivacySettings {
  /** `detailed-events` is set: the events hand the page what the patient entered. */
  detailedEvents: boolean;
  /** With `remember`, the sentence that says how long the device keeps it; without, nothing is kept. */
  kept?: 'keptFor' | 'keptAfterPlan';
}

/**
 * The privacy line the patient reads, from the widget's own settings, so it is true in every
 * configuration: `base`, the element's own sentence (the widget sends nothing); with
 * `detailed-events` that this website can read what is entered too; with `remember` what the
 * device keeps and for how long. Blank sentences (a clinic's override) are left out.
 */
export const privacyLine = (base: string, strings: PrivacyContent, settings: PrivacySettings): string =>
  [base, settings.detailedEvents && strings.seen, settings.kept && strings[settings.kept]].filter((text) => text && text.trim()).join(' ');
