import {html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations} from 'lit';
import {keyed} from 'lit/directives/keyed.js';
import {eligibilityEn} from '../content/en/eligibility.js';
import {emit} from '../shared/events.js';
import {numberFormat} from '../logic/intl.js';
import {fillTemplate} from '../logic/locale.js';
import {LocaleTable} from '../shared/locale-table.js';
import {MesoElement} from '../shared/meso-element.js';
import {renderChoice, renderHeading, renderNeedsScript} from '../shared/pieces.js';
import {safeStorage, storageKey} from '../shared/storage.js';
import {errorSummaryStyles, sharedStyles} from '../shared/styles.js';
import {eligibilityStyles} from './eligibility.styles.js';
import {
  firstIncomplete,
  flowSteps,
  isQuestion,
  missingFields,
  parseSavedProgress,
  questionProgress,
} from '../logic/eligibility/flow.js';
import {assessEligibility, bookingAllowed, DEFAULT_RULES, mergeRules, visibleQuestions} from '../logic/eligibility/rules.js';
import {
  ANSWERS,
  GOAL_IDS,
  LAYOUTS,
  type Answer,
  type EligibilityContent,
  type EligibilityResult,
  type EligibilityRules,
  type EligibilityRulesOverride,
  type GoalId,
  type Layout,
  type Outcome,
  type QuestionId,
  type StepId,
} from '../types/eligibility.js';

const OUTCOME_ICONS: Record<Outcome, string> = {
  'not-recommended': '✕',
  'not-now': '!',
  'ask-doctor': '?',
  // Not a tick: "no concerns" is not an approval.
  'no-concerns': 'i',
};

/**
 * "Is mesotherapy right for me?": a short self-check of who should avoid mesotherapy. Goals, then
 * health questions (one per step, or all on one page), check your answers, and a result that
 * never says the patient is eligible: at best, nothing they told us rules it out.
 *
 * Configuration from HTML alone: a child `<script type="application/json">` block whose keys
 * mirror the properties, `{"content": {...}, "rules": {"conditions": {"severity": "ask-doctor"},
 * "skin": {"hidden": true}}}`. A property set from JavaScript wins; invalid JSON or unknown keys
 * are reported and ignored.
 *
 * @tagname meso-eligibility
 * @summary The "Is mesotherapy right for me?" self-check.
 *
 * @fires {CustomEvent<EligibilityStepDetail>} meso-eligibility-step - The patient moved to another step; `detail` is `{ step, index, total, question, questions }`: `index`/`total` count every screen from 0 (intro, goals, questions, summary, result); `question`/`questions` are the visible "Question n of m" (`question` is `null` where no such caption shows).
 * @fires {CustomEvent<EligibilityResultDetail>} meso-eligibility-result - A result was shown; `detail` is `{ outcome, reasons, goals }` (codes only).
 * @fires {CustomEvent<BookDetail>} meso-book - The booking call-to-action was activated; `detail` is `{ source: 'eligibility', url, outcome }`. Cancelable.
 * @fires {CustomEvent<ConfigErrorDetail>} meso-config-error - A setting was refused; the default stays.
 *
 * @csspart result - The result panel.
 * @csspart outcome - The outcome banner with its icon and headline.
 * @csspart error-summary - The "There is a problem" summary.
 * @csspart progress - The "Question N of M" caption.
 * @csspart warning - The "never stop a prescribed medicine" warning on the result.
 */
export class MesoEligibility extends MesoElement<EligibilityContent> {
  static override styles = [...sharedStyles, errorSummaryStyles, eligibilityStyles];

  /** Lit's reactive properties and their attributes (JSDoc is on each field below). */
  static override properties: PropertyDeclarations = {
    layout: {reflect: true},
    remember: {type: Boolean, reflect: true},
    rules: {attribute: false},
    step: {state: true},
    goals: {state: true},
    health: {state: true},
    errorFields: {state: true},
    lastResult: {state: true},
  };
  static override configKeys = ['content', 'rules'];

  /** The content of every locale. Add a translation with `MesoEligibility.locales.add('fr', {...})`. */
  static readonly locales = new LocaleTable<EligibilityContent>(eligibilityEn, 'eligibility');

  protected readonly source = 'eligibility';

  protected get locales(): LocaleTable<EligibilityContent> {
    return MesoEligibility.locales;
  }

