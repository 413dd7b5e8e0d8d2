import type {nothing, TemplateResult} from 'lit';
import type {
  Answer,
  EligibilityContent,
  EligibilityResult,
  GoalId,
  Layout,
  QuestionId,
} from '../../types/eligibility.js';

/** A field the patient must fill before Continue: the goals, or a health question. */
export type Field = QuestionId | 'goals';

/** The flow as the views see it: where the patient is, what they answered, and what they can do. */
export interface FlowView {
  /** The step on screen: `intro`, `goals`, a question id, `questions` (the list page), `summary` or `result`. */
  readonly step: string;
  /** Every step, in order. */
  readonly steps: readonly string[];
  /** The health questions the rules ask, in order. */
  readonly questions: readonly QuestionId[];
  /** The layout in use (after validation). */
  readonly layout: Layout;
  readonly goals: readonly GoalId[];
  readonly health: Partial<Record<QuestionId, Answer>>;
  /** The fields Continue found empty, shown in the error summary and beside each field. */
  readonly errors: readonly Field[];
  /** The result on the result screen. */
  readonly result: EligibilityResult | null;
  /** Continue (the form's submit, Start, and the summary's "Submit"): moves on when the step is complete, else shows what is missing. */
  next(event?: Event): void;
  /** Back to the previous step. */
  back(): void;
  /** From the summary to `step`, to change an answer; Continue then returns to the summary. */
  change(step: string): void;
  /** A goal's checkbox changed. */
  pickGoal(event: Event): void;
  /** A health question's radio changed (its `name` is `q-<id>`). */
  answer(event: Event): void;
  /** Start again: the element's `reset()`. */
  startAgain(): void;
}

/** What every view gets: the content, the heading level, the number locale, the flow, and the booking call-to-action. */
export interface EligibilityView extends FlowView {
  /** The content in use. */
  readonly strings: EligibilityContent;
  /** The level of the widget's top heading: a screen's heading sits one below. */
  readonly level: number;
  /** The locale numbers are written in ("Question 2 of 9"). */
  readonly locale: string;
  /** The booking call-to-action, whose `meso-book` carries `codes`; nothing without a booking URL. */
  booking(codes: Record<string, unknown>): TemplateResult | typeof nothing;
  /** The consultation-only booking (`consultation-url`), whose `meso-book` carries `codes`; nothing without one. */
  consultation(codes: Record<string, unknown>): TemplateResult | typeof nothing;
  /** "Share your answers with the clinic" on the result; nothing where the clinic offers no channel. */
  share(): TemplateResult | typeof nothing;
}
