import type {CourseSettings, IsoDuration, PlannedSession} from '../../types/aftercare.js';
import type {CheckedAttribute} from '../../types/common.js';
import {isPlainObject} from '../config.js';

/**
 * How many sessions a course may have, this one included. The article gives "three to fifteen
 * sessions" and says results usually take "more than one session": a clinic may plan 2 to 15.
 */
export const COURSE_SESSIONS = {min: 2, max: 15} as const;

/**
 * How far apart sessions may be, in days (a month counts as 30 days, a year as 365): from one week
 * to three months (92 days, the longest three calendar months).
 */
export const COURSE_INTERVAL_DAYS = {min: 7, max: 92} as const;

const DURATION = /^P(?!$)(?:(\d{1,4})Y)?(?:(\d{1,4})M)?(?:(\d{1,4})W)?(?:(\d{1,4})D)?$/;

/**
 * Reads an ISO 8601 duration of whole years, months, weeks and days (`P2W`, `P1M`, `P1M2W`, `P10D`),
 * in upper or lower case, spaces around it ignored. A time part (`PT12H`), fractions, signs and
 * anything else give `null`.
 */
export function parseIsoDuration(input: unknown): IsoDuration | null {
  if (typeof input !== 'string') return null;
  const match = DURATION.exec(input.trim().toUpperCase());
  if (!match) return null;
  const [years, months, weeks, days] = match.slice(1).map((part) => Number(part ?? 0));
  return {years, months, weeks, days};
}

/** A duration written back in ISO 8601 (`P1M2W`); a zero duration is `P0D`. */
export function formatIsoDuration(d: IsoDuration): string {
  const parts = [[d.years, 'Y'], [d.months, 'M'], [d.weeks, 'W'], [d.days, 'D']].filter(([n]) => n) as [number, string][];
  return `P${parts.map(([n, unit]) => `${n}${unit}`).join('') || '0D'}`;
}

/** A duration's nominal length in days: a month counts as 30 days, a year as 365. */
export const durationDays = (d: IsoDuration): number => d.years * 365 + d.months * 30 + d.weeks * 7 + d.days;

/**
 * `date` moved on by `d` on the calendar, keeping the local time of day (a session booked at 10:00
 * stays at 10:00 across a daylight-saving change). A month from 31 January is the last day of February.
 */
export function addDuration(date: Date, d: IsoDuration, times = 1): Date {
  const next = new Date(date.getTime());
  const day = next.getDate();
  next.setDate(1);
  next.setFullYear(next.getFullYear() + d.years * times, next.getMonth() + d.months * times);
  const lastDay = new Date(next.getFullYear(), next.getMonth() + 1, 0).getDate();
  next.setDate(Math.min(day, lastDay) + (d.weeks * 7 + d.days) * times);
  return next;
}

/** A course's number of sessions: a whole number from 2 to 15, as a number or text. */
export function checkSessions(input: unknown): CheckedAttribute<number | null> {
  if (input === null || input === undefined || input === '') return {value: null};
  const value = typeof input === 'number' ? input : typeof input === 'string' ? Number(input.trim() || NaN) : NaN;
  if (Number.isInteger(value) && value >= COURSE_SESSIONS.min && value <= COURSE_SESSIONS.max) return {value};
  return {value: null, problem: `"${String(input)}" is not a whole number of sessions from ${COURSE_SESSIONS.min} to ${COURSE_SESSIONS.max}; no course is shown`};
}

/** The time between sessions: an ISO 8601 duration (`P2W`) from one week to three months. */
export function checkInterval(input: unknown): CheckedAttribute<IsoDuration | null> {
  if (input === null || input === undefined || input === '') return {value: null};
  const value = parseIsoDuration(input);
  if (!value) return {value: null, problem: `"${String(input)}" is not an ISO 8601 duration such as P2W or P1M; no course is shown`};
  const days = durationDays(value);
  if (days < COURSE_INTERVAL_DAYS.min || days > COURSE_INTERVAL_DAYS.max) {
    return {value: null, problem: `"${String(input)}" is not between one week (P1W) and three months (P3M); no course is shown`};
  }
  return {value};
}

/**
 * A course from the number of sessions and the interval: both valid, or no course. The first
 * problem found is returned with the path it belongs to (`sessions`, `session-interval`, or
 * `course.sessions` / `course.interval` for the JSON block).
 */
export function checkCourse(sessions: unknown, interval: unknown, paths: {sessions: string; interval: string}): {value: CourseSettings | null; problems: {path: string; message: string}[]} {
  const count = checkSessions(sessions);
  const every = checkInterval(interval);
  const problems = [
    ...(count.problem ? [{path: paths.sessions, message: count.problem}] : []),
    ...(every.problem ? [{path: paths.interval, message: every.problem}] : []),
  ];
  if (!problems.length && (count.value === null) !== (every.value === null)) {
    const missing = count.value === null ? paths.sessions : paths.interval;
    problems.push({path: missing, message: 'a course needs both the number of sessions and the interval; no course is shown'});
  }
  return {value: !problems.length && count.value !== null && every.value ? {sessions: count.value, interval: every.value} : null, problems};
}

/** The JSON block's `course`: `{"sessions": 6, "interval": "P2W"}`, checked as above. */
export function checkCourseBlock(block: unknown): {value: CourseSettings | null; problems: {path: string; message: string}[]} {
  if (block === undefined || block === null) return {value: null, problems: []};
  if (!isPlainObject(block)) return {value: null, problems: [{path: 'course', message: 'expected an object such as {"sessions": 6, "interval": "P2W"}; no course is shown'}]};
  const unknown = Object.keys(block).filter((key) => key !== 'sessions' && key !== 'interval');
  if (unknown.length) return {value: null, problems: [{path: `course.${unknown[0]}`, message: 'unknown key (known: sessions, interval); no course is shown'}]};
  return checkCourse(block.sessions, block.interval, {sessions: 'course.sessions', interval: 'course.interval'});
}

/**
 * The planned dates of the course's next sessions after the one at `treatedAt` (which is session 1):
 * session 2 one interval later, and so on to the last.
 */
export function courseSessions(treatedAt: Date, course: CourseSettings | null): PlannedSession[] {
  if (!course) return [];
  return Array.from({length: course.sessions - 1}, (_, i) => ({n: i + 2, total: course.sessions, at: addDuration(treatedAt, course.interval, i + 1)}));
}
