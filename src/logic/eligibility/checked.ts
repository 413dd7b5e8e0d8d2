/**
 * The self-check's public functions as `meso-widgets/logic` exports them, for plain JavaScript callers: each checks its input
 * first and refuses what it cannot use with a {@link LogicInputError} that says where and what is
 * wrong. The elements call the functions underneath directly, with values they have already
 * checked, so the browser bundles carry none of these checks.
 */
import {
  DEFAULT_RULES,
  QUESTION_FLOORS,
  SAFETY_FLOOR,
  severitiesFrom,
  assessEligibility as assess,
  bookingAllowed as allowsBooking,
  consultationAllowed as allowsConsultation,
  mergeRules as mergeRuleTable,
  visibleQuestions as asked,
} from './rules.js';
import {
  GOAL_IDS,
  QUESTION_IDS,
  RULE_SEVERITIES,
  type Answer,
  type EligibilityAnswers,
  type EligibilityResult,
  type EligibilityRules,
  type Outcome,
  type QuestionId,
} from '../../types/eligibility.js';
import type {ConfigErrorDetail} from '../../types/common.js';
import {
  describeValue,
  expectKnownKeys,
  expectOneOf,
  expectRecord,
  expectString,
  LogicInputError,
} from '../input.js';

export {LogicInputError};
// --- The self-check ----------------------------------------------------------------------------

const OUTCOMES: readonly Outcome[] = [...RULE_SEVERITIES, 'no-concerns'];
const ANSWERS: readonly Answer[] = ['yes', 'no', 'unsure'];

/**
 * The self-check was not finished: a question it asks has no answer, or no goal was chosen. It then
 * cannot say there are no concerns, so it says nothing. `missing` lists what is unanswered.
 */
export class IncompleteAnswersError extends LogicInputError {
  override name = 'IncompleteAnswersError';

  constructor(
    /** The unanswered questions, in the order they are asked, and `goals` when none was chosen. */
    readonly missing: (QuestionId | 'goals')[],
  ) {
    super('answers', `the self-check is not complete: no answer for ${missing.join(', ')}; answer every question first`);
  }
}

/**
 * Checks a full rule table (as `DEFAULT_RULES` or `mergeRules(...).value` give it): every question
 * with `when`, a `severity`, an `unsure` severity and `hidden`; no safety-floor question hidden, and
 * no `severity` or `unsure` milder than the question's floor ({@link QUESTION_FLOORS}).
 * @throws {LogicInputError} naming the first thing that is wrong.
 */
export function checkRules(rules: unknown, path = 'rules'): asserts rules is EligibilityRules {
  if (rules === DEFAULT_RULES) return;
  expectRecord(rules, path);
  expectKnownKeys(rules, QUESTION_IDS, path);
  for (const id of QUESTION_IDS) {
    const rule: unknown = rules[id];
    expectRecord(rule, `${path}.${id}`);
    expectKnownKeys(rule, ['when', 'severity', 'unsure', 'hidden'], `${path}.${id}`);
    expectOneOf(rule.when, ['yes', 'no'] as const, `${path}.${id}.when`);
    expectOneOf(rule.severity, severitiesFrom(QUESTION_FLOORS[id].severity), `${path}.${id}.severity`);
    expectOneOf(rule.unsure, severitiesFrom(QUESTION_FLOORS[id].unsure), `${path}.${id}.unsure`);
    if (typeof rule.hidden !== 'boolean') throw new LogicInputError(`${path}.${id}.hidden`, 'expected true or false');
    if (rule.hidden && SAFETY_FLOOR.includes(id)) throw new LogicInputError(`${path}.${id}.hidden`, `"${id}" is in the safety floor and is always asked`);
  }
}

