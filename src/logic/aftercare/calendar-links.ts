import {icsDate} from './calendar.js';

/** The calendars an "add event" link opens; Apple Calendar takes the `.ics` file instead. */
export const CALENDAR_SERVICES = ['google', 'outlook', 'office365'] as const;
export type CalendarService = (typeof CALENDAR_SERVICES)[number];

/** Each service's name, as the links show it (brand names are not translated). */
export const CALENDAR_SERVICE_NAMES: Record<CalendarService, string> = {
  google: 'Google Calendar',
  outlook: 'Outlook.com',
  office365: 'Office 365',
};

/** One event for an "add event" link. */
export interface LinkEvent {
  title: string;
  start: Date;
  end: Date;
  details: string;
}

const q = encodeURIComponent;
/** `2026-11-24T10:30:00Z`: the form Outlook's compose links read. */
const isoSeconds = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');
const outlook = (host: string, event: LinkEvent) =>
  `https://${host}/calendar/0/action/compose?rru=addevent&subject=${q(event.title)}&startdt=${isoSeconds(event.start)}&enddt=${isoSeconds(event.end)}&body=${q(event.details)}`;

/**
 * Plain "add event" URLs for Google Calendar, Outlook.com and Office 365, with the title, the start
 * and end in UTC, and the details. They are only links: nothing is fetched, and the event leaves
 * the page only when the patient opens one.
 */
export function calendarLinks(event: LinkEvent): Record<CalendarService, string> {
  return {
    google: `https://calendar.google.com/calendar/render?action=TEMPLATE&text=${q(event.title)}&dates=${icsDate(event.start)}/${icsDate(event.end)}&details=${q(event.details)}`,
    outlook: outlook('outlook.live.com', event),
    office365: outlook('outlook.office.com', event),
  };
}
