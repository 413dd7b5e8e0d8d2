/**
 * The aftercare plan's and calendar's public functions as `meso-widgets/logic` exports them, for plain JavaScript callers: each checks its input
 * first and refuses what it cannot use with a {@link LogicInputError} that says where and what is
 * wrong. The elements call the functions underneath directly, with values they have already
 * checked, so the browser bundles carry none of these checks.
 */
import {
  AFTERCARE_ITEMS,
  type AftercareContent,
  type AftercareDurations,
  type AftercareItemId,
  type AftercarePlan,
  type CalendarText,
  type WindowText,
  type WindowUnit,
} from '../../types/aftercare.js';
import type {ConfigErrorDetail} from '../../types/common.js';
import {
  DEFAULT_DURATIONS,
  MAX_DURATION_HOURS,
  aftercarePlan as plan,
  describeWindow as describe,
  formatWhen as format,
  isWindow,
  mergeDurations as mergeWindows,
  parseTreatedAt as parse,
  windowSentence as sentence,
  windowUnit as unitOf,
} from './plan.js';
import {aftercareCalendar as calendar, escapeText as escape, foldLine as fold} from './calendar.js';
import {
  describeValue,
  expectFiniteNumber,
  expectOneOf,
  expectRecord,
  expectString,
  expectValidDate,
  LogicInputError,
} from '../input.js';

export {LogicInputError};


/** The last moment a JavaScript Date holds, in ms from 1970. */
const LAST_TIME = 8.64e15;
const HOUR = 3_600_000;

/**
 * Durations for a plan: an object of item ids, each `null` or hours from 0 to
 * {@link MAX_DURATION_HOURS}. Items it leaves out keep their default window.
 * @throws {LogicInputError} naming the unknown id or the bad value.
 */
export function completeDurations(durations: unknown, path = 'durations'): AftercareDurations {
  if (durations === DEFAULT_DURATIONS) return DEFAULT_DURATIONS;
  expectRecord(durations, path);
  const complete = {...DEFAULT_DURATIONS};
  for (const [id, hours] of Object.entries(durations)) {
    expectOneOf(id, AFTERCARE_ITEMS, `${path}.${id}`);
    if (hours === undefined) continue;
    if (!isWindow(hours)) throw new LogicInputError(`${path}.${id}`, `expected null or a number of hours from 0 to ${MAX_DURATION_HOURS}, got ${describeValue(hours)}`);
    complete[id] = hours;
  }
  return complete;
}

/**
 * The personal plan: when each item ends (in absolute time: 24 hours is 24 hours even across a
 * daylight-saving change), what is in force at `now`, and how far recovery has come.
 * `durations` may give only some items: the others keep {@link DEFAULT_DURATIONS}.
 * @returns `null` when `treatedAt` (or `now`) is not a valid date: a string that is not an ISO
 *   8601 date-time, or an invalid `Date`.
 * @throws {LogicInputError} for arguments of the wrong type, an unknown item id, a window that is
 *   not `null` or hours from 0 to {@link MAX_DURATION_HOURS}, or a date too close to the end of time.
 */
export function aftercarePlan(treatedAt: Date | string, durations: Partial<AftercareDurations> = DEFAULT_DURATIONS, now: Date = new Date()): AftercarePlan | null {
  if (typeof treatedAt !== 'string' && !(treatedAt instanceof Date)) {
    throw new LogicInputError('treatedAt', `expected a Date or an ISO 8601 date-time string, got ${describeValue(treatedAt)}`);
  }
  const windows = completeDurations(durations);
  if (!(now instanceof Date)) throw new LogicInputError('now', `expected a Date, got ${describeValue(now)}`);
  const start = typeof treatedAt === 'string' ? parse(treatedAt) : treatedAt;
  // Every end must be a date too: JavaScript dates stop 8.64e15 ms from 1970.
  if (start && Math.abs(start.getTime()) > LAST_TIME - MAX_DURATION_HOURS * HOUR) throw new LogicInputError('treatedAt', 'is too far from today to plan from');
  return plan(treatedAt, windows, now);
}

/**
 * Checks a clinic's durations override (`{"makeup": 48}`: hours per item id) over `base`.
 * Unknown ids and values other than hours from 0 to {@link MAX_DURATION_HOURS} are errors and are ignored.
 * @throws {LogicInputError} when `base` is not durations or `path` not a string.
 */
export function mergeDurations(base: AftercareDurations, override: unknown, path = 'durations'): {value: AftercareDurations; errors: ConfigErrorDetail[]} {
  completeDurations(base, 'base');
  expectString(path, 'path');
  return mergeWindows(base, override, path);
}

/**
 * Reads an ISO 8601 date-time (`2026-11-24T10:30`, with seconds, `Z` or an offset). A time without
 * a zone is local time, as the patient entered it. A date without a time, or anything else, gives `null`.
 * @throws {LogicInputError} when `input` is not a string (or null or undefined).
 */
export function parseTreatedAt(input: string | null | undefined): Date | null {
  if (input !== null && input !== undefined) expectString(input, 'input');
  return parse(input);
}

