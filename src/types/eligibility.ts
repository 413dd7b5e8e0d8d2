/**
 * The self-check's ids and types: answers, goals, questions, rules, results, layouts and steps, its
 * content's shape and its events' details. Content, logic and the element all import them from here.
 */
import type {CommonContent} from './common.js';

/** How a patient answered a health question. */
export type Answer = 'yes' | 'no' | 'unsure';
/** The answers to every health question, in the order they are offered. */
export const ANSWERS: readonly Answer[] = ['yes', 'no', 'unsure'];
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

/**
 * What one health question does: the answer that raises it and the severity it gives, the severity
 * of "Not sure", and whether it is asked.
 */
export interface QuestionRule {
  /** The answer that gives this question's severity (`no` for `adult`, `yes` for the rest). */
  when: 'yes' | 'no';
  /** What the answer in `when` gives. */
  severity: RuleSeverity;
  /** What "Not sure" gives. Set per question: "Not sure" about pregnancy is `not-now`. */
  unsure: RuleSeverity;
  hidden: boolean;
}
export type EligibilityRules = Record<QuestionId, QuestionRule>;

/** The mildest setting a clinic may give one question: for the answer that raises it, and for "Not sure". */
export interface QuestionFloor {
  severity: RuleSeverity;
  unsure: RuleSeverity;
}

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

/**
 * Information beside the outcome that never changes it: weight loss is not what mesotherapy is for,
 * the fat-loss caveats, and that hair loss can have a medical cause.
 */
export type EligibilityNote = 'weight-loss' | 'body-fat' | 'hair-loss';

export interface EligibilityResult {
  outcome: Outcome;
  reasons: EligibilityReason[];
  notes: EligibilityNote[];
}

/** One question per step, or all health questions on one page. */
export type Layout = 'steps' | 'list';
export const LAYOUTS: readonly Layout[] = ['steps', 'list'];

/**
 * One health question: what is asked, a hint, a short label for summaries, and the reason texts.
 * Each reason text is true at every severity a clinic may set for the question.
 */
export interface QuestionContent {
  question: string;
  hint: string;
  /** Short name used in "Check your answers" and in the list layout's error messages. */
  label: string;
  /** Why the answer that raises the question matters, shown in the result. */
  reason: string;
  /** Why "Not sure" matters and what to do, shown in the result when the answer was "Not sure". */
  unsure: string;
}

/** Everything `<meso-eligibility>` says, for one locale. */
export interface EligibilityContent extends CommonContent {
  heading: string;
  /**
   * The intro. `privacy` is the privacy line where no share channel is set; `privacyShare` replaces
   * it where the clinic offers sharing (`{clinic}`: the clinic's name).
   */
  intro: {lead: string; time: string; privacy: string; privacyShare: string; start: string};
  progress: string;
  /** The progress line of the list layout, where the questions come in pages: "Page {n} of {total}". */
  pageProgress: string;
  whyWeAsk: string;
  goalsQuestion: string;
  goalsHint: string;
  goalsLabel: string;
  goals: Record<GoalId, string>;
  questionsHeading: string;
  answers: Record<Answer, string>;
  questions: Record<QuestionId, QuestionContent>;
  continue: string;
  back: string;
  errors: {summaryTitle: string; prefix: string; goals: string; answer: string};
  summary: {heading: string; change: string; changeHidden: string; submit: string; noGoals: string};
  outcomes: Record<Outcome, {headline: string; next: string}>;
  statusLabel: string;
  notDiagnosis: string;
  reasonsHeading: string;
  /** Under `ask-doctor`, shown just before the consultation-only booking link (`consultation-url`). */
  bookAfterDoctor: string;
  /** The consultation-only booking link under `ask-doctor` (`consultation-url`). */
  consultationLabel: string;
  /** The "Share your answers with the clinic" part of the result, where the clinic offers a share channel. */
  share: ShareContent;
  /** Shown with every reason that may involve a medicine (blood thinners, immune, serious conditions, heart attack or stroke). */
  medicineWarning: string;
  weightLossReason: string;
  notesHeading: string;
  notes: Record<EligibilityNote, string>;
  checklistHeading: string;
  checklist: string[];
  expectHeading: string;
  expect: string[];
  startAgain: string;
  print: string;
  announceResult: string;
}

