import {isPlainObject} from '../shared/config.js';
import type {ConfigErrorDetail} from '../shared/config-error.js';

/** How a patient answered a health question. */
export type Answer = 'yes' | 'no' | 'unsure';
/** How serious a reason is, most serious first. */
export const RULE_SEVERITIES = ['not-recommended', 'not-now', 'ask-doctor'] as const;
export type RuleSeverity = (typeof RULE_SEVERITIES)[number];
/** The result of the self-check. It never says a patient is eligible or suitable. */
export type Outcome = RuleSeverity | 'no-concerns';

export const GOAL_IDS = ['face', 'hair', 'body', 'weight'] as const;
export type GoalId = (typeof GOAL_IDS)[number];

/** The health questions, in the order they are asked (`adult` first). */
export const QUESTION_IDS = [
  'adult',
  'pregnant',
  'breastfeeding',
  'bleeding',
  'immune',
  'skin',
  'allergy',
  'conditions',
  'heart-stroke',
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

/** What one health question does: the answer that raises it, its severity, whether it is asked. */
export interface QuestionRule {
  /** The answer that gives this question's severity (`no` for `adult`, `yes` for the rest). */
  when: 'yes' | 'no';
  severity: RuleSeverity;
  hidden: boolean;
}
export type EligibilityRules = Record<QuestionId, QuestionRule>;

/** The spec's rule table. Clinics change `severity` or `hidden` per question with the `rules` override. */
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

export interface EligibilityAnswers {
  goals: readonly GoalId[];
  health: Partial<Record<QuestionId, Answer>>;
}

/** A reason behind the outcome: a health question (by its answer), or `weight-loss` as the only goal. */
export interface EligibilityReason {
  id: QuestionId | 'weight-loss';
  severity: RuleSeverity;
  answer?: Answer;
}

/** Information beside the outcome that never changes it. */
export type EligibilityNote = 'weight-loss' | 'body-fat';

export interface EligibilityResult {
  outcome: Outcome;
  reasons: EligibilityReason[];
  notes: EligibilityNote[];
}

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
 * Checks a clinic's rules override (`{"conditions": {"severity": "ask-doctor"}, "skin": {"hidden": true}}`)
 * and merges it over `base`. Unknown questions or keys and wrong values are errors and are ignored.
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
    for (const [key, setting] of Object.entries(change)) {
      if (key === 'severity' && (RULE_SEVERITIES as readonly unknown[]).includes(setting)) rule.severity = setting as RuleSeverity;
      else if (key === 'severity')
        errors.push({path: `${questionPath}.severity`, message: `expected one of ${RULE_SEVERITIES.join(', ')}`});
      else if (key === 'hidden' && typeof setting === 'boolean') rule.hidden = setting;
      else if (key === 'hidden') errors.push({path: `${questionPath}.hidden`, message: 'expected true or false'});
      else errors.push({path: `${questionPath}.${key}`, message: 'unknown key (known: severity, hidden)'});
    }
    value[id as QuestionId] = rule;
  }
  return {value, errors};
}
