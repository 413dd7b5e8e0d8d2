/**
 * The aftercare plan's ids and types: items, windows, durations, the plan, the calendar text, its
 * content's shape and its events' details. Content, logic and the element all import them from here.
 */
import type {CommonContent, PluralForms} from './common.js';

/** The "do not" items of the guide, in order. */
export const AFTERCARE_ITEMS = [
  'makeup',
  'alcohol',
  'exercise',
  'heat-water',
  'irritants',
  'massage',
  'sun',
  'smoking',
  'blood-thinners',
] as const;
export type AftercareItemId = (typeof AFTERCARE_ITEMS)[number];

/**
 * Hours each item lasts after treatment; `null` means the source gives no fixed window, so the
 * patient is told to ask their practitioner how long.
 */
export type AftercareDurations = Record<AftercareItemId, number | null>;

/** The unit every window in one list is shown in, so "48 hours" never sits beside "3 days". */
export type WindowUnit = 'hours' | 'days';

/** What one window says: a number of hours or days (maybe as a minimum), or no set end. */
export type WindowText =
  | {kind: 'none'}
  | {kind: 'for' | 'at-least'; unit: WindowUnit; n: number};

/** Where an item stands at `now`: not started (planned treatment), in force, over, or with no end. */
export type ItemStatus = 'upcoming' | 'active' | 'done' | 'ongoing';

/**
 * Which timeline sentence an item takes: its status, except that an item with no end in a planned
 * (future) treatment takes `upcomingNoEnd`, which has no time to show.
 */
export type TimelineState = ItemStatus | 'upcomingNoEnd';

export interface AftercarePlanItem {
  id: AftercareItemId;
  hours: number | null;
  /** When the item ends, or `null` for ongoing items. */
  endsAt: Date | null;
  status: ItemStatus;
  /** In force right now: from the treatment time (inclusive) to its end (exclusive). Ongoing items are active once treated. */
  active: boolean;
}

export interface AftercarePlan {
  treatedAt: Date;
  now: Date;
  /** The treatment time is still in the future. */
  planned: boolean;
  items: AftercarePlanItem[];
  /** The end of the last timed item, or `null` when no item has an end. */
  recoveryEndsAt: Date | null;
  /** Share of the recovery window that has passed, from 0 to 1. */
  progress: number;
}

/** What the calendar file says, from the element's content. */
export interface CalendarText {
  /** The event title for an item, e.g. "Make-up: shortest wait over". */
  title: (id: string) => string;
  /** The guide, as plain text, for every event's description. */
  description: string;
  /** The calendar's name. */
  name: string;
  /** The language of the text (BCP 47), written as the `LANGUAGE` parameter so calendar apps know it. */
  language?: string;
  /** The course's next sessions, each an event with a reminder the day before. */
  sessions?: readonly {at: Date; title: string}[];
  /** The description of every session event (to be confirmed; maintenance). */
  sessionDescription?: string;
}

/** An ISO 8601 duration of whole years, months, weeks and days, such as `P2W`. */
export interface IsoDuration {
  years: number;
  months: number;
  weeks: number;
  days: number;
}

/** A course of sessions a clinic plans: how many (this one included) and how far apart. */
export interface CourseSettings {
  sessions: number;
  interval: IsoDuration;
}

/** One planned session of a course: its number, the course's total, and its planned date. */
export interface PlannedSession {
  n: number;
  total: number;
  at: Date;
}

/** One "do not" item: the full instruction (starting "Do not") and a short name for the timeline. */
export interface AftercareItemContent {
  text: string;
  short: string;
}

/** A text in every plural form the language needs, with `{n}` for the number (see {@link PluralForms}). */
export type Plural = PluralForms;

/** The three "when to get help" cards, least urgent first. */
export const CARD_LEVELS = ['non-urgent', 'urgent', 'emergency'] as const;
export type CardLevel = (typeof CARD_LEVELS)[number];

/**
 * A care card in the NHS pattern: its level prefix (read by screen readers), a heading that ends
 * "…if:", the signs as a short list (each line completes the heading), and what to do, each a
 * sentence.
 */
export interface CareCardContent {
  level: string;
  heading: string;
  signs: string[];
  actions: string[];
}

/** The urgent card, with its route when the clinic and the patient's doctor cannot be reached. */
export interface UrgentCardContent extends CareCardContent {
  /**
   * Signs that cannot wait until later today (a blocked blood vessel: white, blue, grey or blotchy
   * skin, bad pain, a change in sight) and where to go at once; shown before the card's actions.
   */
  straightAway: string;
  /** The last action, without an `urgent-number`: a local urgent care service. */
  noAnswer: string;
  /** The last action, with the clinic's `urgent-number` as `{number}`. */
  noAnswerWithNumber: string;
}

/** The emergency card. Its heading names no number unless the clinic sets `emergency-number`. */
export interface EmergencyCardContent extends CareCardContent {
  /** The heading with the clinic's `emergency-number` as `{number}` ("Call {number} now if:"). */
  headingWithNumber: string;
}

