/** The self-check's public logic: its rules, ids, types and English content (what the entries export). */
export * from './rules.js';
// The public functions check their input (./checked.ts); the elements use those of ./rules.js.
export {assessEligibility, bookingAllowed, checkRules, IncompleteAnswersError, LogicInputError, mergeRules, visibleQuestions} from './checked.js';
export {
  GOAL_IDS,
  QUESTION_IDS,
  RULE_SEVERITIES,
  type Answer,
  type EligibilityAnswers,
  type EligibilityContent,
  type EligibilityNote,
  type EligibilityReason,
  type EligibilityResult,
  type EligibilityRules,
  type GoalId,
  type Outcome,
  type QuestionContent,
  type QuestionId,
  type QuestionRule,
  type RuleSeverity,
} from '../../types/eligibility.js';
export {eligibilityEn} from '../../content/en/eligibility.js';
