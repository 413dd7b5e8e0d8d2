import {isPlainObject} from '../config.js';
import type {ConfigErrorDetail} from '../../types/common.js';
import {fillTemplate, pluralText} from '../locale.js';
import {dateTimeFormat} from '../intl.js';
import {colonAfter} from '../punctuation.js';
import {
  AFTERCARE_ITEMS,
  CARD_LEVELS,
  type AftercareContent,
  type AftercareDurations,
  type AftercareItemId,
  type AftercarePlan,
  type AftercarePlanItem,
  type CareCardNumbers,
  type CareCardText,
  type ItemStatus,
  type TimelineState,
  type WindowText,
  type WindowUnit,
} from '../../types/aftercare.js';

/**
 * The source's windows: at least 24 hours (make-up), at least one to two days (alcohol), a few
 * days (exercise, swimming and heat, irritants, massage), and no window for sun, smoking and
 * blood-thinning medicines.
 */
export const DEFAULT_DURATIONS: AftercareDurations = {
  makeup: 24,
  alcohol: 48,
  exercise: 72,
  'heat-water': 72,
  irritants: 72,
  massage: 72,
  sun: null,
  smoking: null,
  'blood-thinners': null,
};

/**
 * The longest window a clinic can set: a year, in hours (the WordPress plugin's limit too). Longer
 * windows would end past the dates a calendar can hold.
 */
export const MAX_DURATION_HOURS = 8760;

/** Whether `hours` is a window a plan can use: `null` (no set end) or whole or part hours from 0 to a year. */
export const isWindow = (hours: unknown): hours is number | null =>
  hours === null || (typeof hours === 'number' && Number.isFinite(hours) && hours >= 0 && hours <= MAX_DURATION_HOURS);

/** Items whose window the source gives as a minimum ("at least"). */
export const AT_LEAST_ITEMS: readonly AftercareItemId[] = ['makeup', 'alcohol', 'irritants'];

/**
 * Items about medicines. Wherever one is shown (the guide, the timeline in every state, the
 * calendar's guide) it carries the warning to keep taking a prescribed blood thinner and never to
 * stop a prescribed medicine without asking your doctor. No other item carries medicine advice.
 */
export const MEDICINE_ITEMS: readonly AftercareItemId[] = ['blood-thinners'];

/** Whether an item is about medicines (see {@link MEDICINE_ITEMS}). */
export const isMedicineItem = (id: string): boolean => (MEDICINE_ITEMS as readonly string[]).includes(id);

/** Days when every timed window in the list is a whole number of days, otherwise hours. */
export function windowUnit(hours: readonly (number | null)[]): WindowUnit {
  const timed = hours.filter((value): value is number => value !== null);
  return timed.length > 0 && timed.every((value) => value > 0 && value % 24 === 0) ? 'days' : 'hours';
}

/** How to word one item's window in a list shown in `unit`. */
export function describeWindow(id: AftercareItemId, hours: number | null, unit: WindowUnit): WindowText {
  if (hours === null) return {kind: 'none'};
  const kind = AT_LEAST_ITEMS.includes(id) ? 'at-least' : 'for';
  return {kind, unit, n: unit === 'days' ? hours / 24 : hours};
}

/** A window in the content's words, as a sentence: "Avoid this for at least 2 days." */
export function windowSentence(text: WindowText, windows: AftercareContent['windows'], locale: string): string {
  if (text.kind === 'none') return windows.noSetEnd;
  const atLeast = text.kind === 'at-least';
  const forms =
    text.unit === 'days' ? (atLeast ? windows.atLeastDays : windows.days) : atLeast ? windows.atLeastHours : windows.hours;
  return pluralText(forms, text.n, locale);
}

const HOUR = 3_600_000;

/**
 * Reads an ISO 8601 date-time (`2026-11-24T10:30`, with seconds, `Z` or an offset). A time without
 * a zone is local time, as the patient entered it. A date without a time, or anything else, gives `null`.
 */
export function parseTreatedAt(input: string | null | undefined): Date | null {
  if (!input) return null;
  const text = input.trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?$/i.exec(text);
  if (!match) return null;
  const [, y, mo, d, h, mi, s = '0', zone] = match;
  const parts = [Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s)] as const;
  if (parts[1] < 1 || parts[1] > 12 || parts[2] < 1 || parts[2] > 31 || parts[3] > 23 || parts[4] > 59 || parts[5] > 59) return null;
  const date = zone ? new Date(text.replace(' ', 'T')) : new Date(parts[0], parts[1] - 1, parts[2], parts[3], parts[4], parts[5]);
  if (Number.isNaN(date.getTime())) return null;
  // Reject dates that roll over, such as 31 February.
  const check = zone ? new Date(Date.UTC(parts[0], parts[1] - 1, parts[2])) : date;
  if ((zone ? check.getUTCDate() : date.getDate()) !== parts[2]) return null;
  return date;
}

