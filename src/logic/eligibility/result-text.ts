import type {EligibilityContent, EligibilityReason} from '../../types/eligibility.js';

/**
 * The sentence that explains one reason on the result: the question's own reason for the answer
 * that raises it; for "Not sure", the question's own "not sure" sentence (why it matters and what
 * to do); and its own sentence for weight loss as the only goal.
 */
export function reasonText(content: EligibilityContent, {id, answer}: EligibilityReason): string {
  if (id === 'weight-loss') return content.weightLossReason;
  if (answer === 'unsure') return content.questions[id].unsure;
  return content.questions[id].reason;
}
