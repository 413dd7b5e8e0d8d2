import type {
  EligibilityAnswers,
  EligibilityContent,
  EligibilityResult,
  EligibilityShareDetail,
  QuestionId,
  ShareChannel,
} from '../../types/eligibility.js';
import {fillTemplate, formatIsoDate} from '../locale.js';
import {listSeparator} from '../punctuation.js';

/**
 * What the self-check hands to the clinic, and only after the patient ticked consent and chose a
 * channel: the summary (the answers in words, the outcome, the date) and the links that carry it.
 * Pure: the element and the share part call these; nothing here sends anything.
 */

/**
 * The longest `mailto:` link the mail channel makes, in characters. Mail apps and browsers cut or
 * refuse longer ones (Outlook and some webmail handlers near 2,000); past it the mail carries the
 * outcome and the date only, and says so.
 */
export const MAILTO_LIMIT = 2000;

/** The patient's own calendar day of `now`, `YYYY-MM-DD`. */
export const localDay = (now: Date): string =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

/**
 * The detail of `meso-eligibility-share` for `channel`: the outcome, the goals, and the answers to
 * the questions asked (`questions`, in order; unanswered ones are left out), on `date`.
 */
export function shareDetail(
  channel: ShareChannel,
  result: EligibilityResult,
  {goals, health}: EligibilityAnswers,
  questions: readonly QuestionId[],
  date: string,
): EligibilityShareDetail {
  const answers: EligibilityShareDetail['answers'] = {};
  for (const id of questions) if (health[id]) answers[id] = health[id];
  return {channel, outcome: result.outcome, answers, goals: [...goals], date};
}

/** One line of the summary: a label and its value, in the patient's language. */
export interface ShareLine {
  label: string;
  value: string;
}

/**
 * The summary the patient sees before consenting, line by line, exactly as every channel carries
 * it: the date, the outcome, the goals, then each answered question by its short label.
 */
export function shareLines(content: EligibilityContent, detail: Omit<EligibilityShareDetail, 'channel'>, locale: string): ShareLine[] {
  const s = content.share;
  return [
    {label: s.date, value: formatIsoDate(detail.date, locale)},
    {label: s.outcome, value: content.outcomes[detail.outcome].headline},
    {label: s.goals, value: detail.goals.length ? detail.goals.map((goal) => content.goals[goal]).join(listSeparator(locale)) : content.summary.noGoals},
    ...(Object.keys(detail.answers) as QuestionId[]).map((id) => ({
      label: content.questions[id].label,
      value: content.answers[detail.answers[id]!],
    })),
  ];
}

/** The summary as plain text (the mail's body and the QR code): the title, then one line each. */
export const shareText = (content: EligibilityContent, lines: readonly ShareLine[]): string =>
  [content.share.title, ...lines.map((line) => fillTemplate(content.share.line, {label: line.label, value: line.value}))].join('\r\n');

/**
 * The clinic's address for the mail channel, checked: one plain address, nothing a `mailto:` link
 * would read as more recipients or headers (`?`, `&`, `,`, `%`, `#`, spaces). Returns `''` when it
 * is not one.
 */
export function checkShareEmail(input: string | null | undefined): string {
  const text = (input ?? '').trim();
  return text.length <= 254 && /^[A-Za-z0-9.!$'*+/=^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/.test(text)
    ? text
    : '';
}

/**
 * The mail channel's link: the patient's own mail app opens with the clinic's address, the subject
 * and the summary, and sends nothing until the patient does. Kept within `MAILTO_LIMIT`: when the
 * summary does not fit, the body is the title, the date, the outcome and `shortened`.
 */
export function mailtoHref(address: string, subject: string, text: string, short: string): string {
  const href = (body: string) => `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  const full = href(text);
  return full.length <= MAILTO_LIMIT ? full : href(short);
}

/** The mail channel's link for `lines`, with the content's subject and shortened body. */
export const shareMailto = (content: EligibilityContent, address: string, lines: readonly ShareLine[]): string =>
  mailtoHref(
    address,
    content.share.emailSubject,
    shareText(content, lines),
    `${shareText(content, lines.slice(0, 2))}\r\n${content.share.emailShortened}`,
  );

/** The name of the fragment parameter the clinic's page reads: `#meso-share=<JSON>`. */
export const SHARE_PARAMETER = 'meso-share';

/**
 * The clinic-page channel's link: the clinic's `share-url` with the detail as JSON in the fragment,
 * which browsers do not send to servers. The page reads it with
 * `JSON.parse(new URLSearchParams(location.hash.slice(1)).get('meso-share'))`.
 */
export function shareUrlHref(base: string, detail: EligibilityShareDetail): string {
  const url = new URL(base);
  url.hash = new URLSearchParams({[SHARE_PARAMETER]: JSON.stringify(detail)}).toString();
  return url.href;
}
