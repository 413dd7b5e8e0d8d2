import {isServer} from 'lit';
import {aftercarePlan, parseTreatedAt} from '../logic/aftercare/plan.js';
import {emit} from '../shared/events.js';
import type {AftercareDurations, AftercarePlan} from '../types/aftercare.js';

/**
 * The personal plan from the treatment time `at` and the durations in use, at the clock's time:
 * `now` (ISO 8601) when set, else the real time. Null without a treatment time. A server render
 * never reads the server's clock: without `now` there is no plan, and the form shows instead.
 */
export function personalPlan(at: Date | null, durations: AftercareDurations, now: string): AftercarePlan | null {
  if (isServer && !now) return null;
  return at ? aftercarePlan(at, durations, parseTreatedAt(now) ?? new Date()) : null;
}

/**
 * Fires `meso-aftercare-plan` from `host` when a plan shows whose treatment time or durations
 * differ from the last one announced (`last`, a signature this returns: pass it back next time).
 * The clock's ticks alone announce nothing.
 */
export function announcePlan(host: EventTarget, plan: AftercarePlan | null, durations: AftercareDurations, last: string): string {
  const signature = plan ? `${plan.treatedAt.getTime()}|${JSON.stringify(durations)}` : '';
  if (plan && signature !== last) {
    emit(host, 'meso-aftercare-plan', {
      treatedAt: plan.treatedAt.toISOString(),
      items: plan.items.map((item) => ({id: item.id, endsAt: item.endsAt ? item.endsAt.toISOString() : null})),
    });
  }
  return signature;
}
