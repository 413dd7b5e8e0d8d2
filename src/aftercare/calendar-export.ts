import {aftercareCalendar} from '../logic/aftercare/calendar.js';
import {calendarLinks, type CalendarService} from '../logic/aftercare/calendar-links.js';
import {shownItems, shownPlan} from '../logic/aftercare/guide.js';
import {aftercareGuideText} from '../logic/aftercare/plan.js';
import {planText} from '../logic/aftercare/plan-text.js';
import {numberFormat} from '../logic/intl.js';
import {fillTemplate} from '../logic/locale.js';
import {emit} from '../shared/events.js';
import type {AftercareContent, AftercareDurations, AftercareItemId, AftercarePlan, CareCardNumbers, PlannedSession} from '../types/aftercare.js';

/**
 * The plan as an iCalendar (RFC 5545) file in the content's words: an event where each shown item
 * ends, titled "{item}: shortest wait over", with the whole guide as plain text in each description
 * (the care cards in the page's words, with the clinic's `numbers`), and an event for each of the
 * course's planned `sessions`. Empty without a plan. `locale` words the windows and numbers;
 * `language` is the content's language tag.
 */
export function calendarFile(
  plan: AftercarePlan | null,
  s: AftercareContent,
  durations: AftercareDurations,
  locale: string,
  language: string,
  numbers: CareCardNumbers,
  sessions: readonly PlannedSession[] = [],
): string {
  if (!plan) return '';
  const count = numberFormat(locale);
  return aftercareCalendar(shownPlan(plan, s.hiddenItems), {
    sessions: sessions.map((session) => ({at: session.at, title: fillTemplate(s.course.eventTitle, {n: count.format(session.n), total: count.format(session.total)})})),
    sessionDescription: `${s.course.confirm}\n${s.course.maintenance}`,
    name: s.calendar.name,
    title: (id) => fillTemplate(s.calendar.eventTitle, {item: s.items[id as AftercareItemId].short}),
    description: aftercareGuideText(s, {items: shownItems(s.hiddenItems), durations, locale, numbers}),
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

/**
 * The "add event" links for the plan: one 15-minute event when the last shown step ends, with the
 * timeline and the course as its details. Null without a plan or when no shown step has an end.
 */
export function planLinks(plan: AftercarePlan | null, s: AftercareContent, locale: string, sessions: readonly PlannedSession[]): Record<CalendarService, string> | null {
  if (!plan) return null;
  const shown = shownPlan(plan, s.hiddenItems);
  const ends = shown.items.flatMap((item) => (item.endsAt ? [item.endsAt.getTime()] : []));
  if (!ends.length) return null;
  const start = new Date(Math.max(...ends));
  return calendarLinks({title: s.calendar.linkTitle, start, end: new Date(start.getTime() + 15 * 60_000), details: planText(s, shown, sessions, locale)});
}
