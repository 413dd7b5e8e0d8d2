import type {AftercareDurations, AftercarePlan, AftercarePlanSummary} from '../../types/aftercare.js';
import {aftercarePlan} from './plan.js';

const DAY = 24 * 60 * 60 * 1000;

/** How long a remembered treatment time is kept after the plan's last timed step has ended, in days. */
export const KEPT_AFTER_PLAN_DAYS = 7;

/**
 * Until when (ms since the epoch) a remembered treatment time `at` is kept: the end of the plan's
 * last timed step under `durations`, plus {@link KEPT_AFTER_PLAN_DAYS} days. After it the time is
 * forgotten.
 */
export function keptUntil(at: Date, durations: AftercareDurations): number {
  const end = aftercarePlan(at, durations, at)?.recoveryEndsAt ?? at;
  return end.getTime() + KEPT_AFTER_PLAN_DAYS * DAY;
}

/** The plan as the `plan` property holds it: the treatment time and each item's end, in ISO 8601 (UTC). */
export const planSummary = (plan: AftercarePlan): AftercarePlanSummary => ({
  treatedAt: plan.treatedAt.toISOString(),
  items: plan.items.map(({id, endsAt}) => ({id, endsAt: endsAt ? endsAt.toISOString() : null})),
});
