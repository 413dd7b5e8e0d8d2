/** The self-check's public logic: its rules, ids, types and English content (what the entries export). */
export * from './rules.js';
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