/**
 * The words of the share part. `{clinic}` is the clinic's name (`clinic-name`, which sharing needs:
 * the consent names who receives the answers).
 */
export interface ShareContent {
  /** "Share your answers with {clinic}". */
  heading: string;
  /** What sharing is for, and that the list below is exactly what would be shared. */
  intro: string;
  /** Labels of the summary's lines. */
  date: string;
  outcome: string;
  goals: string;
  /** The heading of the summary in the mail and the QR code: "Mesotherapy self-check". */
  title: string;
  /** One line of the summary in the mail and the QR code: "{label}: {value}". */
  line: string;
  /** The consent checkbox (unticked): names the clinic and the purpose. */
  consent: string;
  /** Under the consent box: how to withdraw, and that unticking does not take back what was shared. */
  withdraw: string;
  /** After consent: "Choose how to share them". */
  choose: string;
  /** The mail channel's link, and the mail's subject. */
  email: string;
  emailSubject: string;
  /** In the mail, when the answers do not fit a mail link: they are shortened to the outcome. */
  emailShortened: string;
  /** The clinic-page channel's link. */
  url: string;
  /** The QR channel's button, the code's text alternative, and the hint under it. */
  qr: string;
  qrAlt: string;
  qrHint: string;
  /** The page-event channel's button, and what it says once pressed (announced). */
  event: string;
  sent: string;
  /** When the share part cannot be loaded (a copied bundle without its `parts/` folder). */
  unavailable: string;
}

/** A way a clinic offers to receive a patient's answers: a mail, its own page, a QR code, or a page event. */
export type ShareChannel = 'email' | 'url' | 'qr' | 'event';
export const SHARE_CHANNELS: readonly ShareChannel[] = ['email', 'url', 'qr', 'event'];

/**
 * Detail of `meso-eligibility-share`, and what every channel carries: fired only after the patient
 * ticked consent and chose `channel`. `answers` holds the health questions asked and answered,
 * `goals` the goal ids, `date` the day of the result (`YYYY-MM-DD`, the patient's own calendar).
 */
export interface EligibilityShareDetail {
  channel: ShareChannel;
  outcome: Outcome;
  answers: Partial<Record<QuestionId, Answer>>;
  goals: GoalId[];
  date: string;
}

/**
 * A clinic's changes to the rules: per question, a new `severity` (the answer that raises it),
 * `unsure` ("Not sure") and/or `hidden`, each within the question's safety floor.
 */
export type EligibilityRulesOverride = Partial<Record<QuestionId, Partial<Pick<QuestionRule, 'severity' | 'unsure' | 'hidden'>>>>;

/**
 * Detail of `meso-eligibility-step`. Two counts, for two purposes:
 * - `index`/`total` place the step among *every screen* of the flow (intro, goals, each health
 *   question, summary, result), from 0: use them for funnel analytics.
 * - `question`/`questions` are what the patient sees, "Question 1 of 9" (the health questions
 *   the rules ask; "Page 1 of 2" in the list layout): `question` is `null` on screens without that
 *   caption, the goals included.
 */
export interface EligibilityStepDetail {
  /** `intro`, `goals`, a question id, `questions` (list layout), `summary` or `result`. */
  step: string;
  /** Position of the step among every screen of the flow, from 0 (the intro is 0). */
  index: number;
  /** Number of screens in the flow, including intro, summary and result. */
  total: number;
  /** The `n` of the visible "Question n of m", from 1; `null` on screens that show no such caption. */
  question: number | null;
  /**
   * The `m` of the visible "Question n of m": the health questions asked (the goals step has no
   * number). In the `list` layout, the `m` of "Page n of m": the goals page and the questions page.
   */
  questions: number;
}

/**
 * Detail of `meso-eligibility-result`: the outcome code only. The reasons are the patient's health
 * answers (special-category data): they stay on the element's `result`.
 */
export interface EligibilityResultDetail {
  outcome: Outcome;
}

