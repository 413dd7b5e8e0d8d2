import {AFTERCARE_ITEMS, type AftercarePlan, type CalendarText} from '../../types/aftercare.js';
import {expectOneOf, expectRecord, expectString, expectValidDate, LogicInputError} from '../input.js';

const CRLF = '\r\n';
const encoder = new TextEncoder();

/** RFC 5545 TEXT escaping: backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
  expectString(text, 'text');
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets (never inside a UTF-8 character); continuation lines start with a space. */
export function foldLine(line: string): string {
  expectString(line, 'line');
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
export function aftercareCalendar(plan: AftercarePlan, text: CalendarText, stamp: Date = plan?.now): string {
  checkPlan(plan);
  expectRecord(text, 'text');
  if (typeof text.title !== 'function') throw new LogicInputError('text.title', 'expected a function from an item id to its title');
  expectString(text.description, 'text.description');
  expectString(text.name, 'text.name');
  if (text.language !== undefined) expectString(text.language, 'text.language');
  expectValidDate(stamp, 'stamp');
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
    const title = text.title(item.id);
    if (typeof title !== 'string') throw new LogicInputError('text.title', `gave no string for "${item.id}"`);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${item.id}-${icsDate(plan.treatedAt)}@meso-widgets`,
      `DTSTAMP:${icsDate(stamp)}`,
      `DTSTART:${icsDate(item.endsAt)}`,
      `DTEND:${icsDate(new Date(item.endsAt.getTime() + 15 * 60_000))}`,
      `SUMMARY${lang}:${escapeText(title)}`,
      `DESCRIPTION${lang}:${escapeText(text.description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** A plan as `aftercarePlan` makes it: valid dates, known item ids. */
function checkPlan(plan: unknown): asserts plan is AftercarePlan {
  expectRecord(plan, 'plan');
  expectValidDate(plan.treatedAt, 'plan.treatedAt');
  expectValidDate(plan.now, 'plan.now');
  if (!Array.isArray(plan.items)) throw new LogicInputError('plan.items', 'expected the list of items aftercarePlan gives');
  plan.items.forEach((item: unknown, index) => {
    expectRecord(item, `plan.items[${index}]`);
    expectOneOf(item.id, AFTERCARE_ITEMS, `plan.items[${index}].id`);
    if (item.endsAt !== null) expectValidDate(item.endsAt, `plan.items[${index}].endsAt`);
  });
}
