import type {ReactiveControllerHost} from 'lit';
import {adviceAnnouncement} from '../logic/vs-filler/announce.js';
import {recommendTreatment} from '../logic/vs-filler/recommend.js';
import {emit} from '../shared/events.js';
import {CONCERN_IDS, CONCERN_SEVERITIES, type ConcernId, type ConcernSeverity, type TreatmentAdvice, type VsFillerContent} from '../types/vs-filler.js';

/**
 * The decision helper's answers (the concerns ticked, the severity chosen) and what follows from
 * them: the advice, one live-region announcement and one `meso-vs-filler-recommendation` (codes
 * only) per change of answers, each change rendered by an update of the element. Nothing is stored.
 */
export class HelperAnswers {
  /** The concerns ticked. */
  concerns = new Set<ConcernId>();
  /** The severity chosen, or null for "not sure". */
  severity: ConcernSeverity | null = null;
  /** What the live region says: set on each change of answers, so it is heard once. */
  announcement = '';

  constructor(
    private readonly helperHost: ReactiveControllerHost & EventTarget,
    private readonly helperContent: () => VsFillerContent,
  ) {}

  /** The current suggestion: `{ recommendation, reasons }`, as `recommendTreatment` computes it. */
  get advice(): TreatmentAdvice {
    return recommendTreatment(this.concerns, this.severity);
  }

  /** Clears every answer (and the announcement). */
  reset(): void {
    this.concerns = new Set();
    this.severity = null;
    this.announcement = '';
    this.helperHost.requestUpdate();
  }

  /** A concern's checkbox changed. */
  readonly concernChange = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const next = new Set(this.concerns);
    if (input.checked) next.add(input.value as ConcernId);
    else next.delete(input.value as ConcernId);
    this.concerns = next;
    this.answersChanged();
  };

  /** A severity radio was chosen ("not sure" and anything unknown is null). */
  readonly severityChange = (event: Event): void => {
    const value = (event.target as HTMLInputElement).value;
    this.severity = (CONCERN_SEVERITIES as readonly string[]).includes(value) ? (value as ConcernSeverity) : null;
    this.answersChanged();
  };

  /** One announcement and one event per change of answers. */
  private answersChanged(): void {
    const advice = this.advice;
    this.announcement = adviceAnnouncement(this.helperContent(), advice);
    this.helperHost.requestUpdate();
    emit(this.helperHost, 'meso-vs-filler-recommendation', {
      recommendation: advice.recommendation,
      concerns: CONCERN_IDS.filter((id) => this.concerns.has(id)),
      severity: this.severity,
    });
  }
}
