import {parseSavedProgress, type Progress} from './flow.js';

/** How long remembered self-check answers are kept after they were last saved: 24 hours. */
export const ANSWERS_KEPT_MS = 24 * 3_600_000;

/** What `remember` keeps of the self-check: the step, the goals and the answers, and when it expires. */
export function progressRecord(progress: Progress & {step: string}, now: Date): string {
  return JSON.stringify({step: progress.step, goals: progress.goals, health: progress.health, expires: now.getTime() + ANSWERS_KEPT_MS});
}

/**
 * Reads remembered progress back, or `null` when there is none to use: nothing saved, unreadable
 * or hostile text, no expiry (saved before answers expired), an expiry that has passed, or one
 * further away than answers are ever kept. The caller deletes what gives `null`.
 */
export function readProgressRecord(text: string | null, now: Date): (Progress & {step: string}) | null {
  if (!text) return null;
  let expires: unknown;
  try {
    expires = (JSON.parse(text) as {expires?: unknown} | null)?.expires;
  } catch {
    return null;
  }
  const left = typeof expires === 'number' ? expires - now.getTime() : NaN;
  if (!(left > 0 && left <= ANSWERS_KEPT_MS)) return null;
  return parseSavedProgress(text);
}
