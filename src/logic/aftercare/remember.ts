import {aftercarePlan, parseTreatedAt} from './plan.js';
import type {AftercareDurations} from '../../types/aftercare.js';

/** How long a remembered treatment time is kept after the plan's last timed step has ended: 7 days. */
export const TIME_KEPT_AFTER_MS = 7 * 24 * 3_600_000;

/**
 * When a remembered treatment time expires: 7 days after the end of the plan's last timed step
 * (with `durations`, the items the patient sees), or 7 days after the treatment when no step has an end.
 */
export function treatmentTimeExpiry(treatedAt: Date, durations: AftercareDurations): Date {
  const plan = aftercarePlan(treatedAt, durations, treatedAt);
  const last = plan?.recoveryEndsAt ?? treatedAt;
  return new Date(last.getTime() + TIME_KEPT_AFTER_MS);
}

/**
 * Reads a remembered treatment time back (as `remember` keeps it, `2026-11-24T10:30`), or `null`
 * when there is none to use: nothing saved, unreadable text, or a time whose plan ended more than 7
 * days ago. The caller deletes what gives `null`.
 */
export function readTreatmentTime(text: string | null, durations: AftercareDurations, now: Date): Date | null {
  const at = parseTreatedAt(text);
  if (!at) return null;
  return now.getTime() < treatmentTimeExpiry(at, durations).getTime() ? at : null;
}
