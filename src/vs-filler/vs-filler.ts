import {html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations} from 'lit';
import {vsFillerEn} from '../content/en/vs-filler.js';
import {emit} from '../shared/events.js';
import {checkBookingUrl} from '../logic/attributes.js';
import {fillTemplate} from '../logic/locale.js';
import {LocaleTable} from '../shared/locale-table.js';
import {MesoElement} from '../shared/meso-element.js';
import {renderChoice, renderHeading, renderNeedsScript} from '../shared/pieces.js';
import {sharedStyles} from '../shared/styles.js';
import {recommendTreatment} from '../logic/vs-filler/recommend.js';
import {vsFillerStyles} from './vs-filler.styles.js';
import {
  ASPECTS,
  CONCERN_IDS,
  CONCERN_SEVERITIES,
  TREATMENTS,
  VS_FILLER_VIEWS,
  type AspectId,
  type ConcernId,
  type ConcernSeverity,
  type Treatment,
  type TreatmentAdvice,
  type VsFillerContent,
  type VsFillerView,
} from '../types/vs-filler.js';

/** What the element shows: the comparison, the decision helper, or both. */

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
 * @fires {CustomEvent<VsFillerRecommendationDetail>} meso-vs-filler-recommendation - The patient changed an answer; `detail` is `{ recommendation, concerns, severity }` (codes only).
 * @fires {CustomEvent<BookDetail>} meso-book - The booking call-to-action was activated; `detail` is `{ source: 'vs-filler', url, recommendation }`. Cancelable.
 * @fires {CustomEvent<ConfigErrorDetail>} meso-config-error - A setting was refused; the default stays.
 *
 * @csspart table - The comparison table (wide layout).
 * @csspart cards - The stacked treatment cards (narrow layout).
 * @csspart helper - The decision helper.
 * @csspart result - The helper's result panel.
 * @csspart recommendation - The recommendation headline in the result.
 * @csspart caveat - The fat-loss caveat in the result.
 * @csspart health-note - "Whether a treatment is safe depends on your health", with the self-check link.
 */
export class MesoVsFiller extends MesoElement<VsFillerContent> {
  static override styles = [...sharedStyles, vsFillerStyles];

  /** Lit's reactive properties and their attributes (JSDoc is on each field below). */
  static override properties: PropertyDeclarations = {
    view: {reflect: true},
    selfCheckUrl: {attribute: 'self-check-url'},
    concerns: {state: true},
    severity: {state: true},
    announcement: {state: true},
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

  private concerns = new Set<ConcernId>();
  private severity: ConcernSeverity | null = null;
  private announcement = '';

  private shownView: VsFillerView = 'both';

  /** The current suggestion: `{ recommendation, reasons }`, as `recommendTreatment` computes it. */
  get result(): TreatmentAdvice {
    return recommendTreatment(this.concerns, this.severity);
  }

  /** Clears every answer. */
  reset(): void {
    this.concerns = new Set();
    this.severity = null;
    this.announcement = '';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('view')) {
      const valid = VS_FILLER_VIEWS.includes(this.view);
      this.shownView = valid ? this.view : 'both';
      if (!valid) this.report('view', `"${this.view}" is not one of ${VS_FILLER_VIEWS.join(', ')}; using both`);
    }
    if (changed.has('selfCheckUrl')) {
      const checked = checkBookingUrl(this.selfCheckUrl, globalThis.document?.baseURI ?? 'http://localhost/');
      this.selfCheckHref = checked.value;
      this.report('self-check-url', checked.problem?.replace('no booking button', 'no self-check link'));
    }
  }

  protected override render(): TemplateResult {
    // Empty (in its reserved space) while the translation loads: no English flash.
    if (this.waitingForTranslation) return html``;
    const s = this.strings;
    const view = this.shownView;
    const advice = this.result;
    return html`<div class="frame">
      <div class="widget">
        <div class="intro">
          ${this.renderTitle(s.heading)}
          <p class="lead">${s.intro}</p>
        </div>
        ${view !== 'helper' ? this.renderComparison() : nothing}
        ${view !== 'compare' ? this.renderHelper(advice) : nothing}
        ${this.renderFooter({recommendation: advice.recommendation})}
      </div>
    </div>`;
  }

