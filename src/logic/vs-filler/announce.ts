import {fillTemplate} from '../locale.js';
import type {ConcernId, Treatment, TreatmentAdvice, VsFillerContent} from '../../types/vs-filler.js';

/** "{concern} points to {treatment}", in the content's words, e.g. "Volume loss points to dermal fillers". */
export const concernLine = (s: VsFillerContent, concern: ConcernId, treatment: Treatment): string =>
  fillTemplate(s.concernPointsTo, {concern: s.concerns[concern], treatment: s.treatments[treatment]});

/**
 * What the helper's live region says after a change of answers: the suggestion and each concern it
 * rests on, so a change that keeps the title but alters the reasons is still heard; or that there
 * is no suggestion yet.
 */
export function adviceAnnouncement(s: VsFillerContent, {recommendation, reasons}: TreatmentAdvice): string {
  if (recommendation === null) return s.announceEmpty;
  const lines = reasons.flatMap((reason) => (reason.code === 'concern' ? [`${concernLine(s, reason.concern, reason.treatment)}.`] : []));
  return [fillTemplate(s.announce, {title: s.recommendations[recommendation].title}), ...lines].join(' ');
}
