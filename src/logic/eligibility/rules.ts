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
  type QuestionFloor,
  type QuestionId,
  type RuleSeverity,
} from '../../types/eligibility.js';

/**
 * The safety floor of each question. A clinic may make a question stricter, never milder than
 * this, and never hide it. Age and a known allergy to an ingredient are fixed at
 * `not-recommended`; pregnancy and breastfeeding, and "Not sure" about them or about age, never go
 * below `not-now`, so booking is never offered; every other question never goes below `ask-doctor`.
 */
export const QUESTION_FLOORS: Readonly<Record<QuestionId, QuestionFloor>> = {
  adult: {severity: 'not-recommended', unsure: 'not-now'},
  pregnant: {severity: 'not-now', unsure: 'not-now'},
  breastfeeding: {severity: 'not-now', unsure: 'not-now'},
  bleeding: {severity: 'ask-doctor', unsure: 'ask-doctor'},
  immune: {severity: 'ask-doctor', unsure: 'ask-doctor'},
  skin: {severity: 'ask-doctor', unsure: 'ask-doctor'},
  allergy: {severity: 'not-recommended', unsure: 'ask-doctor'},
  conditions: {severity: 'ask-doctor', unsure: 'ask-doctor'},
  'heart-stroke': {severity: 'ask-doctor', unsure: 'ask-doctor'},
};

/** The questions a clinic may never hide: every question of the self-check. */
export const SAFETY_FLOOR: readonly QuestionId[] = QUESTION_IDS;

/** The mildest severity any question may have; most questions have a higher floor ({@link QUESTION_FLOORS}). */
export const FLOOR_SEVERITY: RuleSeverity = 'ask-doctor';

/** The severities at or above `floor`, most serious first. */
export const severitiesFrom = (floor: RuleSeverity): RuleSeverity[] => RULE_SEVERITIES.slice(0, RULE_SEVERITIES.indexOf(floor) + 1);

/**
 * Whether the result offers the clinic's treatment booking (`booking-url`): only under `no-concerns`.
 * Never under `not-recommended` or `not-now`; under `ask-doctor` the consultation-only booking instead.
 */
export const bookingAllowed = (outcome: Outcome): boolean => outcome === 'no-concerns';

/**
 * Whether the result offers the clinic's consultation-only booking (`consultation-url`): under
 * `ask-doctor` only, after the advice to see a doctor first.
 */
export const consultationAllowed = (outcome: Outcome): boolean => outcome === 'ask-doctor';

/**
 * The questions whose answer may involve a medicine (blood thinners, medicines that weaken the
 * immune system, treatment for a serious condition or after a heart attack or stroke). Wherever one
 * of them is a reason, whatever the answer and the severity, the result warns never to stop a
 * prescribed medicine without talking to your doctor.
 */
export const MEDICINE_REASONS: readonly QuestionId[] = ['bleeding', 'immune', 'conditions', 'heart-stroke'];

/** Whether a result must carry the warning never to stop a prescribed medicine. */
export const needsMedicineWarning = (reasons: readonly Pick<EligibilityReason, 'id'>[]): boolean =>
  reasons.some((reason) => (MEDICINE_REASONS as readonly string[]).includes(reason.id));

/**
 * The spec's rule table. Clinics change `severity` and `unsure` per question with the `rules`
 * override, never below the question's floor; `hidden` is refused for every question.
 */
export const DEFAULT_RULES: EligibilityRules = {
  adult: {when: 'no', severity: 'not-recommended', unsure: 'not-now', hidden: false},
  pregnant: {when: 'yes', severity: 'not-now', unsure: 'not-now', hidden: false},
  breastfeeding: {when: 'yes', severity: 'not-now', unsure: 'not-now', hidden: false},
  bleeding: {when: 'yes', severity: 'not-recommended', unsure: 'ask-doctor', hidden: false},
  immune: {when: 'yes', severity: 'not-recommended', unsure: 'ask-doctor', hidden: false},
  skin: {when: 'yes', severity: 'not-now', unsure: 'ask-doctor', hidden: false},
  allergy: {when: 'yes', severity: 'not-recommended', unsure: 'ask-doctor', hidden: false},
  conditions: {when: 'yes', severity: 'not-recommended', unsure: 'ask-doctor', hidden: false},
  'heart-stroke': {when: 'yes', severity: 'not-recommended', unsure: 'ask-doctor', hidden: false},
};

