import type {PrivacyContent} from '../types/common.js';

/**
 * The privacy line the patient reads, from the widget's own settings, so it is true in every
 * configuration: `base`, the element's own sentence (the widget sends nothing, and its events
 * carry no answer), then, with `remember`, the `kept` sentence that says what the device keeps and
 * until when. A blank sentence (a clinic's override) is left out.
 */
export const privacyLine = (base: string, strings: PrivacyContent, kept: keyof PrivacyContent | false): string =>
  kept && strings[kept].trim() ? `${base} ${strings[kept]}` : base;