/**
 * The personal plan: when each item ends (in absolute time: 24 hours is 24 hours even across a
 * daylight-saving change), what is in force at `now`, and how far recovery has come.
 * @returns `null` when `treatedAt` is not a valid date.
 */
export function aftercarePlan(
  treatedAt: Date | string,
  durations: AftercareDurations = DEFAULT_DURATIONS,
  now: Date = new Date(),
): AftercarePlan | null {
  const start = typeof treatedAt === 'string' ? parseTreatedAt(treatedAt) : treatedAt;
  if (!start || Number.isNaN(start.getTime()) || Number.isNaN(now.getTime())) return null;
  const t = start.getTime();
  const n = now.getTime();
  const items = AFTERCARE_ITEMS.map((id): AftercarePlanItem => {
    const hours = durations[id];
    const endsAt = hours === null ? null : new Date(t + hours * HOUR);
    let status: ItemStatus;
    if (n < t) status = 'upcoming';
    else if (endsAt === null) status = 'ongoing';
    else status = n < endsAt.getTime() ? 'active' : 'done';
    return {id, hours, endsAt, status, active: status === 'active' || status === 'ongoing'};
  });
  const ends = items.flatMap((item) => (item.endsAt ? [item.endsAt.getTime()] : []));
  const last = ends.length ? Math.max(...ends) : null;
  const progress = last === null || last === t ? (n >= t ? 1 : 0) : Math.min(1, Math.max(0, (n - t) / (last - t)));
  return {treatedAt: start, now, planned: n < t, items, recoveryEndsAt: last === null ? null : new Date(last), progress};
}

/**
 * Which timeline sentence an item takes: its status, except that an item with no end in a planned
 * (future) treatment takes `upcomingNoEnd`, which has no time to show.
 */
export function timelineState(item: Pick<AftercarePlanItem, 'status' | 'endsAt'>): TimelineState {
  return item.status === 'upcoming' && item.endsAt === null ? 'upcomingNoEnd' : item.status;
}

/** The content one timeline line is made of. */
export type TimelineContent = Pick<AftercareContent, 'timeline' | 'items' | 'medicineWarning'>;

/**
 * One item's line in the personal timeline, a complete sentence in every state: "Make-up: avoid
 * until Wed 25 Nov, 14:30." A medicine item adds the warning never to stop a prescribed medicine;
 * no other item mentions medicines. `formatTime` writes a moment in the patient's locale and zone.
 */
export function timelineSentence(
  item: Pick<AftercarePlanItem, 'id' | 'status' | 'endsAt'>,
  content: TimelineContent,
  formatTime: (date: Date) => string,
): string {
  const line = timelineLine(item, content, formatTime);
  return isMedicineItem(item.id) ? `${line} ${content.medicineWarning}` : line;
}

/** {@link timelineSentence} without the medicine warning, for a view that sets the warning apart. */
export function timelineLine(
  item: Pick<AftercarePlanItem, 'id' | 'status' | 'endsAt'>,
  content: Pick<AftercareContent, 'timeline' | 'items'>,
  formatTime: (date: Date) => string,
): string {
  return fillTemplate(content.timeline[timelineState(item)], {
    item: content.items[item.id].short,
    time: item.endsAt ? formatTime(item.endsAt) : '',
  });
}

/**
 * How many timed items (those with an end) are over, of how many: "2 of 6". Counts steps, not
 * time, so the figure never runs ahead of the steps themselves.
 */
export function timedSteps(items: readonly Pick<AftercarePlanItem, 'endsAt' | 'status'>[]): {done: number; total: number} {
  const timed = items.filter((item) => item.endsAt !== null);
  return {done: timed.filter((item) => item.status === 'done').length, total: timed.length};
}

/**
 * The care cards in the content's words. Without an emergency number the emergency card says to
 * call the local emergency number (nothing guesses a country); without an urgent number the urgent
 * card names a local urgent care service as the route when the clinic cannot be reached.
 */
