import {adviceAnnouncement} from '../logic/vs-filler/announce.js';
import {recommendTreatment} from '../logic/vs-filler/recommend.js';
import {emit} from '../shared/events.js';
import {CONCERN_IDS, CONCERN_SEVERITIES, type ConcernId, type ConcernSeverity, type TreatmentAdvice, type VsFillerContent} from '../types/vs-filler.js';

/**
 * The decision helper's state: the concerns ticked, the severity chosen (null for "not sure") and
 * what the live region last said. A value: each change makes a new one, which the element keeps
 * as reactive state. Nothing is stored.
 */
export interface HelperAnswers {
  readonly concerns: ReadonlySet<ConcernId>;
  readonly severity: ConcernSeverity | null;
  /** Set by each change of answers, so the change is heard once. */
  readonly announcement: string;
}

/** Before any answer, and after `reset()`. */
export const NO_ANSWERS: HelperAnswers = {concerns: new Set(), severity: null, announcement: ''};

/** The suggestion the answers lead to: `{ recommendation, reasons }`, as `recommendTreatment` computes it. */
export const adviceFor = (answers: HelperAnswers): TreatmentAdvice => recommendTreatment(answers.concerns, answers.severity);

/**
 * The answers after one of the helper's inputs changed: a concern's checkbox (`name="concern"`)
 * or a severity radio (`name="severity"`; "not sure" and anything unknown is null), with the
 * announcement of the new suggestion and the concerns it rests on, in the content's words.
 */
export function answer(answers: HelperAnswers, input: HTMLInputElement, s: VsFillerContent): HelperAnswers {
  const concerns = new Set(answers.concerns);
  let severity = answers.severity;
  if (input.name === 'severity') severity = (CONCERN_SEVERITIES as readonly string[]).includes(input.value) ? (input.value as ConcernSeverity) : null;
  else if (input.checked) concerns.add(input.value as ConcernId);
  else concerns.delete(input.value as ConcernId);
  return {concerns, severity, announcement: adviceAnnouncement(s, recommendTreatment(concerns, severity))};
}

/** Fires `meso-vs-filler-recommendation` from `host` for the answers: codes only, one per change of answers. */
export function announceAnswers(host: EventTarget, answers: HelperAnswers): void {
  emit(host, 'meso-vs-filler-recommendation', {
    recommendation: adviceFor(answers).recommendation,
    concerns: CONCERN_IDS.filter((id) => answers.concerns.has(id)),
    severity: answers.severity,
  });
}
