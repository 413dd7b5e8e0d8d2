import type {AftercareContent, AftercarePlan, PlannedSession} from '../../types/aftercare.js';
import {dateTimeFormat, numberFormat} from '../intl.js';
import {fillTemplate} from '../locale.js';
import {formatWhen, timelineSentence} from './plan.js';
import {colonAfter} from '../punctuation.js';

/** A planned session's day, such as "Tue 8 Dec 2026", in `locale` and the patient's time zone. */
export const formatDay = (date: Date, locale: string): string =>
  dateTimeFormat(locale, {weekday: 'short', day: 'numeric', month: 'short', year: 'numeric'}).format(date);

/** Each planned session as a line: "Session 2 of 6: Tue 8 Dec 2026". */
export function sessionLines(s: Pick<AftercareContent, 'course'>, sessions: readonly PlannedSession[], locale: string): string[] {
  const count = numberFormat(locale);
  return sessions.map((session) =>
    fillTemplate(s.course.session, {n: count.format(session.n), total: count.format(session.total), date: formatDay(session.at, locale)}),
  );
}

/** The course as plain text: its heading, each session, that the dates are to be confirmed, and maintenance. Empty without sessions. */
export function courseText(s: Pick<AftercareContent, 'course'>, sessions: readonly PlannedSession[], locale: string): string[] {
  if (!sessions.length) return [];
  return [colonAfter(s.course.heading, locale), ...sessionLines(s, sessions, locale).map((line) => `- ${line}`), s.course.confirm, s.course.maintenance];
}

/**
 * The personal plan as plain text, for sharing or copying: the timeline's heading, when the
 * treatment was, each step's line, the course (when there is one), then `guide` (the whole guide).
 */
export function planText(s: AftercareContent, plan: AftercarePlan, sessions: readonly PlannedSession[], locale: string, guide = ''): string {
  const when = formatWhen(plan.treatedAt, locale);
  return [
    s.share.title,
    '',
    fillTemplate(plan.planned ? s.plannedFor : s.treatedOn, {time: when}),
    ...plan.items.map((item) => `- ${timelineSentence(item, s, (date) => formatWhen(date, locale))}`),
    '',
    ...courseText(s, sessions, locale),
    ...(guide ? ['', guide] : []),
  ].join('\n');
}
