import {GOAL_IDS, QUESTION_IDS, type Answer, type GoalId, type Outcome, type QuestionId} from '../../types/eligibility.js';
import type {ShareSummary} from '../../types/share.js';

/** The fragment's first key and its format version: `#meso-share=1&…`. */
export const FRAGMENT_KEY = 'meso-share';
export const FRAGMENT_VERSION = '1';

const OUTCOMES: readonly Outcome[] = ['not-recommended', 'not-now', 'ask-doctor', 'no-concerns'];
const ANSWERS: readonly Answer[] = ['yes', 'no', 'unsure'];

/** A real calendar day written `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The patient's local day of `now`, `YYYY-MM-DD`: the date the summary carries, never a time. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(now.getFullYear()).padStart(4, '0')}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The summary as a URL fragment (without `#`), in the order people read it:
 * `meso-share=1&outcome=ask-doctor&date=2026-12-03&goals=face,hair&adult=yes&pregnant=no&…`.
 * Browsers never send a fragment to a server; the clinic's page reads it with `URLSearchParams`.
 */
export function encodeShareFragment(summary: ShareSummary): string {
  const params = new URLSearchParams();
  params.set(FRAGMENT_KEY, FRAGMENT_VERSION);
  params.set('outcome', summary.outcome);
  params.set('date', summary.date);
  params.set('goals', GOAL_IDS.filter((goal) => summary.goals.includes(goal)).join(','));
  for (const id of QUESTION_IDS) {
    const answer = summary.answers[id];
    if (answer) params.set(id, answer);
  }
  return params.toString();
}

/**
 * Reads a fragment written by {@link encodeShareFragment} (with or without its `#`). Everything in
 * it is treated as hostile: only the known keys with known values are kept, unknown keys are
 * ignored, and a fragment without the version, a known outcome or a real date gives `null`.
 */
export function decodeShareFragment(fragment: string): ShareSummary | null {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(String(fragment).replace(/^#/, ''));
  } catch {
    return null;
  }
  if (params.get(FRAGMENT_KEY) !== FRAGMENT_VERSION) return null;
  const outcome = params.get('outcome') as Outcome;
  const date = params.get('date') ?? '';
  if (!OUTCOMES.includes(outcome) || !isIsoDate(date)) return null;
  const listed = (params.get('goals') ?? '').split(',');
  const goals: GoalId[] = GOAL_IDS.filter((goal) => listed.includes(goal));
  const answers: Partial<Record<QuestionId, Answer>> = {};
  for (const id of QUESTION_IDS) {
    const answer = params.get(id) as Answer;
    if (ANSWERS.includes(answer)) answers[id] = answer;
  }
  return {outcome, answers, goals, date};
}

/**
 * The clinic's `share-url` with the summary as its fragment (any fragment it had is replaced).
 * `base` must be an absolute `http:` or `https:` URL; anything else gives `null`.
 */
export function shareUrl(base: string, summary: ShareSummary): string | null {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  url.hash = encodeShareFragment(summary);
  return url.href;
}
