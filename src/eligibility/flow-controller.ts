import type {ReactiveController, ReactiveControllerHost, TemplateResult} from 'lit';
import {firstIncomplete, flowSteps, missingFields, resumeStep, stepDetail} from '../logic/eligibility/flow.js';
import {assessEligibility, DEFAULT_RULES, visibleQuestions} from '../logic/eligibility/rules.js';
import {emit} from '../shared/events.js';
import {
  GOAL_IDS,
  type Answer,
  type EligibilityContent,
  type EligibilityResult,
  type EligibilityRules,
  type GoalId,
  type Layout,
  type QuestionId,
} from '../types/eligibility.js';
import {forgetProgress, keepProgress, recallProgress} from './remembered-progress.js';
import {renderCheckAnswers} from './views/check-answers.js';
import type {EligibilityView, Field} from './views/context.js';
import {renderGoals} from './views/goals.js';
import {renderIntro} from './views/intro.js';
import {renderListPage} from './views/list-page.js';
import {renderQuestionStep} from './views/question.js';
import {renderResultScreen} from './views/result.js';

/**
 * The screens of the self-check in order, each with the view that draws it. To add a screen,
 * write its view in `views/` and add its line here, where it comes: Back, Continue (the summary's
 * button leads to a screen placed after it, and that screen's Continue to the result), the step
 * event, remembered progress and focus on its `#step-heading` follow. `health` stands for the
 * health questions the rules ask: one step each, or all on one page in the `list` layout.
 */
const SCREENS: Record<string, (view: EligibilityView) => TemplateResult> = {
  intro: renderIntro,
  goals: renderGoals,
  health: (view) => (view.step === 'questions' ? renderListPage(view) : renderQuestionStep(view)),
  summary: renderCheckAnswers,
  result: renderResultScreen,
};

/** What the flow needs of its element. */
export interface FlowHost extends ReactiveControllerHost, HTMLElement {
  /** Whether the page opted in to remembered progress. */
  readonly remember: boolean;
  readonly hasUpdated: boolean;
  /** Start again (the element's public `reset()`). */
  reset(): void;
}

/**
 * The self-check's flow, and the model its views draw: the steps, Continue and Back, Change from
 * the summary and the return to it, the result, remembered progress (kept on each change, resumed
 * on the first update), and the `meso-eligibility-step` and `meso-eligibility-result` events.
 * The element sets `layout` and `rules` in `willUpdate` (`rules-and-layout.ts`); in `hostUpdate`,
 * just after, the flow settles on a step that the layout and rules have.
 */
export class EligibilityFlow implements ReactiveController, EligibilityView {
  step = 'intro';
  goals: GoalId[] = [];
  health: Partial<Record<QuestionId, Answer>> = {};
  errors: Field[] = [];
  result: EligibilityResult | null = null;
  layout: Layout = 'steps';
  rules: EligibilityRules = DEFAULT_RULES;
  // Set by `render()`, before any view reads them.
  strings!: EligibilityContent;
  level!: number;
  locale!: string;
  readonly booking: EligibilityView['booking'];
  readonly consultation: EligibilityView['consultation'];
  readonly share: EligibilityView['share'];

  /** Set by Change on the summary: Continue then returns to the summary. */
  private backToSummary = false;
  private readonly flowHost: FlowHost;
  /** Moves focus to the element matching a selector once the next update has rendered. */
  private readonly moveFocus: (selector: string) => void;

  /**
   * @param focus moves focus to a selector after the next update (the element's focus-after-update)
   * @param links draws the booking call-to-action (the element's shared one), the consultation-only
   * booking and the share part
   */
  constructor(host: FlowHost, focus: (selector: string) => void, links: Pick<EligibilityView, 'booking' | 'consultation' | 'share'>) {
    this.flowHost = host;
    this.moveFocus = focus;
    this.booking = links.booking;
    this.consultation = links.consultation;
    this.share = links.share;
    host.addController(this);
  }

  get questions(): QuestionId[] {
    return visibleQuestions(this.rules);
  }

  get steps(): string[] {
    return flowSteps(Object.keys(SCREENS), this.layout, this.questions);
  }

  /** The current screen, drawn by its view with this content, heading level and number locale. */
  render(strings: EligibilityContent, level: number, locale: string): TemplateResult {
    this.strings = strings;
    this.level = level;
    this.locale = locale;
    // A step that is no screen of its own is a health question, or the list page of them all.
    return (SCREENS[this.step] ?? SCREENS.health)(this);
  }

  hostUpdate(): void {
    if (!this.flowHost.hasUpdated && this.flowHost.remember) this.resumeProgress();
    const steps = this.steps;
    if (!steps.includes(this.step)) this.step = firstIncomplete(steps, this, this.questions);
  }

  next = (event?: Event): void => {
    event?.preventDefault();
    const missing = missingFields(this.step, this, this.questions);
    if (missing.length) {
      this.errors = missing;
      this.flowHost.requestUpdate();
      this.moveFocus('.error-summary');
      return;
    }
    const step = this.backToSummary ? 'summary' : this.steps[this.steps.indexOf(this.step) + 1];
    this.backToSummary = false;
    if (step === 'result') this.showResult();
    else this.goTo(step);
  };

  back = (): void => {
    this.backToSummary = false;
    this.goTo(this.steps[Math.max(0, this.steps.indexOf(this.step) - 1)]);
  };

  change = (step: string): void => {
    this.backToSummary = true;
    this.goTo(step);
  };

  pickGoal = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const chosen = new Set(this.goals);
    if (input.checked) chosen.add(input.value as GoalId);
    else chosen.delete(input.value as GoalId);
    this.goals = GOAL_IDS.filter((goal) => chosen.has(goal));
    this.afterChange('goals');
  };

  answer = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const id = input.name.replace(/^q-/, '') as QuestionId;
    this.health = {...this.health, [id]: input.value as Answer};
    this.afterChange(id);
  };

  startAgain = (): void => this.flowHost.reset();

  /** Clears every answer and the remembered progress, and returns to the intro (focus on the title). */
  restart(): void {
    this.goals = [];
    this.health = {};
    this.result = null;
    this.backToSummary = false;
    forgetProgress(this.flowHost.id);
    this.goTo('intro', '#title');
  }

  private resumeProgress(): void {
    const saved = recallProgress(this.flowHost.id);
    if (!saved) return;
    this.goals = saved.goals;
    this.health = saved.health;
    this.step = resumeStep(this.steps, saved, this.questions);
  }

  private goTo(step: string, focus = '#step-heading'): void {
    this.step = step;
    this.errors = [];
    this.moveFocus(focus);
    emit(this.flowHost, 'meso-eligibility-step', stepDetail(this.steps, step));
    this.afterChange();
  }

  private showResult(): void {
    const result = assessEligibility(this, this.rules);
    this.result = result;
    // Focus moves to the result heading, which reads the outcome once; no live region repeats it.
    this.goTo('result');
    // The outcome code only: reason codes and goals are the patient's answers (see `result`).
    emit(this.flowHost, 'meso-eligibility-result', {outcome: result.outcome});
  }

  /** After each change: `answered` leaves the errors, the element renders again, and the progress is kept when the page opted in. */
  private afterChange(answered?: Field): void {
    this.errors = this.errors.filter((field) => field !== answered);
    this.flowHost.requestUpdate();
    if (this.flowHost.remember) keepProgress(this.flowHost.id, this);
  }
}