  private renderComparison(): TemplateResult {
    const s = this.strings;
    return html`<div class="compare">
      ${this.renderSubheading(s.compareHeading, 'compare-heading')}
      <div class="table-wrap">
        <table part="table">
          <caption>${s.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col" class="aspect-col">${s.aspectColumn}</th>
              ${TREATMENTS.map((t) => html`<th scope="col">${s.treatments[t]}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${ASPECTS.map(
              (aspect) => html`<tr id="aspect-${aspect}" tabindex="-1">
                <th scope="row">${s.aspects[aspect].label}</th>
                ${TREATMENTS.map((t) => html`<td>${s.aspects[aspect][t]}</td>`)}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <div class="cards" part="cards">
        ${TREATMENTS.map(
          (t) => html`<div class="card">
            ${renderHeading(this.level + 2, s.treatments[t], {id: `card-${t}`, className: 'card-title'})}
            <dl>
              ${ASPECTS.map(
                (aspect) => html`<div class="card-row" id="card-${t}-${aspect}" tabindex="-1">
                  <dt>${s.aspects[aspect].label}</dt>
                  <dd>${s.aspects[aspect][t]}</dd>
                </div>`,
              )}
            </dl>
          </div>`,
        )}
      </div>
    </div>`;
  }

  private renderHelper(advice: TreatmentAdvice): TemplateResult {
    const s = this.strings;
    return html`<div class="helper" part="helper">
      ${this.renderSubheading(s.helperHeading, 'helper-heading')}
      ${renderNeedsScript(
        html`<fieldset class="question" aria-describedby="concerns-hint">
        <legend>${s.concernsLegend}</legend>
        <p id="concerns-hint" class="hint">${s.concernsHint}</p>
        <div class="choices">
          ${CONCERN_IDS.map((id) =>
            renderChoice({
              type: 'checkbox',
              id: `concern-${id}`,
              name: 'concern',
              value: id,
              checked: this.concerns.has(id),
              label: s.concerns[id],
              onChange: this.onConcernChange,
            }),
          )}
        </div>
      </fieldset>
      <fieldset class="question" aria-describedby="severity-hint">
        <legend>${s.severityLegend}</legend>
        <p id="severity-hint" class="hint">${s.severityHint}</p>
        <div class="choices choices--inline">
          ${(['unsure', ...CONCERN_SEVERITIES] as const).map((id) =>
            renderChoice({
              type: 'radio',
              id: `severity-${id}`,
              name: 'severity',
              value: id,
              checked: (this.severity ?? 'unsure') === id,
              label: s.severities[id],
              onChange: this.onSeverityChange,
            }),
          )}
        </div>
      </fieldset>
      ${this.renderResult(advice)}`,
        s.scriptNote,
      )}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }

  private renderResult(advice: TreatmentAdvice): TemplateResult {
    const s = this.strings;
    const {recommendation} = advice;
    const body =
      recommendation === null
        ? html`<p class="muted">${s.resultEmpty}</p>`
        : html`${renderHeading(this.level + 3, s.recommendations[recommendation].title, {
              className: `recommendation recommendation--${recommendation}`,
              part: 'recommendation',
            })}
            <p>${s.recommendations[recommendation].why}</p>
            <p class="concerns-intro">${s.concernsIntro}</p>
            <ul class="reasons">
              ${advice.reasons.map((reason) =>
                reason.code === 'concern' ? this.renderConcernReason(reason.concern, reason.treatment, reason.aspect) : nothing,
              )}
            </ul>
            ${advice.reasons.map((reason) =>
              reason.code === 'severity' ? html`<p class="note">${s.severityNotes[reason.severity]}</p>` : nothing,
            )}
            ${advice.reasons.some((reason) => reason.code === 'fat-caveat')
              ? html`<p class="note note--caution" part="caveat">${s.fatCaveat}</p>`
              : nothing}
            <p class="note health-note" part="health-note">
              ${s.healthNote}
              ${this.selfCheckHref ? html`<a href=${this.selfCheckHref}>${s.selfCheckLink}</a>` : nothing}
            </p>`;
    return html`<div class="result" part="result">
      ${renderHeading(this.level + 2, s.resultHeading, {id: 'result-heading', className: 'result-title'})} ${body}
    </div>`;
  }

  private renderConcernReason(concern: ConcernId, treatment: Treatment, aspect: AspectId): TemplateResult {
    const s = this.strings;
    const line = fillTemplate(s.concernPointsTo, {concern: s.concerns[concern], treatment: s.treatments[treatment]});
    const showLink = this.shownView !== 'helper';
    return html`<li>
      ${line}
      ${showLink
        ? html`<a
            class="row-link"
            href="#aspect-${aspect}"
            data-aspect=${aspect}
            data-treatment=${treatment}
            @click=${this.onRowLink}
            >${fillTemplate(s.seeRow, {aspect: s.aspects[aspect].label})}<span class="visually-hidden"
              >${fillTemplate(s.seeRowFor, {concern: s.concerns[concern]})}</span
            ></a
          >`
        : nothing}
    </li>`;
  }

  private onConcernChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const next = new Set(this.concerns);
    if (input.checked) next.add(input.value as ConcernId);
    else next.delete(input.value as ConcernId);
    this.concerns = next;
    this.answersChanged();
  }

  private onSeverityChange(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.severity = (CONCERN_SEVERITIES as readonly string[]).includes(value) ? (value as ConcernSeverity) : null;
    this.answersChanged();
  }

  /**
   * One announcement and one event per change of answers. The announcement names the suggestion
   * and each concern it rests on, so a change that keeps the title but alters the reasons is
   * still heard.
   */
  private answersChanged(): void {
    const {recommendation, reasons} = this.result;
    const s = this.strings;
    const lines = reasons.flatMap((reason) =>
      reason.code === 'concern'
        ? [`${fillTemplate(s.concernPointsTo, {concern: s.concerns[reason.concern], treatment: s.treatments[reason.treatment]})}.`]
        : [],
    );
    this.announcement =
      recommendation === null
        ? s.announceEmpty
        : [fillTemplate(s.announce, {title: s.recommendations[recommendation].title}), ...lines].join(' ');
    emit(this, 'meso-vs-filler-recommendation', {
      recommendation,
      concerns: CONCERN_IDS.filter((id) => this.concerns.has(id)),
      severity: this.severity,
    });
  }

  /** Moves focus to the comparison row that explains a concern, in whichever layout is showing. */
  private onRowLink(event: MouseEvent): void {
    event.preventDefault();
    const link = event.currentTarget as HTMLAnchorElement;
    const {aspect, treatment} = link.dataset;
    const row = this.renderRoot.querySelector<HTMLElement>(`#aspect-${aspect}`);
    const target =
      row && row.getClientRects().length > 0
        ? row
        : this.renderRoot.querySelector<HTMLElement>(`#card-${treatment}-${aspect}`);
    target?.scrollIntoView({block: 'center'});
    target?.focus({preventScroll: true});
  }
}
