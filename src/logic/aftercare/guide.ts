import {describeWindow, windowSentence, windowUnit} from './plan.js';
import {
  AFTERCARE_ITEMS,
  type AftercareContent,
  type AftercareDurations,
  type AftercareItemId,
  type AftercarePlan,
} from '../../types/aftercare.js';

/** A shown "do not" item and its window as a sentence, e.g. `['alcohol', 'Avoid this for at least 2 days.']`. */
export type GuideItem = [id: AftercareItemId, window: string];

/** The ids in `content.hiddenItems` that name no item, so a clinic hears about its typo. */
export const unknownItems = (hidden: readonly string[]): string[] =>
  hidden.filter((id) => !(AFTERCARE_ITEMS as readonly string[]).includes(id));

/** The plan without the items a clinic hides (`content.hiddenItems`): what the timeline and the calendar show. */
export const shownPlan = (plan: AftercarePlan, hidden: readonly string[]): AftercarePlan => ({
  ...plan,
  items: plan.items.filter((item) => !hidden.includes(item.id)),
});

/** The "do not" items a clinic has not hidden (`content.hiddenItems`), in order. */
export const shownItems = (hidden: readonly string[]): AftercareItemId[] => AFTERCARE_ITEMS.filter((id) => !hidden.includes(id));

/**
 * The guide's "do not" items, without those a clinic hides, each with its window as a sentence.
 * Every window is in the unit the whole list uses, so "48 hours" never sits beside "3 days".
 */
export function guideItems(s: AftercareContent, durations: AftercareDurations, locale: string): GuideItem[] {
  const ids = shownItems(s.hiddenItems);
  const unit = windowUnit(ids.map((id) => durations[id]));
  return ids.map((id) => [id, windowSentence(describeWindow(id, durations[id], unit), s.windows, locale)]);
}
