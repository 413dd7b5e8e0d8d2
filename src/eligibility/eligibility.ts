import {html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {keyed} from 'lit/directives/keyed.js';
import {eligibilityEn} from '../content/en/eligibility.js';
import {LocaleTable} from '../shared/locale-table.js';
import {privacyLine} from '../logic/privacy.js';
import {MesoElement} from '../shared/meso-element.js';
import {checkPageUrl} from '../shared/page-url.js';
import {fillTemplate} from '../logic/locale.js';
import {renderBooking} from '../shared/pieces.js';
import {errorSummaryStyles, sharedStyles} from '../shared/styles.js';
import type {ConfigErrorDetail} from '../types/common.js';
import type {EligibilityContent, EligibilityResult, EligibilityRulesOverride, Layout} from '../types/eligibility.js';
import {eligibilityStyles} from './eligibility.styles.js';
import {EligibilityFlow} from './flow-controller.js';
import {applyRulesAndLayout} from './rules-and-layout.js';
import {ShareController} from './share-controller.js';

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
 * @fires {CustomEvent<EligibilityResultDetail>} meso-eligibility-result - A result was shown; `detail` is `{ outcome }` (the code only; the reasons, which are health answers, stay on `result`).
 * @fires {CustomEvent<EligibilityShareDetail>} meso-eligibility-share - Only after the patient ticked consent and chose one of the clinic's share channels; `detail` is `{ channel, outcome, answers, goals, date }` (`answers`: question id → `yes`/`no`/`unsure`; `date`: `YYYY-MM-DD`). Never fires without consent.
 * @fires {CustomEvent<BookDetail>} meso-book - The booking call-to-action (`booking-url`, under no-concerns) or the consultation-only booking (`consultation-url`, under ask-doctor) was activated; `detail` is `{ source: 'eligibility', url, outcome }`. Cancelable.
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
    layout: {reflect: true, useDefault: true},
    remember: {type: Boolean, reflect: true},
    rules: {attribute: false},
    consultationUrl: {attribute: 'consultation-url'},
    shareEmail: {attribute: 'share-email'},
    shareUrl: {attribute: 'share-url'},
    shareQr: {attribute: 'share-qr', type: Boolean},
    shareEvent: {attribute: 'share-event', type: Boolean},
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

  /**
   * The clinic's consultation-only booking (`http:` or `https:`). Under `ask-doctor` a link to it is
   * shown after the advice to see a doctor first; `booking-url` is shown under `no-concerns` only.
   */
  consultationUrl = '';

  /**
   * A share channel: the clinic's e-mail address. After consent, "Send them by email" opens the
   * patient's own mail app with the summary (a `mailto:` link within 2,000 characters); the widget
   * sends nothing.
   */
  shareEmail = '';

  /**
   * A share channel: the clinic's intake page (`http:` or `https:`). After consent, a link to it
   * carries the summary in the URL fragment (`#meso-share=<JSON>`), which browsers do not send to
   * servers; the clinic's page reads it (see the privacy guide).
   */
  shareUrl = '';

  /** A share channel: after consent, a QR code of the summary, on screen and in print, that a phone camera reads as text. */
  shareQr = false;

  /** A share channel: after consent, a button that fires `meso-eligibility-share` for the page's own script. */
  shareEvent = false;

  /** The consultation-only booking URL in use, after validation. */
  private consultationHref = '';

  /** "Share my answers with the clinic": the channels, consent, and the share part. */
  private readonly sharing = new ShareController(this);

  /** The steps, the answers, the result and remembered progress; the model the views draw. */
  private readonly flow: EligibilityFlow = new EligibilityFlow(this, (selector) => this.focusAfterUpdate(selector), {
    booking: (codes) => this.renderBooking(codes),
    consultation: (codes) =>
      renderBooking(this, this.source, this.consultationHref, this.strings.consultationLabel, codes),
    share: () => this.sharing.render(this.flow, this.strings, this.level, this.formatLocale, this.clinicName),
  });

  /** The last result shown, or `null` before the first result and after `reset()`. */
  get result(): EligibilityResult | null {
    return this.flow.result;
  }

  /** Clears every answer and any remembered progress, and returns to the intro. */
  reset(): void {
    this.sharing.withdraw();
    this.flow.restart();
  }

  /** Also waits for the share part when it is loading, so that once this settles the result is complete. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const pending = this.sharing.pending;
    if (!pending) return done;
    await pending;
    await this.sharing.state.drawing;
    return super.getUpdateComplete();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const refuse = (error: ConfigErrorDetail) => this.reportError(error);
    applyRulesAndLayout(this.flow, changed, this, this.block.rules, refuse);
    if (changed.has('consultationUrl')) {
      const checked = checkPageUrl(this.consultationUrl, 'no consultation link is shown');
      this.consultationHref = checked.value;
      this.report('consultation-url', checked.problem);
    }
    this.sharing.settle(changed, this, refuse);
  }

  protected override render(): TemplateResult {
    // Empty (in its reserved space) while the translation loads: no English flash.
    if (this.waitingForTranslation) return html``;
    const step = this.flow.step;
    const s = this.strings;
    // The intro's privacy line, true for this element's settings.
    const base = this.sharing.offered
      ? fillTemplate(s.intro.privacyShare, {clinic: this.clinicName.trim()})
      : s.intro.privacy;
    const privacy = privacyLine(base, s.privacy, this.remember && 'keptFor');
    return html`<div class="frame" dir=${ifDefined(this.frameDir)}>
      <div class="widget">
        ${this.renderLanguages()}
        ${this.renderTitle(this.strings.heading)}
        <div class="step step--${step}">
          ${keyed(step, this.flow.render({...s, intro: {...s.intro, privacy}}, this.level, this.formatLocale))}
        </div>
        <div class="footer">
          ${step === 'intro' || step === 'result' ? this.renderPhone() : nothing}
          ${this.renderDisclaimer()}
        </div>
      </div>
    </div>`;
  }
}
