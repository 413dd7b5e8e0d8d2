/** The self-check's public logic: its rules, ids, types and English content (what the entries export). */
export * from './rules.js';
// The public functions check their input (./checked.ts); the elements use those of ./rules.js.
export {assessEligibility, bookingAllowed, checkRules, consultationAllowed, IncompleteAnswersError, LogicInputError, mergeRules, visibleQuestions} from './checked.js';
export {
  GOAL_IDS,
  QUESTION_IDS,
  RULE_SEVERITIES,
  SHARE_CHANNELS,
  type Answer,
  type EligibilityAnswers,
  type EligibilityContent,
  type EligibilityNote,
  type EligibilityReason,
  type EligibilityResult,
  type EligibilityRules,
  type EligibilityShareDetail,
  type GoalId,
  type Outcome,
  type QuestionContent,
  type QuestionFloor,
  type QuestionId,
  type QuestionRule,
  type RuleSeverity,
  type ShareChannel,
  type ShareContent,
} from '../../types/eligibility.js';
export {eligibilityEn} from '../../content/en/eligibility.js';
export {MAILTO_LIMIT, SHARE_PARAMETER, checkShareEmail, localDay, mailtoHref, shareDetail, shareLines, shareMailto, shareText, shareUrlHref, type ShareLine} from './share.js';