/** Numbers a clinic sets for the care cards: the emergency number (999, 112, 911…) and an urgent advice line (111…). */
export interface CareCardNumbers {
  emergency?: string;
  urgent?: string;
}

/** One care card as the patient reads it, every placeholder filled in. */
export interface CareCardText {
  level: CardLevel;
  /** The level prefix ("Emergency:"), read by screen readers before the heading. */
  prefix: string;
  heading: string;
  /** The signs, each a line of a list that completes the heading. */
  signs: string[];
  /** What to do, each a sentence. */
  actions: string[];
  /** The urgent card's signs that need help straight away, and where to go; empty on the other cards. */
  straightAway: string;
  /**
   * The urgent card's route when the clinic and the doctor cannot be reached, shown after the
   * clinic's phone; empty on the other cards.
   */
  fallback: string;
}

/** Everything `<meso-aftercare>` says, for one locale. */
export interface AftercareContent extends CommonContent {
  heading: string;
  intro: string;
  dontHeading: string;
  items: Record<AftercareItemId, AftercareItemContent>;
  /**
   * Extra "do not" items a clinic adds, shown as written after the built-in ones (with no window
   * sentence: give the time in the text, e.g. "Do not have a facial for 2 weeks."). Each should
   * start with "Do not".
   */
  extraDonts: string[];
  /** Item ids a clinic hides from the guide and the plan. */
  hiddenItems: string[];
  /**
   * Each item's window, as a sentence of its own after the "Do not" text. `atLeast` forms are for
   * items the source gives as a minimum; `noSetEnd` is for items with no fixed window.
   */
  windows: {
    hours: Plural;
    days: Plural;
    atLeastHours: Plural;
    atLeastDays: Plural;
    noSetEnd: string;
  };
  /**
   * Shown with every item about medicines (the blood-thinner item) in the guide, the timeline and
   * the calendar: keep taking a prescribed blood thinner; never stop a prescribed medicine.
   */
  medicineWarning: string;
  doHeading: string;
  dos: string[];
  normalHeading: string;
  normal: string;
  cardsHeading: string;
  cards: {'non-urgent': CareCardContent; urgent: UrgentCardContent; emergency: EmergencyCardContent};
  form: {
    legend: string;
    hint: string;
    date: string;
    time: string;
    submit: string;
    error: string;
    errorPrefix: string;
    /** Title of the error summary above the form. */
    summaryTitle: string;
    /** Leaves "Change treatment time" without changing it. */
    cancel: string;
  };
  invalidTreatedAt: string;
  timelineHeading: string;
  treatedOn: string;
  plannedFor: string;
  plannedNote: string;
  progressLabel: string;
  /** How many timed steps are over: `{done}` of `{total}`. */
  progressDone: string;
  /** The badge of each item in the timeline, by its status. */
  status: Record<ItemStatus, string>;
  /**
   * "{item}: …" lines for each state, each a complete sentence, with `{time}` where the item has an
   * end: `upcoming` (planned treatment), `upcomingNoEnd` (planned, no set end), `active`, `done`
   * (the shortest wait is over) and `ongoing` (no set end).
   */
  timeline: Record<TimelineState, string>;
  calendar: {
    button: string;
    name: string;
    eventTitle: string;
    filename: string;
    /** The "add event" links' event title: the end of the last timed step. */
    linkTitle: string;
    /** The name of each "add event" link, with `{calendar}` (Google Calendar, Outlook.com, Office 365). */
    link: string;
    /** The label of the group of links. */
    linksLabel: string;
    /** In an in-app browser, where a file download fails: open the page in the phone's browser. */
    inApp: string;
  };
  /** Save or share the plan: Web Share with the file, or the plan copied as text. */
  share: {
    button: string;
    /** The shared file's or copied text's title. */
    title: string;
    /** Announced once after the plan is copied. */
    copied: string;
    /** Announced when neither sharing nor copying worked. */
    failed: string;
  };
  /** The course of sessions a clinic sets (`sessions`, `session-interval`). */
  course: {
    heading: string;
    /** One planned session: `{n}` of `{total}`, on `{date}`. */
    session: string;
    /** The dates are a plan, to be confirmed with the practitioner. */
    confirm: string;
    /** The article's point on maintenance sessions. */
    maintenance: string;
    /** A session's calendar event title: `{n}` of `{total}`. */
    eventTitle: string;
  };
  print: string;
  changeTime: string;
  forget: string;
}

/**
 * Detail of `meso-aftercare-plan`: empty. A plan was made, not when: its times give away the time
 * the patient entered.
 */
export type AftercarePlanDetail = Record<string, never>;

/**
 * The plan as `<meso-aftercare>`'s read-only `plan` property holds it (what the page already shows):
 * the treatment time and each item's end, as ISO 8601 UTC strings (`endsAt` is `null` for ongoing items).
 */
export interface AftercarePlanSummary {
  treatedAt: string;
  items: {id: AftercareItemId; endsAt: string | null}[];
}

/** Detail of `meso-aftercare-calendar`. */
export interface AftercareCalendarDetail {
  filename: string;
  /** How many events the file holds. */
  events: number;
}