  /** `steps`: one health question per screen (default). `list`: all health questions on one page. */
  layout: Layout = 'steps';

  /** Opt-in: keep progress in `sessionStorage` so a reload resumes. Start again clears it. */
  remember = false;

  /**
   * A clinic's changes to the rules, per question id: `{ conditions: { severity: 'ask-doctor' } }`.
   * Wins over the JSON block's `rules`. Unknown ids and wrong values are reported and ignored.
   * The safety floor holds: a question cannot be hidden or set below `ask-doctor` (refused with
   * `meso-config-error`; the default stays).
   */
  rules?: EligibilityRulesOverride;

  private step: StepId = 'intro';
  private goals: GoalId[] = [];
  private health: Partial<Record<QuestionId, Answer>> = {};
  private errorFields: (QuestionId | 'goals')[] = [];
  private lastResult: EligibilityResult | null = null;

  private activeRules: EligibilityRules = DEFAULT_RULES;
  private shownLayout: Layout = 'steps';
  private returnToSummary = false;
  private readonly storage = safeStorage('session');

  /** The last result shown, or `null` before the first result and after `reset()`. */
  get result(): EligibilityResult | null {
    return this.lastResult;
  }

  /** Clears every answer and any remembered progress, and returns to the intro. */
  reset(): void {
    this.goals = [];
    this.health = {};
    this.lastResult = null;
    this.returnToSummary = false;
    this.storage.remove(this.storageKey);
    this.goTo('intro', 'title');
  }

  private get storageKey() {
    return storageKey('meso-eligibility', this.id);
  }

  private get questions(): QuestionId[] {
    return visibleQuestions(this.activeRules);
  }

