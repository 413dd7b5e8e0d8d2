import {describeWindow, windowSentence, windowUnit} from './plan.js';
import {
  AFTERCARE_ITEMS,
  CARD_LEVELS,
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

/**
 * The guide's "do not" items, without those a clinic hides, each with its window as a sentence.
 * Every window is in the unit the whole list uses, so "48 hours" never sits beside "3 days".
 */
export function guideItems(s: AftercareContent, durations: AftercareDurations, locale: string): GuideItem[] {
  const ids = AFTERCARE_ITEMS.filter((id) => !s.hiddenItems.includes(id));
  const unit = windowUnit(ids.map((id) => durations[id]));
  return ids.map((id) => [id, windowSentence(describeWindow(id, durations[id], unit), s.windows, locale)]);
}

/**
 * The guide as plain text, for the calendar events' description: the "do not" list with each
 * window, the "do" list, what is normal, when to get help and the disclaimer.
 */
export function guideText(s: AftercareContent, durations: AftercareDurations, locale: string): string {
  return [
    `${s.dontHeading}:`,
    ...guideItems(s, durations, locale).map(([id, window]) => `- ${s.items[id].text} ${window}`),
    ...s.extraDonts.map((text) => `- ${text}`),
    '',
    `${s.doHeading}:`,
    ...s.dos.map((text) => `- ${text}`),
    '',
    s.normal,
    '',
    // When to get help travels with the plan: a patient may read only the calendar entry.
    `${s.cardsHeading}:`,
    ...CARD_LEVELS.map((level) => `- ${[s.cards[level].level, s.cards[level].heading, s.cards[level].body, s.cards[level].action].join(' ')}`),
    '',
    s.disclaimer,
  ].join('\n');
}
