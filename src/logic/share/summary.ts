import {fillTemplate, formatIsoDate} from '../locale.js';
import {DEFAULT_RULES} from '../eligibility/rules.js';
import {encodeShareFragment, localDay} from './fragment.js';
import {utf8Length} from './text.js';
import {
  GOAL_IDS,
  QUESTION_IDS,
  type Answer,
  type EligibilityContent,
  type GoalId,
  type Outcome,
  type QuestionId,
} from '../../types/eligibility.js';
import type {ShareContent, ShareSummary} from '../../types/share.js';

/** The self-check's words the summary reads, straight from its content (never copied here). */
export type SummaryContent = Pick<EligibilityContent, 'questions' | 'answers' | 'goals' | 'goalsLabel' | 'outcomes' | 'notDiagnosis'>;

/** Everything the summary in words needs: the self-check's content, the share screen's, the clinic. */
export interface SummaryWords {
  eligibility: SummaryContent;
  share: ShareContent;
  /** The clinic's name (`clinic-name`). */
  clinic: string;
  /** The locale to write the date in. */
  locale: string;
}

/**
 * What would be shared: the outcome, the answer to every question asked (in the order asked), the
 * goals and today's date in the patient's time zone. Answers to questions that were not asked
 * (hidden by the rules) are left out.
 */
export function shareSummary(
  progress: {goals: readonly GoalId[]; health: Partial<Record<QuestionId, Answer>>},
  outcome: Outcome,
  asked: readonly QuestionId[],
  now: Date,
): ShareSummary {
  const answers: Partial<Record<QuestionId, Answer>> = {};
  for (const id of QUESTION_IDS) {
    const answer = progress.health[id];
    if (asked.includes(id) && answer) answers[id] = answer;
  }
  return {outcome, answers, goals: GOAL_IDS.filter((goal) => progress.goals.includes(goal)), date: localDay(now)};
}

/** The answer to a question that raises no concern: "Yes" to being 18 or over, "No" to the rest. */
export const clearAnswer = (id: QuestionId): Answer => (DEFAULT_RULES[id].when === 'yes' ? 'no' : 'yes');

/** One health answer in words: the question as asked, its short label and the answer. */
export interface AnswerInWords {
  id: QuestionId;
  question: string;
  label: string;
  answer: string;
}

/** The summary in words, as the patient sees it before sharing. */
export interface SummaryInWords {
  date: string;
  outcome: string;
  goals: string[];
  answers: AnswerInWords[];
}

/** The summary in the patient's language, from the content: for the preview on screen. */
export function summaryInWords(summary: ShareSummary, words: SummaryWords): SummaryInWords {
  const {eligibility} = words;
  return {
    date: formatIsoDate(summary.date, words.locale),
    outcome: eligibility.outcomes[summary.outcome].headline,
    goals: summary.goals.map((goal) => eligibility.goals[goal]),
    answers: QUESTION_IDS.flatMap((id) => {
      const answer = summary.answers[id];
      return answer
        ? [{id, question: eligibility.questions[id].question, label: eligibility.questions[id].label, answer: eligibility.answers[answer]}]
        : [];
    }),
  };
}

/**
 * The summary as plain text (for an email and a QR code), from the richest form to the shortest:
 *
 * 0. every question as asked, with its answer, and the goals in full;
 * 1. each question's short label instead of the question;
 * 2. the goals' short names, only the answers that raise something by label, and one line for the
 *    rest (which by the rules all raised no concern);
 * 3. the outcome in words, then the answers as codes (the URL fragment's format).
 *
 * Each form holds the same facts; a channel takes the first one that fits its limit.
 */
export function summaryTexts(summary: ShareSummary, words: SummaryWords): string[] {
  const {eligibility, share} = words;
  const inWords = summaryInWords(summary, words);
  const line = (label: string, value: string) => fillTemplate(share.line, {label, value});
  const head = [
    fillTemplate(share.title, {clinic: words.clinic}),
    line(share.date, inWords.date),
    line(share.outcome, inWords.outcome),
  ];
  const goals = (names: string[]) => (names.length ? [line(eligibility.goalsLabel, names.join(share.separator))] : []);
  const tail = eligibility.notDiagnosis;
  const full = [
    ...head,
    ...goals(inWords.goals),
    ...inWords.answers.map((answer) => fillTemplate(share.questionLine, {question: answer.question, answer: answer.answer})),
    tail,
  ];
  const labels = [...head, ...goals(inWords.goals), ...inWords.answers.map((answer) => line(answer.label, answer.answer)), tail];
  const raised = inWords.answers.filter((answer) => summary.answers[answer.id] !== clearAnswer(answer.id));
  const brief = [
    ...head,
    ...goals(summary.goals.map((goal) => share.goalsShort[goal])),
    ...raised.map((answer) => line(answer.label, answer.answer)),
    ...(raised.length < inWords.answers.length ? [share.otherAnswers] : []),
    tail,
  ];
  const codes = [head[0], line(share.outcome, inWords.outcome), share.codes, encodeShareFragment(summary)];
  return [full, labels, brief, codes].map((lines) => lines.join('\n'));
}

/**
 * The most a QR code on the share screen holds, in UTF-8 bytes: about a version 22 code at
 * error correction M (105 modules a side), which a phone camera still reads from a phone screen
 * or a printed page.
 */
export const QR_MAX_BYTES = 1000;

/** The richest of {@link summaryTexts} that fits in a QR code, or `null` when none does. */
export function qrText(texts: readonly string[], max: number = QR_MAX_BYTES): string | null {
  return texts.find((text) => utf8Length(text) <= max) ?? null;
}
