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
  /** The event title for an item, e.g. "Makeup: OK again". */
  title: (id: string) => string;
  /** The guide, as plain text, for every event's description. */
  description: string;
  /** The calendar's name. */
  name: string;
  /** The language of the text (BCP 47), written as the `LANGUAGE` parameter so calendar apps know it. */
  language?: string;
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

/** A care card: its level prefix (read by screen readers), heading and what to do. */
export interface CareCardContent {
  level: string;
  heading: string;
  body: string;
  action: string;
}

/** Everything `<meso-aftercare>` says, for one locale. */
export interface AftercareContent extends CommonContent {
  heading: string;
  intro: string;
  dontHeading: string;
  items: Record<AftercareItemId, AftercareItemContent>;
  /** Extra "do not" items a clinic adds, with no fixed end. Each should start with "Do not". */
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
  doHeading: string;
  dos: string[];
  normalHeading: string;
  normal: string;
  cardsHeading: string;
  cards: Record<CardLevel, CareCardContent>;
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
  progressDone: string;
  status: Record<ItemStatus, string>;
  /** "{item}: …" lines for each status, with `{time}` where it applies. */
  timeline: Record<ItemStatus, string>;
  calendar: {button: string; name: string; eventTitle: string; filename: string};
  print: string;
  changeTime: string;
  forget: string;
}

/** Detail of `meso-aftercare-plan`. */
export interface AftercarePlanDetail {
  /** The treatment time, ISO 8601 in UTC. */
  treatedAt: string;
  /** Each item and when it ends (ISO 8601 in UTC), or `null` for items with no fixed end. */
  items: {id: string; endsAt: string | null}[];
}

/** Detail of `meso-aftercare-calendar`. */
export interface AftercareCalendarDetail {
  filename: string;
  /** How many events the file holds. */
  events: number;
}

