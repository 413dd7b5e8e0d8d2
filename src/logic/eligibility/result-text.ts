import {fillTemplate} from '../locale.js';
import type {EligibilityContent, EligibilityReason} from '../../types/eligibility.js';

/**
 * The sentence that explains one reason on the result: the question's own reason; for "Not sure",
 * "you were not sure about {label}" (and a sentence about age for the age question); and its own
 * sentence for weight loss as the only goal.
 */
export function reasonText(content: EligibilityContent, {id, answer}: EligibilityReason): string {
  if (id === 'weight-loss') return content.weightLossReason;
  if (answer === 'unsure' && id === 'adult') return content.unsureAge;
  if (answer === 'unsure') return fillTemplate(content.unsureReason, {label: content.questions[id].label});
  return content.questions[id].reason;
}
