import {type AftercarePlan, type CalendarText} from '../../types/aftercare.js';

const CRLF = '\r\n';
const encoder = new TextEncoder();

/** RFC 5545 TEXT escaping: backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets (never inside a UTF-8 character); continuation lines start with a space. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
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

/**
 * The plan as an RFC 5545 calendar: one 15-minute event at the end of each timed item, in UTC,
 * with a unique UID per item and treatment, the guide in the description, CRLF line endings and
 * lines folded at 75 octets.
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
  for (const item of plan.items) {
    if (!item.endsAt) continue;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${item.id}-${icsDate(plan.treatedAt)}@meso-widgets`,
      `DTSTAMP:${icsDate(stamp)}`,
      `DTSTART:${icsDate(item.endsAt)}`,
      `DTEND:${icsDate(new Date(item.endsAt.getTime() + 15 * 60_000))}`,
      `SUMMARY${lang}:${escapeText(text.title(item.id))}`,
      `DESCRIPTION${lang}:${escapeText(text.description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
