import {parseSavedProgress, type SavedProgress} from '../logic/eligibility/flow.js';
import {safeStorage, storageKey} from '../shared/storage.js';

/**
 * Remembered progress: the one place that stores anything of the self-check. Only a page that
 * opts in with `remember` uses it. What is kept: the step the patient was on, their answers and
 * when they were saved (`{step, goals, health, savedAt}` as JSON), in `sessionStorage`, so it
 * lasts as long as the tab, at most 24 hours after the last change, and never leaves the browser. Under which key: `meso-widgets:meso-eligibility`, plus `#` and the
 * element's `id` when it has one, so several self-checks on a page keep apart. Storage that
 * throws (private modes, full quotas, sandboxed frames) counts as nothing stored.
 */
const storage = safeStorage('session');

const keyFor = (id: string) => storageKey('meso-eligibility', id);

/**
 * The progress remembered for the element with this `id`, checked (unknown goals and answers are
 * dropped), or null. Progress older than 24 hours is removed.
 */
export function recallProgress(id: string): SavedProgress | null {
  const text = storage.get(keyFor(id));
  const saved = parseSavedProgress(text);
  if (!saved && text !== null) storage.remove(keyFor(id));
  return saved;
}

/** Remembers the patient's step and answers for the element with this `id`. */
export function keepProgress(id: string, {step, goals, health}: SavedProgress): void {
  storage.set(keyFor(id), JSON.stringify({step, goals, health, savedAt: Date.now()}));
}

/** Forgets what was remembered for the element with this `id` (Start again). */
export const forgetProgress = (id: string): void => storage.remove(keyFor(id));