/**
 * The outcome of the self-check: the most serious severity among the reasons
 * (`not-recommended` > `not-now` > `ask-doctor`), or `no-concerns` when there is none.
 *
 * - A question answered with its rule's `when` answer gives the rule's `severity`; "Not sure" gives
 *   the rule's `unsure` severity (`not-now` for age, pregnancy and breastfeeding, `ask-doctor` for
 *   the rest by default).
 * - The goal `weight` alone gives the reason `weight-loss` (`not-recommended`); with other goals it
 *   is an `info` note. The goal `body` adds the `body-fat` note, and `hair` the `hair-loss` note.
 *   Notes never change the outcome.
 *
 * It never reassures on missing answers: when a question it asks is unanswered, or no goal is
 * chosen, it throws {@link IncompleteAnswersError} listing them.
 * @throws {LogicInputError} for answers or rules of the wrong shape: an unknown goal or question id,
 *   an answer other than `yes`, `no` or `unsure` (the message says which and where).
 * @throws {IncompleteAnswersError} when the self-check is not complete.
 */
export function assessEligibility(answers: EligibilityAnswers, rules: EligibilityRules = DEFAULT_RULES): EligibilityResult {
  checkRules(rules);
  expectRecord(answers, 'answers');
  expectKnownKeys(answers, ['goals', 'health'], 'answers');
  if (!Array.isArray(answers.goals)) throw new LogicInputError('answers.goals', `expected a list of goal ids, got ${describeValue(answers.goals)}`);
  answers.goals.forEach((goal, index) => expectOneOf(goal, GOAL_IDS, `answers.goals[${index}]`));
  expectRecord(answers.health, 'answers.health');
  expectKnownKeys(answers.health, QUESTION_IDS, 'answers.health');
  for (const [id, answer] of Object.entries(answers.health)) if (answer !== undefined) expectOneOf(answer, ANSWERS, `answers.health.${id}`);
  const missing: (QuestionId | 'goals')[] = asked(rules).filter((id) => answers.health[id] === undefined);
  if (!answers.goals.length) missing.push('goals');
  if (missing.length) throw new IncompleteAnswersError(missing);
  return assess(answers, rules);
}

/**
 * Whether the result offers the clinic's treatment booking (`booking-url`): only under `no-concerns`
 * (under `ask-doctor` it offers the consultation-only booking, `consultation-url`).
 * @throws {LogicInputError} when `outcome` is not an outcome.
 */
export function bookingAllowed(outcome: Outcome): boolean {
  expectOneOf(outcome, OUTCOMES, 'outcome');
  return allowsBooking(outcome);
}

/**
 * Whether the result offers the clinic's consultation-only booking (`consultation-url`): only under
 * `ask-doctor`, after the advice to see a doctor first.
 * @throws {LogicInputError} when `outcome` is not an outcome.
 */
export function consultationAllowed(outcome: Outcome): boolean {
  expectOneOf(outcome, OUTCOMES, 'outcome');
  return allowsConsultation(outcome);
}

/**
 * The questions a patient is asked under `rules`, in order.
 * @throws {LogicInputError} when `rules` is not a full rule table.
 */
export function visibleQuestions(rules: EligibilityRules = DEFAULT_RULES): QuestionId[] {
  checkRules(rules);
  return asked(rules);
}

/**
 * Checks a clinic's rules override (`{"conditions": {"severity": "ask-doctor"}}`) and merges it over
 * `base`. Unknown questions or keys and wrong values are errors and are ignored. The safety floor
 * holds: hiding a question, or a `severity` or `unsure` below the question's floor
 * (`QUESTION_FLOORS`: `not-recommended` for age and a known allergy, `not-now` for pregnancy and
 * breastfeeding, `ask-doctor` for the rest), is an error and the default stays.
 * @throws {LogicInputError} when `base` is not a full rule table or `path` not a string.
 */
export function mergeRules(base: EligibilityRules, override: unknown, path = 'rules'): {value: EligibilityRules; errors: ConfigErrorDetail[]} {
  checkRules(base, 'base');
  expectString(path, 'path');
  return mergeRuleTable(base, override, path);
}

// --- The aftercare plan --------------------------------------------------------------------------