  private get steps(): StepId[] {
    return flowSteps(this.shownLayout, this.questions);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('layout')) {
      const valid = LAYOUTS.includes(this.layout);
      this.shownLayout = valid ? this.layout : 'steps';
      if (!valid) this.report('layout', `"${this.layout}" is not one of ${LAYOUTS.join(', ')}; using steps`);
    }
    const blockChanged = changed.has('blockRevision');
    if (blockChanged || changed.has('rules')) {
      const fromBlock = mergeRules(DEFAULT_RULES, this.block.rules);
      if (blockChanged) fromBlock.errors.forEach((error) => this.reportError(error));
      const fromProperty = mergeRules(fromBlock.value, this.rules);
      if (changed.has('rules')) fromProperty.errors.forEach((error) => this.reportError(error));
      this.activeRules = fromProperty.value;
    }
    if (!this.hasUpdated && this.remember) this.restore();
    if (!this.steps.includes(this.step)) this.step = firstIncomplete(this.steps, this.progress, this.questions);
  }

  private get progress() {
    return {goals: this.goals, health: this.health};
  }

  private restore(): void {
    const saved = parseSavedProgress(this.storage.get(this.storageKey));
    if (!saved) return;
    this.goals = saved.goals;
    this.health = saved.health;
    const steps = this.steps;
    const wanted = steps.includes(saved.step as StepId) ? (saved.step as StepId) : 'intro';
    const blocker = firstIncomplete(steps, this.progress, this.questions);
    this.step = steps.indexOf(wanted) > steps.indexOf(blocker) ? blocker : wanted;
    if (this.step === 'result') this.lastResult = assessEligibility(this.progress, this.activeRules);
  }

  private save(): void {
    if (!this.remember) return;
    this.storage.set(this.storageKey, JSON.stringify({step: this.step, goals: this.goals, health: this.health}));
  }

  private goTo(step: StepId, focus: 'step' | 'title' = 'step'): void {
    this.step = step;
    this.errorFields = [];
    this.focusAfterUpdate(focus === 'step' ? '#step-heading' : '#title');
    const steps = this.steps;
    const shown = questionProgress(steps, step);
    const questions = steps.filter((id) => id === 'goals' || isQuestion(id)).length;
    emit(this, 'meso-eligibility-step', {step, index: steps.indexOf(step), total: steps.length, question: shown?.n ?? null, questions});
    this.save();
  }

  private onContinue(event?: Event): void {
    event?.preventDefault();
    const missing = missingFields(this.step, this.progress, this.questions);
    if (missing.length) {
      this.errorFields = missing;
      this.focusAfterUpdate('.error-summary');
      return;
    }
    if (this.step === 'summary') return this.showResult();
    if (this.returnToSummary) {
      this.returnToSummary = false;
      return this.goTo('summary');
    }
    this.goTo(this.steps[this.steps.indexOf(this.step) + 1]);
  }

  private onBack(): void {
    this.returnToSummary = false;
    this.goTo(this.steps[Math.max(0, this.steps.indexOf(this.step) - 1)]);
  }

  private showResult(): void {
    const result = assessEligibility(this.progress, this.activeRules);
    this.lastResult = result;
    // Focus moves to the result heading, which reads the outcome once; no live region repeats it.
    this.goTo('result');
    emit(this, 'meso-eligibility-result', {
      outcome: result.outcome,
      reasons: result.reasons.map((reason) => reason.id),
      goals: [...this.goals],
    });
  }

  private onGoalChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const chosen = new Set(this.goals);
    if (input.checked) chosen.add(input.value as GoalId);
    else chosen.delete(input.value as GoalId);
    this.goals = GOAL_IDS.filter((goal) => chosen.has(goal));
    this.errorFields = this.errorFields.filter((field) => field !== 'goals');
    this.save();
  }

  private onAnswer(event: Event): void {
    const input = event.target as HTMLInputElement;
    const id = input.name.replace(/^q-/, '') as QuestionId;
    this.health = {...this.health, [id]: input.value as Answer};
    this.errorFields = this.errorFields.filter((field) => field !== id);
    this.save();
  }

  private onChange(step: StepId): void {
    this.returnToSummary = true;
    this.goTo(step);
  }

  /** Moves focus from an error summary link to the first control of the field. */
  private onErrorLink(event: Event, field: QuestionId | 'goals'): void {
    event.preventDefault();
    const id = field === 'goals' ? `goal-${GOAL_IDS[0]}` : `q-${field}-yes`;
    const control = this.renderRoot.querySelector<HTMLInputElement>(`#${id}`);
    control?.scrollIntoView({block: 'center'});
    control?.focus({preventScroll: true});
  }

  protected override render(): TemplateResult {
    // Empty (in its reserved space) while the translation loads: no English flash.
    if (this.waitingForTranslation) return html``;
    const s = this.strings;
    const onResult = this.step === 'result';
    return html`<div class="frame">
      <div class="widget">
        ${this.renderTitle(s.heading)}
        <div class="step step--${this.step}">${keyed(this.step, this.renderStep())}</div>
        <div class="footer">
          ${this.step === 'intro' || onResult ? this.renderPhone() : nothing}
          ${this.renderDisclaimer()}
        </div>
      </div>
    </div>`;
  }

  private renderStep(): TemplateResult {
    const step = this.step;
    if (step === 'intro') return this.renderIntro();
    if (step === 'summary') return this.renderSummary();
    if (step === 'result' && this.lastResult) return this.renderResult(this.lastResult);
    return this.renderQuestionStep(step);
  }

  private renderIntro(): TemplateResult {
    const {intro} = this.strings;
    return html`<div class="intro">
        <p class="lead">${intro.lead}</p>
        <p>${intro.time}</p>
        <p class="privacy">${intro.privacy}</p>
      </div>
      ${renderNeedsScript(
        html`<div class="actions">
          <button type="button" class="button button--primary" @click=${() => this.goTo('goals')}>${intro.start}</button>
        </div>`,
        this.strings.scriptNote,
      )}`;
  }

  private stepHeading(text: string): TemplateResult {
    const count = questionProgress(this.steps, this.step);
    const template = count?.unit === 'page' ? this.strings.pageProgress : this.strings.progress;
    const caption = count
      ? html`<span class="caption" part="progress">${fillTemplate(template, {n: numberFormat(this.formatLocale).format(count.n), total: numberFormat(this.formatLocale).format(count.total)})}</span>`
      : nothing;
    return renderHeading(this.level + 1, html`${caption}${text}`, {id: 'step-heading', className: 'step-heading'});
  }

  private renderBackButton(): TemplateResult {
    return html`<button type="button" class="back" @click=${this.onBack}>
      <svg class="chevron" viewBox="0 0 8 12" aria-hidden="true" focusable="false">
        <path d="M6.5 1.5 2 6l4.5 4.5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
      </svg>
      <span>${this.strings.back}</span>
    </button>`;
  }

  private renderErrorSummary(): TemplateResult | typeof nothing {
    if (!this.errorFields.length) return nothing;
    const s = this.strings;
    return html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
      ${renderHeading(this.level + 1, s.errors.summaryTitle, {id: 'error-summary-title', className: 'error-summary-title'})}
      <ul>
        ${this.errorFields.map(
          (field) => html`<li>
            <a href="#${field === 'goals' ? 'goals' : `q-${field}`}" @click=${(event: Event) => this.onErrorLink(event, field)}
              >${this.errorText(field)}</a
            >
          </li>`,
        )}
      </ul>
    </div>`;
  }

  private errorText(field: QuestionId | 'goals'): string {
    const s = this.strings;
    if (field === 'goals') return s.errors.goals;
    return this.shownLayout === 'list' ? `${s.questions[field].label}: ${s.errors.answer}` : s.errors.answer;
  }

  private renderInlineError(field: QuestionId | 'goals'): TemplateResult | typeof nothing {
    if (!this.errorFields.includes(field)) return nothing;
    return html`<p id="${field}-error" class="error-message">
      <span class="visually-hidden">${this.strings.errors.prefix}</span> ${this.errorText(field)}
    </p>`;
  }

  private renderQuestionStep(step: StepId): TemplateResult {
    const s = this.strings;
    let body: TemplateResult;
    if (step === 'goals') body = this.renderGoals();
    else if (step === 'questions')
      body = html`${this.stepHeading(s.questionsHeading)}
        <p class="why">${s.whyWeAsk}</p>
        ${this.questions.map((id) => this.renderQuestion(id, false))}`;
    else body = isQuestion(step) ? this.renderQuestion(step, true) : html``;
    return html`${this.renderBackButton()} ${this.renderErrorSummary()}
      <form novalidate @submit=${this.onContinue}>
        ${body}
        <div class="actions">
          <button type="submit" class="button button--primary">${s.continue}</button>
        </div>
      </form>`;
  }

  private renderGoals(): TemplateResult {
    const s = this.strings;
    const invalid = this.errorFields.includes('goals');
    return html`${keyed(invalid, html`<div class="question-box ${invalid ? 'question--error' : ''}"><fieldset
      id="goals"
      class="question"
      aria-describedby="goals-hint ${invalid ? 'goals-error' : ''}"
    >
      <legend>${this.stepHeading(s.goalsQuestion)}</legend>
      <p id="goals-hint" class="hint">${s.goalsHint}</p>
      ${this.renderInlineError('goals')}
      <div class="choices">
        ${GOAL_IDS.map((goal) =>
          renderChoice({
            type: 'checkbox',
            id: `goal-${goal}`,
            name: 'goals',
            value: goal,
            checked: this.goals.includes(goal),
            label: s.goals[goal],
            onChange: this.onGoalChange,
          }),
        )}
      </div>
    </fieldset></div>`)}`;
  }

  private renderQuestion(id: QuestionId, ownStep: boolean): TemplateResult {
    const s = this.strings;
    const question = s.questions[id];
    const invalid = this.errorFields.includes(id);
    const describedBy = [`q-${id}-hint`, ownStep ? 'why' : '', invalid ? `${id}-error` : ''].filter(Boolean).join(' ');
    // A new box when the error comes or goes: WebKit keeps a floated legend at its old width when
    // the fieldset narrows for the error bar, and the legend then sticks out in a narrow column.
    return html`${keyed(invalid, html`<div class="question-box ${invalid ? 'question--error' : ''}"><fieldset id="q-${id}" class="question" aria-describedby=${describedBy}>
      <legend>${ownStep ? this.stepHeading(question.question) : html`<span class="legend-text">${question.question}</span>`}</legend>
      <p id="q-${id}-hint" class="hint">${question.hint}</p>
      ${ownStep ? html`<p id="why" class="why">${s.whyWeAsk}</p>` : nothing} ${this.renderInlineError(id)}
      <div class="choices choices--inline">
        ${ANSWERS.map((answer) =>
          renderChoice({
            type: 'radio',
            id: `q-${id}-${answer}`,
            name: `q-${id}`,
            value: answer,
            checked: this.health[id] === answer,
            label: s.answers[answer],
            onChange: this.onAnswer,
          }),
        )}
      </div>
    </fieldset></div>`)}`;
  }

  private renderSummary(): TemplateResult {
    const s = this.strings;
    const row = (label: string, value: string | TemplateResult, step: StepId) => html`<div class="summary-row">
      <dt>${label}</dt>
      <dd>${value}</dd>
      <dd class="summary-change">
        <button type="button" class="link-button" @click=${() => this.onChange(step)}>
          ${s.summary.change}<span class="visually-hidden">${fillTemplate(s.summary.changeHidden, {label})}</span>
        </button>
      </dd>
    </div>`;
    const questionStep = (id: QuestionId): StepId => (this.shownLayout === 'list' ? 'questions' : id);
    return html`${this.renderBackButton()} ${this.stepHeading(s.summary.heading)}
      <dl class="summary-list">
        ${row(
          s.goalsLabel,
          // One goal a line: the goals' own names contain commas, so no separator reads clearly.
          this.goals.length ? html`<ul class="summary-values">${this.goals.map((goal) => html`<li>${s.goals[goal]}</li>`)}</ul>` : s.summary.noGoals,
          'goals',
        )}
        ${this.questions.map((id) =>
          row(s.questions[id].label, this.health[id] ? s.answers[this.health[id]] : '', questionStep(id)),
        )}
      </dl>
      <div class="actions">
        <button type="button" class="button button--primary" @click=${() => this.onContinue()}>${s.summary.submit}</button>
      </div>`;
  }

  private renderResult(result: EligibilityResult): TemplateResult {
    const s = this.strings;
    const outcome = s.outcomes[result.outcome];
    const sub = (text: string) => renderHeading(this.level + 2, text, {className: 'section-title'});
    return html`<div class="result result--${result.outcome}" part="result">
      <div class="outcome" part="outcome">
        <span class="outcome-icon" aria-hidden="true">${OUTCOME_ICONS[result.outcome]}</span>
        ${renderHeading(this.level + 1, html`<span class="visually-hidden">${s.statusLabel} </span>${outcome.headline}`, {
          id: 'step-heading',
          className: 'step-heading outcome-headline',
        })}
      </div>
      <p class="next">${outcome.next}</p>
      <p class="not-diagnosis">${s.notDiagnosis}</p>
      ${result.reasons.length
        ? html`<div class="reasons">
            ${sub(s.reasonsHeading)}
            <ul>
              ${result.reasons.map((reason) => html`<li>${this.reasonText(reason.id, reason.answer)}</li>`)}
            </ul>
            ${result.reasons.some((reason) => reason.id === 'bleeding')
              ? html`<p class="warning" part="warning"><strong>${s.medicineWarning}</strong></p>`
              : nothing}
          </div>`
        : nothing}
      ${result.notes.length
        ? html`<div class="notes">
            ${sub(s.notesHeading)}
            <ul>
              ${result.notes.map((note) => html`<li>${s.notes[note]}</li>`)}
            </ul>
          </div>`
        : nothing}
      ${bookingAllowed(result.outcome)
        ? html`<div class="checklist">
              ${sub(s.checklistHeading)}
              <ul>
                ${s.checklist.map((item) => html`<li>${item}</li>`)}
              </ul>
            </div>
            <div class="expect">
              ${sub(s.expectHeading)}
              <ul>
                ${s.expect.map((item) => html`<li>${item}</li>`)}
              </ul>
            </div>`
        : nothing}
      ${result.outcome === 'ask-doctor' && this.bookingHref ? html`<p class="book-after no-print">${s.bookAfterDoctor}</p>` : nothing}
      <div class="actions no-print">
        ${bookingAllowed(result.outcome) ? this.renderBooking({outcome: result.outcome}) : nothing}
        <button type="button" class="button" @click=${() => window.print()}>${s.print}</button>
        <button type="button" class="button" @click=${() => this.reset()}>${s.startAgain}</button>
      </div>
    </div>`;
  }

  private reasonText(id: QuestionId | 'weight-loss', answer?: Answer): string {
    const s = this.strings;
    if (id === 'weight-loss') return s.weightLossReason;
    if (answer === 'unsure' && id === 'adult') return s.unsureAge;
    if (answer === 'unsure') return fillTemplate(s.unsureReason, {label: s.questions[id].label});
    return s.questions[id].reason;
  }
}