/**
 * Days when every timed window in the list is a whole number of days, otherwise hours.
 * @throws {LogicInputError} when `hours` is not a list of windows.
 */
export function windowUnit(hours: readonly (number | null)[]): WindowUnit {
  if (!Array.isArray(hours)) throw new LogicInputError('hours', `expected a list of hours, got ${describeValue(hours)}`);
  hours.forEach((value: unknown, index) => {
    if (!isWindow(value)) throw new LogicInputError(`hours[${index}]`, `expected null or hours from 0 to ${MAX_DURATION_HOURS}, got ${describeValue(value)}`);
  });
  return unitOf(hours);
}

/**
 * How to word one item's window in a list shown in `unit`.
 * @throws {LogicInputError} for an unknown item, a bad window or unit.
 */
export function describeWindow(id: AftercareItemId, hours: number | null, unit: WindowUnit): WindowText {
  expectOneOf(id, AFTERCARE_ITEMS, 'id');
  if (!isWindow(hours)) throw new LogicInputError('hours', `expected null or hours from 0 to ${MAX_DURATION_HOURS}, got ${describeValue(hours)}`);
  expectOneOf(unit, ['hours', 'days'] as const, 'unit');
  return describe(id, hours, unit);
}

/**
 * A window in the content's words, as a sentence: "Avoid this for at least 2 days."
 * @throws {LogicInputError} for a window text, content or locale of the wrong shape.
 */
export function windowSentence(text: WindowText, windows: AftercareContent['windows'], locale: string): string {
  expectRecord(text, 'text');
  expectOneOf(text.kind, ['none', 'for', 'at-least'] as const, 'text.kind');
  if (text.kind !== 'none') {
    expectOneOf(text.unit, ['hours', 'days'] as const, 'text.unit');
    expectFiniteNumber(text.n, 'text.n');
  }
  expectRecord(windows, 'windows');
  expectString(locale, 'locale');
  return sentence(text, windows, locale);
}

/**
 * A moment for the timeline, such as "Wed 25 Nov, 14:30", in `locale` and in `timeZone` (the
 * patient's own when not given).
 * @throws {LogicInputError} for an invalid date or a locale that is not a string.
 */
export function formatWhen(date: Date, locale: string, timeZone?: string): string {
  expectValidDate(date, 'date');
  expectString(locale, 'locale');
  if (timeZone !== undefined) expectString(timeZone, 'timeZone');
  return format(date, locale, timeZone);
}

/** A plan as `aftercarePlan` makes it: valid dates, known item ids. */
function checkPlan(value: unknown): asserts value is AftercarePlan {
  expectRecord(value, 'plan');
  expectValidDate(value.treatedAt, 'plan.treatedAt');
  expectValidDate(value.now, 'plan.now');
  if (!Array.isArray(value.items)) throw new LogicInputError('plan.items', 'expected the list of items aftercarePlan gives');
  value.items.forEach((item: unknown, index) => {
    expectRecord(item, `plan.items[${index}]`);
    expectOneOf(item.id, AFTERCARE_ITEMS, `plan.items[${index}].id`);
    if (item.endsAt !== null) expectValidDate(item.endsAt, `plan.items[${index}].endsAt`);
  });
}

/**
 * The plan as an RFC 5545 calendar: one 15-minute event at the end of each timed item, in UTC,
 * with a unique UID per item and treatment, the guide in the description, CRLF line endings and
 * lines folded at 75 octets.
 * @throws {LogicInputError} for a plan not made by `aftercarePlan`, text of the wrong shape (a
 *   `title` that gives no string), or an invalid `stamp`.
 */
export function aftercareCalendar(value: AftercarePlan, text: CalendarText, stamp?: Date): string {
  checkPlan(value);
  expectRecord(text, 'text');
  const title = text.title;
  if (typeof title !== 'function') throw new LogicInputError('text.title', 'expected a function from an item id to its title');
  expectString(text.description, 'text.description');
  expectString(text.name, 'text.name');
  if (text.language !== undefined) expectString(text.language, 'text.language');
  const at = stamp ?? value.now;
  expectValidDate(at, 'stamp');
  const titled: CalendarText = {
    ...text,
    title: (id) => {
      const words: unknown = title(id);
      if (typeof words !== 'string') throw new LogicInputError('text.title', `gave ${describeValue(words)} for "${id}", not a string`);
      return words;
    },
  };
  return calendar(value, titled, at);
}

/**
 * RFC 5545 TEXT escaping: backslash, semicolon, comma and line breaks.
 * @throws {LogicInputError} when `text` is not a string.
 */
export function escapeText(text: string): string {
  expectString(text, 'text');
  return escape(text);
}

/**
 * Folds a content line at 75 octets (never inside a UTF-8 character); continuation lines start with a space.
 * @throws {LogicInputError} when `line` is not a string.
 */
export function foldLine(line: string): string {
  expectString(line, 'line');
  return fold(line);
}

// --- The comparison, and words -------------------------------------------------------------------