export function careCards(cards: AftercareContent['cards'], numbers: CareCardNumbers = {}): CareCardText[] {
  return CARD_LEVELS.map((level) => {
    const card = cards[level];
    const heading =
      level === 'emergency' && numbers.emergency ? fillTemplate(cards.emergency.headingWithNumber, {number: numbers.emergency}) : card.heading;
    const fallback =
      level !== 'urgent' ? '' : numbers.urgent ? fillTemplate(cards.urgent.noAnswerWithNumber, {number: numbers.urgent}) : cards.urgent.noAnswer;
    const straightAway = level === 'urgent' ? cards.urgent.straightAway : '';
    return {level, prefix: card.level, heading, signs: [...card.signs], straightAway, actions: [...card.actions], fallback};
  });
}

/**
 * A care card as plain text, for the calendar file and anything else that is not the page, in the
 * page's order: heading, signs, actions, the route when the clinic cannot be reached, and last the
 * signs that need help straight away.
 */
export function careCardText(card: CareCardText): string {
  return [`${card.prefix} ${card.heading}`, ...card.signs.map((sign) => `- ${sign}`), ...card.actions, card.fallback, card.straightAway]
    .filter(Boolean)
    .join('\n');
}

/** What the plain-text guide needs besides the content. */
export interface GuideOptions {
  /** The items shown (the clinic's hidden items left out), in order. */
  items: readonly AftercareItemId[];
  durations: AftercareDurations;
  /** The locale numbers are formatted in. */
  locale: string;
  numbers?: CareCardNumbers;
}

/**
 * The guide as plain text, for every calendar event's description: the "Do not" items with their
 * windows (and, on a medicine item, the medicine warning), the clinic's own items as written, the "Do" list,
 * what is normal, the care cards in the same words as on the page, and the disclaimer.
 */
export function aftercareGuideText(content: AftercareContent, options: GuideOptions): string {
  const unit = windowUnit(options.items.map((id) => options.durations[id]));
  const itemLine = (id: AftercareItemId) => {
    const window = windowSentence(describeWindow(id, options.durations[id], unit), content.windows, options.locale);
    return `- ${[content.items[id].text, window, isMedicineItem(id) ? content.medicineWarning : ''].filter(Boolean).join(' ')}`;
  };
  return [
    colonAfter(content.dontHeading, options.locale),
    ...options.items.map(itemLine),
    ...content.extraDonts.map((text) => `- ${text}`),
    '',
    colonAfter(content.doHeading, options.locale),
    ...content.dos.map((text) => `- ${text}`),
    '',
    content.normal,
    '',
    // When to get help travels with the plan: a patient may read only the calendar entry.
    colonAfter(content.cardsHeading, options.locale),
    ...careCards(content.cards, options.numbers).flatMap((card) => [careCardText(card), '']),
    content.disclaimer,
  ].join('\n');
}

/**
 * Checks a clinic's durations override (`{"makeup": 48}`: hours per item id) over `base`.
 * Unknown ids and values other than hours from 0 to {@link MAX_DURATION_HOURS} are errors and are ignored.
 */
export function mergeDurations(
  base: AftercareDurations,
  override: unknown,
  path = 'durations',
): {value: AftercareDurations; errors: ConfigErrorDetail[]} {
  const errors: ConfigErrorDetail[] = [];
  if (override === undefined || override === null) return {value: base, errors};
  if (!isPlainObject(override)) {
    errors.push({path, message: 'expected an object of hours per item id'});
    return {value: base, errors};
  }
  const value = {...base};
  for (const [id, hours] of Object.entries(override)) {
    if (!(AFTERCARE_ITEMS as readonly string[]).includes(id)) {
      errors.push({path: `${path}.${id}`, message: `unknown item (known: ${AFTERCARE_ITEMS.join(', ')})`});
    } else if (typeof hours !== 'number' || !isWindow(hours)) {
      errors.push({path: `${path}.${id}`, message: `expected a number of hours from 0 to ${MAX_DURATION_HOURS}`});
    } else {
      value[id as AftercareItemId] = hours;
    }
  }
  return {value, errors};
}

/**
 * A moment for the timeline, such as "Wed 25 Nov, 14:30", in `locale` and in `timeZone` (the
 * patient's own when not given).
 */
export function formatWhen(date: Date, locale: string, timeZone?: string): string {
  const options: Intl.DateTimeFormatOptions = {weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit', timeZone};
  try {
    return dateTimeFormat(locale, options).format(date);
  } catch {
    // An unknown time zone: the patient's own zone instead.
    return dateTimeFormat(locale, {...options, timeZone: undefined}).format(date);
  }
}
