import {html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {vsFillerEn} from '../content/en/vs-filler.js';
import {checkPageUrl} from '../shared/page-url.js';
import {LocaleTable} from '../shared/locale-table.js';
import {MesoElement} from '../shared/meso-element.js';
import {sharedStyles} from '../shared/styles.js';
import {VS_FILLER_VIEWS, type TreatmentAdvice, type VsFillerContent, type VsFillerView} from '../types/vs-filler.js';
import {adviceFor, announceAnswers, answer, NO_ANSWERS} from './helper-answers.js';
import {vsFillerStyles} from './vs-filler.styles.js';
import {renderComparison} from './views/comparison.js';
import {renderHelper} from './views/helper.js';
import {renderHelperResult} from './views/result.js';

/**
 * Mesotherapy or dermal fillers? An accessible comparison (a table on wide containers, two
 * stacked cards below about 600 px) and a decision helper that says which treatment the patient's
 * goals match (mesotherapy, fillers, a full-face combination, or two separate treatments), and
 * that whether it is safe depends on their health.
 *
 * Configuration from HTML alone: a child `<script type="application/json">` block whose keys
 * mirror the properties, `{"content": {"heading": "…"}}`. A property set from JavaScript wins;
 * invalid JSON or unknown keys are reported and ignored.
 *
 * @tagname meso-vs-filler
 * @summary Mesotherapy vs dermal fillers, with a decision helper.
 *
 * @fires {CustomEvent<VsFillerRecommendationDetail>} meso-vs-filler-recommendation - The patient changed an answer; `detail` is `{ recommendation }` (the code only, never the answers).
 * @fires {CustomEvent<BookDetail>} meso-book - The booking call-to-action was activated; `detail` is `{ source: 'vs-filler', url, recommendation }`. Cancelable.
 * @fires {CustomEvent<ConfigErrorDetail>} meso-config-error - A setting was refused; the default stays.
 *
 * @csspart table - The comparison table (wide layout).
 * @csspart cards - The stacked treatment cards (narrow layout).
 * @csspart helper - The decision helper.
 * @csspart result - The helper's result panel.
 * @csspart recommendation - The recommendation headline in the result.
 * @csspart caveat - Each caution in the result: the fat-loss caveat, the filler blood-vessel warning, the hair-loss note.
 * @csspart health-note - "Whether a treatment is safe depends on your health", with the self-check link.
 */
export class MesoVsFiller extends MesoElement<VsFillerContent> {
  static override styles = [...sharedStyles, vsFillerStyles];

  /** Lit's reactive properties and their attributes (JSDoc is on each field below). */
  static override properties: PropertyDeclarations = {
    view: {reflect: true, useDefault: true},
    selfCheckUrl: {attribute: 'self-check-url'},
    answers: {state: true},
  };

  /** The content of every locale. Add a translation with `MesoVsFiller.locales.add('fr', {...})`. */
  static readonly locales = new LocaleTable<VsFillerContent>(vsFillerEn, 'vs-filler');

  protected readonly source = 'vs-filler';

  protected get locales(): LocaleTable<VsFillerContent> {
    return MesoVsFiller.locales;
  }

  /** What to show: `compare` (table only), `helper` (decision helper only) or `both`. */
  view: VsFillerView = 'both';

  /**
   * Where the clinic's "Is mesotherapy right for me?" self-check is (a page, or `#id` on this
   * page). When set, every suggestion links to it. `http:`/`https:` only.
   */
  selfCheckUrl = '';

  private selfCheckHref = '';

  private shownView: VsFillerView = 'both';

  /** The decision helper's answers (see `helper-answers.ts`). */
  private answers = NO_ANSWERS;

  /** The current suggestion: `{ recommendation, reasons }`, as `recommendTreatment` computes it. */
  get result(): TreatmentAdvice {
    return adviceFor(this.answers);
  }

  /** Clears every answer. */
  reset(): void {
    this.answers = NO_ANSWERS;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('view')) {
      const valid = VS_FILLER_VIEWS.includes(this.view);
      this.shownView = valid ? this.view : 'both';
      if (!valid) this.report('view', `"${this.view}" is not one of ${VS_FILLER_VIEWS.join(', ')}; using both`);
    }
    if (changed.has('selfCheckUrl')) {
      const checked = checkPageUrl(this.selfCheckUrl);
      this.selfCheckHref = checked.value;
      this.report('self-check-url', checked.problem?.replace('no booking button', 'no self-check link'));
    }
  }

  /** A concern or the severity changed: new answers, then their event. */
  private onAnswer(event: Event): void {
    this.answers = answer(this.answers, event.target as HTMLInputElement, this.strings);
    announceAnswers(this, this.answers);
  }

  protected override render(): TemplateResult {
    // Empty (in its reserved space) while the translation loads: no English flash.
    if (this.waitingForTranslation) return html``;
    const s = this.strings;
    const level = this.level;
    const view = this.shownView;
    const advice = this.result;
    return html`<div class="frame" dir=${ifDefined(this.frameDir)}>
      <div class="widget">
        ${this.renderLanguages()}
        <div class="intro">
          ${this.renderTitle(s.heading)}
          <p class="lead">${s.intro}</p>
        </div>
        ${view !== 'helper' ? renderComparison(s, level) : nothing}
        ${view !== 'compare'
          ? renderHelper(s, level, this.answers, this.onAnswer, renderHelperResult(s, level, advice, view !== 'helper', this.selfCheckHref), this.selfCheckHref)
          : nothing}
        ${this.renderFooter({recommendation: advice.recommendation})}
      </div>
    </div>`;
  }
}
