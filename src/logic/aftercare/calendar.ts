import {type AftercarePlan, type CalendarText} from '../../types/aftercare.js';

const CRLF = '\r\n';

/** RFC 5545 TEXT escaping: backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** The length in UTF-8 octets of the character with code point `code`. */
const utf8Length = (code: number): number => (code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4);

/** Folds a content line at 75 octets (never inside a UTF-8 character); continuation lines start with a space. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

/** A UTC date-time in iCalendar form: `20261124T103000Z`. */
export const icsDate = (date: Date) => date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** A display reminder (`VALARM`) `trigger` from the event's start (`PT0M` at it, `-P1D` the day before), saying `text`. */
const alarm = (lang: string, text: string, trigger: string) => ['BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION${lang}:${escapeText(text)}`, `TRIGGER:${trigger}`, 'END:VALARM'];

/**
 * The plan as an RFC 5545 calendar: one 15-minute event at the end of each timed item, in UTC,
 * with a unique UID per item and treatment, the guide in the description, and a display reminder
 * when the step ends; then one hour-long event per planned session of a course (`text.sessions`),
 * with a reminder the day before. CRLF line endings, lines folded at 75 octets.
 */
export function aftercareCalendar(plan: AftercarePlan, text: CalendarText, stamp: Date = plan.now): string {
  // A language tag is letters, digits and hyphens only, so it needs no quoting.
  const lang = text.language && /^[A-Za-z0-9-]+$/.test(text.language) ? `;LANGUAGE=${text.language}` : '';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//meso-widgets//aftercare//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME${lang}:${escapeText(text.name)}`,
  ];
  const event = (uid: string, start: Date, minutes: number, title: string, description: string, trigger: string) =>
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid}-${icsDate(plan.treatedAt)}@meso-widgets`,
      `DTSTAMP:${icsDate(stamp)}`,
      `DTSTART:${icsDate(start)}`,
      `DTEND:${icsDate(new Date(start.getTime() + minutes * 60_000))}`,
      `SUMMARY${lang}:${escapeText(title)}`,
      `DESCRIPTION${lang}:${escapeText(description)}`,
      'TRANSP:TRANSPARENT',
      ...alarm(lang, title, trigger),
      'END:VEVENT',
    );
  for (const item of plan.items) if (item.endsAt) event(item.id, item.endsAt, 15, text.title(item.id), text.description, 'PT0M');
  (text.sessions ?? []).forEach((session, i) => event(`session-${i + 2}`, session.at, 60, session.title, text.sessionDescription ?? '', '-P1D'));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
