import {aftercareCalendar} from '../logic/aftercare/calendar.js';
import {guideText, shownPlan} from '../logic/aftercare/guide.js';
import {fillTemplate} from '../logic/locale.js';
import {emit} from '../shared/events.js';
import type {AftercareContent, AftercareDurations, AftercareItemId, AftercarePlan} from '../types/aftercare.js';

/**
 * The plan as an iCalendar (RFC 5545) file in the content's words: an event where each shown item
 * ends, titled "{item}: OK again", with the whole guide as plain text in each description. Empty
 * without a plan. `locale` words the windows; `language` is the content's language tag.
 */
export function calendarFile(
  plan: AftercarePlan | null,
  s: AftercareContent,
  durations: AftercareDurations,
  locale: string,
  language: string,
): string {
  if (!plan) return '';
  return aftercareCalendar(shownPlan(plan, s.hiddenItems), {
    name: s.calendar.name,
    title: (id) => fillTemplate(s.calendar.eventTitle, {item: s.items[id as AftercareItemId].short}),
    description: guideText(s, durations, locale),
    language,
  });
}

/**
 * Offers a calendar file for download from `host`: fires the cancelable `meso-aftercare-calendar`
 * first (`{ filename, events }`), and downloads only when no listener called `preventDefault()`.
 * An empty file fires nothing and downloads nothing.
 */
export function downloadCalendar(host: HTMLElement & {renderRoot: HTMLElement | DocumentFragment}, text: string, filename: string): void {
  const events = (text.match(/BEGIN:VEVENT/g) ?? []).length;
  if (!text || !emit(host, 'meso-aftercare-calendar', {filename, events}, {cancelable: true})) return;
  const url = URL.createObjectURL(new Blob([text], {type: 'text/calendar;charset=utf-8'}));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  host.renderRoot.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
