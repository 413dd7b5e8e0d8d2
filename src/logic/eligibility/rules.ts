import {isPlainObject} from '../config.js';
import type {ConfigErrorDetail} from '../../types/common.js';
import {
  GOAL_IDS,
  QUESTION_IDS,
  RULE_SEVERITIES,
  type EligibilityAnswers,
  type EligibilityNote,
  type EligibilityReason,
  type EligibilityResult,
  type EligibilityRules,
  type Outcome,
  type QuestionId,
  type RuleSeverity,
} from '../../types/eligibility.js';

/**
 * The safety floor: contraindication questions a clinic may make stricter but never hide, and
 * never set below `ask-doctor`. Every question of the self-check is one of them.
 */
export const SAFETY_FLOOR: readonly QuestionId[] = QUESTION_IDS;

/** The mildest severity a safety-floor question may have. */
export const FLOOR_SEVERITY: RuleSeverity = 'ask-doctor';

/** Whether the result may offer booking: never under `not-recommended` or `not-now`. */
export const bookingAllowed = (outcome: Outcome): boolean => outcome === 'no-concerns' || outcome === 'ask-doctor';

/**
 * The spec's rule table. Clinics change `severity` per question with the `rules` override, within
 * the safety floor; `hidden` is refused for safety-floor questions.
 */
export const DEFAULT_RULES: EligibilityRules = {
  adult: {when: 'no', severity: 'not-recommended', hidden: false},
  pregnant: {when: 'yes', severity: 'not-now', hidden: false},
  breastfeeding: {when: 'yes', severity: 'not-now', hidden: false},
  bleeding: {when: 'yes', severity: 'not-recommended', hidden: false},
  immune: {when: 'yes', severity: 'not-recommended', hidden: false},
  skin: {when: 'yes', severity: 'not-now', hidden: false},
  allergy: {when: 'yes', severity: 'not-recommended', hidden: false},
  conditions: {when: 'yes', severity: 'not-recommended', hidden: false},
  'heart-stroke': {when: 'yes', severity: 'not-recommended', hidden: false},
};

const rank = (severity: RuleSeverity) => RULE_SEVERITIES.indexOf(severity);

/** The questions a patient is asked under `rules`, in order. */
export const visibleQuestions = (rules: EligibilityRules = DEFAULT_RULES): QuestionId[] =>
  QUESTION_IDS.filter((id) => !rules[id].hidden);

/**
 * The outcome of the self-check: the most serious severity among the reasons
 * (`not-recommended` > `not-now` > `ask-doctor`), or `no-concerns` when there is none.
 *
 * - A question answered with its rule's `when` answer gives the rule's severity; "Not sure" gives
 *   `ask-doctor`. Hidden and unanswered questions give nothing.
 * - The goal `weight` alone gives the reason `weight-loss` (`not-recommended`); with other goals it
 *   is an `info` note. The goal `body` adds the `body-fat` note. Notes never change the outcome.
 */
export function assessEligibility(answers: EligibilityAnswers, rules: EligibilityRules = DEFAULT_RULES): EligibilityResult {
  const reasons: EligibilityReason[] = [];
  for (const id of visibleQuestions(rules)) {
    const answer = answers.health[id];
    if (answer === 'unsure') reasons.push({id, severity: 'ask-doctor', answer});
    else if (answer !== undefined && answer === rules[id].when) reasons.push({id, severity: rules[id].severity, answer});
  }
  const goals = new Set(answers.goals.filter((goal) => (GOAL_IDS as readonly string[]).includes(goal)));
  const notes: EligibilityNote[] = [];
  if (goals.has('weight')) {
    if (goals.size === 1) reasons.push({id: 'weight-loss', severity: 'not-recommended'});
    else notes.push('weight-loss');
  }
  if (goals.has('body')) notes.push('body-fat');
  reasons.sort((a, b) => rank(a.severity) - rank(b.severity));
  const outcome: Outcome = reasons.length ? reasons[0].severity : 'no-concerns';
  return {outcome, reasons, notes};
}

/**
 * Checks a clinic's rules override (`{"conditions": {"severity": "ask-doctor"}}`) and merges it over
 * `base`. Unknown questions or keys and wrong values are errors and are ignored. The safety floor
 * holds: hiding a floor question, or a severity below `ask-doctor`, is an error and the default stays.
 */
export function mergeRules(
  base: EligibilityRules,
  override: unknown,
  path = 'rules',
): {value: EligibilityRules; errors: ConfigErrorDetail[]} {
  const errors: ConfigErrorDetail[] = [];
  if (override === undefined || override === null) return {value: base, errors};
  if (!isPlainObject(override)) {
    errors.push({path, message: 'expected an object of question ids'});
    return {value: base, errors};
  }
  const value = {...base};
  for (const [id, change] of Object.entries(override)) {
    const questionPath = `${path}.${id}`;
    if (!(QUESTION_IDS as readonly string[]).includes(id)) {
      errors.push({path: questionPath, message: `unknown question (known: ${QUESTION_IDS.join(', ')})`});
      continue;
    }
    if (!isPlainObject(change)) {
      errors.push({path: questionPath, message: 'expected an object with "severity" and/or "hidden"'});
      continue;
    }
    const rule = {...value[id as QuestionId]};
    const floor = SAFETY_FLOOR.includes(id as QuestionId);
    for (const [key, setting] of Object.entries(change)) {
      if (key === 'severity' && (RULE_SEVERITIES as readonly unknown[]).includes(setting)) rule.severity = setting as RuleSeverity;
      else if (key === 'severity' && floor)
        errors.push({
          path: `${questionPath}.severity`,
          message: `"${id}" is in the safety floor: expected one of ${RULE_SEVERITIES.join(', ')}, never lower than ${FLOOR_SEVERITY}; the default stays`,
        });
      else if (key === 'severity')
        errors.push({path: `${questionPath}.severity`, message: `expected one of ${RULE_SEVERITIES.join(', ')}`});
      else if (key === 'hidden' && setting === true && floor)
        errors.push({path: `${questionPath}.hidden`, message: `"${id}" is in the safety floor and is always asked; the question stays`});
      else if (key === 'hidden' && typeof setting === 'boolean') rule.hidden = setting;
      else if (key === 'hidden') errors.push({path: `${questionPath}.hidden`, message: 'expected true or false'});
      else errors.push({path: `${questionPath}.${key}`, message: 'unknown key (known: severity, hidden)'});
    }
    value[id as QuestionId] = rule;
  }
  return {value, errors};
}
