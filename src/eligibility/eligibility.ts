import {html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {keyed} from 'lit/directives/keyed.js';
import {eligibilityEn} from '../content/en/eligibility.js';
import {LocaleTable} from '../shared/locale-table.js';
import {MesoElement} from '../shared/meso-element.js';
import {errorSummaryStyles, sharedStyles} from '../shared/styles.js';
import type {EligibilityContent, EligibilityResult, EligibilityRulesOverride, Layout} from '../types/eligibility.js';
import {eligibilityStyles} from './eligibility.styles.js';
import {EligibilityFlow} from './flow-controller.js';
import {applyRulesAndLayout} from './rules-and-layout.js';

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

  /** The steps, the answers, the result and remembered progress; the model the views draw. */
  private readonly flow = new EligibilityFlow(
    this,
    (selector) => this.focusAfterUpdate(selector),
    (codes) => this.renderBooking(codes),
  );

  /** The last result shown, or `null` before the first result and after `reset()`. */
  get result(): EligibilityResult | null {
    return this.flow.result;
  }

  /** Clears every answer and any remembered progress, and returns to the intro. */
  reset(): void {
    this.flow.restart();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    applyRulesAndLayout(this.flow, changed, this, this.block.rules, (error) => this.reportError(error));
  }

  protected override render(): TemplateResult {
    // Empty (in its reserved space) while the translation loads: no English flash.
    if (this.waitingForTranslation) return html``;
    const step = this.flow.step;
    return html`<div class="frame">
      <div class="widget">
        ${this.renderTitle(this.strings.heading)}
        <div class="step step--${step}">${keyed(step, this.flow.render(this.strings, this.level, this.formatLocale))}</div>
        <div class="footer">
          ${step === 'intro' || step === 'result' ? this.renderPhone() : nothing}
          ${this.renderDisclaimer()}
        </div>
      </div>
    </div>`;
  }
}