const rank = (severity: RuleSeverity) => RULE_SEVERITIES.indexOf(severity);

/** The questions a patient is asked under `rules`, in order. */
export const visibleQuestions = (rules: EligibilityRules = DEFAULT_RULES): QuestionId[] =>
  QUESTION_IDS.filter((id) => !rules[id].hidden);

/**
 * The outcome of the self-check: the most serious severity among the reasons
 * (`not-recommended` > `not-now` > `ask-doctor`), or `no-concerns` when there is none.
 *
 * - A question answered with its rule's `when` answer gives the rule's `severity`; "Not sure" gives
 *   the rule's `unsure` severity (`not-now` for pregnancy, breastfeeding and age, `ask-doctor` for
 *   the rest by default). Hidden and unanswered questions give nothing.
 * - The goal `weight` alone gives the reason `weight-loss` (`not-recommended`); with other goals it
 *   is an `info` note. The goal `body` adds the `body-fat` note, and `hair` the `hair-loss` note.
 *   Notes never change the outcome.
 */
export function assessEligibility(answers: EligibilityAnswers, rules: EligibilityRules = DEFAULT_RULES): EligibilityResult {
  const reasons: EligibilityReason[] = [];
  for (const id of visibleQuestions(rules)) {
    const answer = answers.health[id];
    if (answer === 'unsure') reasons.push({id, severity: rules[id].unsure, answer});
    else if (answer !== undefined && answer === rules[id].when) reasons.push({id, severity: rules[id].severity, answer});
  }
  const goals = new Set(answers.goals.filter((goal) => (GOAL_IDS as readonly string[]).includes(goal)));
  const notes: EligibilityNote[] = [];
  if (goals.has('weight')) {
    if (goals.size === 1) reasons.push({id: 'weight-loss', severity: 'not-recommended'});
    else notes.push('weight-loss');
  }
  if (goals.has('body')) notes.push('body-fat');
  if (goals.has('hair')) notes.push('hair-loss');
  reasons.sort((a, b) => rank(a.severity) - rank(b.severity));
  const outcome: Outcome = reasons.length ? reasons[0].severity : 'no-concerns';
  return {outcome, reasons, notes};
}

/**
 * Checks a clinic's rules override (`{"conditions": {"severity": "ask-doctor"}}`) and merges it over
 * `base`. Unknown questions or keys and wrong values are errors and are ignored. The safety floor
 * holds: hiding a question, or a `severity` or `unsure` below the question's floor
 * ({@link QUESTION_FLOORS}), is an error and the default stays.
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
      errors.push({path: questionPath, message: 'expected an object with "severity", "unsure" and/or "hidden"'});
      continue;
    }
    const question = id as QuestionId;
    const rule = {...value[question]};
    const floor = SAFETY_FLOOR.includes(question);
    for (const [key, setting] of Object.entries(change)) {
      const keyPath = `${questionPath}.${key}`;
      if (key === 'severity' || key === 'unsure') {
        const lowest = QUESTION_FLOORS[question][key];
        const allowed = severitiesFrom(lowest);
        const what = key === 'unsure' ? '"Not sure" about ' : '';
        if ((allowed as readonly unknown[]).includes(setting)) rule[key] = setting as RuleSeverity;
        else if (floor)
          errors.push({
            path: keyPath,
            message:
              allowed.length === 1
                ? `${what}"${id}" is in the safety floor and fixed at ${lowest}; the default stays`
                : `${what}"${id}" is in the safety floor: expected one of ${allowed.join(', ')}, never lower than ${lowest}; the default stays`,
          });
        else errors.push({path: keyPath, message: `expected one of ${RULE_SEVERITIES.join(', ')}`});
      } else if (key === 'hidden' && setting === true && floor)
        errors.push({path: keyPath, message: `"${id}" is in the safety floor and is always asked; the question stays`});
      else if (key === 'hidden' && typeof setting === 'boolean') rule.hidden = setting;
      else if (key === 'hidden') errors.push({path: keyPath, message: 'expected true or false'});
      else errors.push({path: keyPath, message: 'unknown key (known: severity, unsure, hidden)'});
    }
    value[question] = rule;
  }
  return {value, errors};
}
