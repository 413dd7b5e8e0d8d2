import {html, isServer, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations} from 'lit';
import {aftercareEn} from '../content/en/aftercare.js';
import {emit} from '../shared/events.js';
import {numberFormat} from '../logic/intl.js';
import {fillTemplate} from '../logic/locale.js';
import {LocaleTable} from '../shared/locale-table.js';
import {MesoElement} from '../shared/meso-element.js';
import {renderHeading, renderNeedsScript} from '../shared/pieces.js';
import {safeStorage, storageKey} from '../shared/storage.js';
import {errorSummaryStyles, sharedStyles} from '../shared/styles.js';
import {aftercareStyles} from './aftercare.styles.js';
import {aftercareCalendar} from '../logic/aftercare/calendar.js';
import {ClockController} from './clock.js';
import {
  aftercarePlan,
  DEFAULT_DURATIONS,
  describeWindow,
  formatWhen,
  mergeDurations,
  parseTreatedAt,
  windowSentence,
  windowUnit,
} from '../logic/aftercare/plan.js';
import {
  AFTERCARE_ITEMS,
  CARD_LEVELS,
  type AftercareContent,
  type AftercareDurations,
  type AftercareItemId,
  type AftercarePlan,
} from '../types/aftercare.js';


/**
 * Your aftercare plan: a do / don't guide with each item's time window, what is normal and when to
 * get help; with a treatment time (the `treated-at` attribute or entered by the patient), a
 * personal timeline in the patient's time zone, a calendar file and a printable plan.
 *
 * Configuration from HTML alone: a child `<script type="application/json">` block whose keys
 * mirror the properties, `{"content": {...}, "durations": {"makeup": 48}}` (hours per item).
 * A property set from JavaScript wins; invalid JSON or unknown keys are reported and ignored.
 *
 * @tagname meso-aftercare
 * @summary The personal aftercare plan after mesotherapy.
 *
 * @fires {CustomEvent<AftercarePlanDetail>} meso-aftercare-plan - A plan was computed from a treatment time; `detail` is `{ treatedAt, items: [{ id, endsAt }] }`.
 * @fires {CustomEvent<AftercareCalendarDetail>} meso-aftercare-calendar - The calendar file is about to download. Cancelable: `preventDefault()` stops the download.
 * @fires {CustomEvent<ConfigErrorDetail>} meso-config-error - A setting was refused (for example an unreadable `treated-at`); the default stays.
 *
 * @csspart timeline - The personal timeline.
 * @csspart form - The treatment time form.
 * @csspart error-summary - The "There is a problem" summary above the form.
 * @csspart guide - The do / don't guide.
 * @csspart care-card - Each of the three "when to get help" cards.
 */
export class MesoAftercare extends MesoElement<AftercareContent> {
  static override styles = [...sharedStyles, errorSummaryStyles, aftercareStyles];

  /** Lit's reactive properties and their attributes (JSDoc is on each field below). */
  static override properties: PropertyDeclarations = {
    treatedAt: {attribute: 'treated-at'},
    durations: {attribute: false},
    remember: {type: Boolean, reflect: true},
    now: {},
    entered: {state: true},
    editing: {state: true},
    formError: {state: true},
  };
  static override configKeys = ['content', 'durations'];

  /** The content of every locale. Add a translation with `MesoAftercare.locales.add('fr', {...})`. */
  static readonly locales = new LocaleTable<AftercareContent>(aftercareEn, 'aftercare');

  protected readonly source = 'aftercare';

  protected get locales(): LocaleTable<AftercareContent> {
    return MesoAftercare.locales;
  }

  /** When the treatment was (or will be), as ISO 8601, e.g. `2026-11-24T10:30` (local time) or with `Z`/an offset. */
  treatedAt = '';

  /** Hours per item id, e.g. `{ makeup: 48 }`. Wins over the JSON block's `durations`. Bad values are reported and ignored. */
  durations?: Partial<Record<AftercareItemId, number>>;

  /** Opt-in: keep the entered treatment time in `localStorage`; a Forget button clears it. */
  remember = false;

  /** Freezes the clock at this ISO 8601 time instead of the real time (for previews and demos). */
  now = '';

  private entered: Date | null = null;
  private editing = false;
  /** The field the error is about (the first one left empty), or null when there is no error. */
  private formError: 'date' | 'time' | null = null;

  private activeDurations: AftercareDurations = DEFAULT_DURATIONS;
  private invalidTreatedAt = false;
  private planSignature = '';
  private readonly clock = new ClockController(this);
  private readonly storage = safeStorage('local');

  private get storageKey() {
    return storageKey('meso-aftercare', this.id);
  }

  /** The treatment time in use: one the patient entered, else `treated-at`. */
  private get treatmentTime(): Date | null {
    return this.entered ?? (this.invalidTreatedAt ? null : parseTreatedAt(this.treatedAt));
  }

  private get clockNow(): Date {
    return parseTreatedAt(this.now) ?? new Date();
  }

  private get plan(): AftercarePlan | null {
    // A server render never reads the server's clock: without `now` it shows the form, not a timeline.
    if (isServer && !this.now) return null;
    const at = this.treatmentTime;
    return at ? aftercarePlan(at, this.activeDurations, this.clockNow) : null;
  }

  private get hiddenIds(): Set<string> {
    return new Set(this.strings.hiddenItems);
  }

  /** The plan as an iCalendar (RFC 5545) file, or an empty string without a treatment time. */
  calendar(): string {
    const plan = this.plan;
    if (!plan) return '';
    const s = this.strings;
    const hidden = this.hiddenIds;
    const visible = {...plan, items: plan.items.filter((item) => !hidden.has(item.id))};
    return aftercareCalendar(visible, {
      name: s.calendar.name,
      title: (id) => fillTemplate(s.calendar.eventTitle, {item: s.items[id as AftercareItemId].short}),
      description: this.guideText(),
      language: this.locale,
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const blockChanged = changed.has('blockRevision');
    if (blockChanged || changed.has('durations')) {
      const fromBlock = mergeDurations(DEFAULT_DURATIONS, this.block.durations);
      if (blockChanged) fromBlock.errors.forEach((error) => this.reportError(error));
      const fromProperty = mergeDurations(fromBlock.value, this.durations);
      if (changed.has('durations')) fromProperty.errors.forEach((error) => this.reportError(error));
      this.activeDurations = fromProperty.value;
    }
    if (changed.has('treatedAt')) {
      this.invalidTreatedAt = this.treatedAt.trim() !== '' && !parseTreatedAt(this.treatedAt);
      if (this.invalidTreatedAt)
        this.report('treated-at', `"${this.treatedAt}" is not an ISO 8601 date and time such as 2026-11-24T10:30`);
    }
    if (changed.has('now') && this.now && !parseTreatedAt(this.now))
      this.report('now', `"${this.now}" is not an ISO 8601 date and time; using the real clock`);
    if (changed.has('strings')) {
      for (const id of this.strings.hiddenItems) {
        if (!(AFTERCARE_ITEMS as readonly string[]).includes(id)) this.report('content.hiddenItems', `unknown item "${id}"`);
      }
    }
    if (!this.hasUpdated && this.remember) this.entered = parseTreatedAt(this.storage.get(this.storageKey));
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const plan = this.plan;
    this.clock.set(!!plan && !parseTreatedAt(this.now));
    const signature = plan ? `${plan.treatedAt.getTime()}|${JSON.stringify(this.activeDurations)}` : '';
    if (plan && signature !== this.planSignature) {
      emit(this, 'meso-aftercare-plan', {
        treatedAt: plan.treatedAt.toISOString(),
        items: plan.items.map((item) => ({id: item.id, endsAt: item.endsAt ? item.endsAt.toISOString() : null})),
      });
    }
    this.planSignature = signature;
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const date = (form.elements.namedItem('date') as HTMLInputElement).value;
    const time = (form.elements.namedItem('time') as HTMLInputElement).value;
    const at = date && time ? parseTreatedAt(`${date}T${time}`) : null;
    if (!at) {
      this.formError = date ? 'time' : 'date';
      this.focusAfterUpdate('.error-summary');
      return;
    }
    this.formError = null;
    this.editing = false;
    this.entered = at;
    if (this.remember) this.storage.set(this.storageKey, this.toLocalIso(at));
    this.focusAfterUpdate('#timeline-heading');
  }

  private toLocalIso(date: Date): string {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
  }

  private forget(): void {
    this.storage.remove(this.storageKey);
    this.entered = null;
    this.editing = !this.treatmentTime;
    this.focusAfterUpdate(this.treatmentTime ? '#timeline-heading' : '#date');
  }

  private changeTime(): void {
    this.editing = true;
    this.focusAfterUpdate('#date');
  }

  /** Leaves "Change treatment time" without a change: the timeline stays, focus returns to its button. */
  private cancelChange(): void {
    if (!this.editing || !this.plan) return;
    this.editing = false;
    this.formError = null;
    this.focusAfterUpdate('#change-time');
  }

  private onFormKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.editing && this.plan) {
      event.preventDefault();
      this.cancelChange();
    }
  }

  /** Moves focus from the error summary's link to the field it names. */
  private onErrorLink(event: Event): void {
    event.preventDefault();
    const control = this.renderRoot.querySelector<HTMLInputElement>(`#${this.formError ?? 'date'}`);
    control?.scrollIntoView({block: 'center'});
    control?.focus({preventScroll: true});
  }

  private download(): void {
    const text = this.calendar();
    const {filename} = this.strings.calendar;
    const events = (text.match(/BEGIN:VEVENT/g) ?? []).length;
    if (!text || !emit(this, 'meso-aftercare-calendar', {filename, events}, {cancelable: true})) return;
    const url = URL.createObjectURL(new Blob([text], {type: 'text/calendar;charset=utf-8'}));
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    link.hidden = true;
    this.renderRoot.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  private formatTime(date: Date): string {
    return formatWhen(date, this.formatLocale);
  }

  /** One item's window as a sentence, in the unit the whole visible list uses. */
  private windowText(id: AftercareItemId): string {
    const unit = windowUnit(this.visibleItems.map((item) => this.activeDurations[item]));
    return windowSentence(describeWindow(id, this.activeDurations[id], unit), this.strings.windows, this.formatLocale);
  }

  private get visibleItems(): AftercareItemId[] {
    const hidden = this.hiddenIds;
    return AFTERCARE_ITEMS.filter((id) => !hidden.has(id));
  }

  /** The guide as plain text, for the calendar events' description. */
  private guideText(): string {
    const s = this.strings;
    return [
      `${s.dontHeading}:`,
      ...this.visibleItems.map((id) => `- ${s.items[id].text} ${this.windowText(id)}`),
      ...s.extraDonts.map((text) => `- ${text}`),
      '',
      `${s.doHeading}:`,
      ...s.dos.map((text) => `- ${text}`),
      '',
      s.normal,
      '',
      // When to get help travels with the plan: a patient may read only the calendar entry.
      `${s.cardsHeading}:`,
      ...CARD_LEVELS.map((level) => `- ${[s.cards[level].level, s.cards[level].heading, s.cards[level].body, s.cards[level].action].join(' ')}`),
      '',
      s.disclaimer,
    ].join('\n');
  }

  protected override render(): TemplateResult {
    // Empty (in its reserved space) while the translation loads: no English flash.
    if (this.waitingForTranslation) return html``;
    const s = this.strings;
    const plan = this.plan;
    const showForm = !plan || this.editing;
    return html`<div class="frame">
      <div class="widget">
        <div class="intro">
          ${this.renderTitle(s.heading)}
          <p class="lead">${s.intro}</p>
        </div>
        ${this.invalidTreatedAt && !this.entered
          ? html`<p class="notice" role="alert">${s.invalidTreatedAt}</p>`
          : nothing}
        ${showForm ? this.renderForm() : nothing} ${plan ? this.renderTimeline(plan) : nothing}
        ${this.renderGuide()} ${this.renderCards()} ${this.renderFooter({}, {phone: false})}
      </div>
    </div>`;
  }

  private renderForm(): TemplateResult {
    const {form} = this.strings;
    const at = this.treatmentTime;
    const value = at ? this.toLocalIso(at) : '';
    const error = this.formError;
    const describedBy = error ? 'when-hint when-error' : 'when-hint';
    return renderNeedsScript(html`<form class="when no-print" part="form" novalidate @submit=${this.onSubmit} @keydown=${this.onFormKeydown}>
      ${error
        ? html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="when-summary-title">
            ${renderHeading(this.level + 1, form.summaryTitle, {id: 'when-summary-title', className: 'error-summary-title'})}
            <ul>
              <li><a href="#${error}" @click=${this.onErrorLink}>${form.error}</a></li>
            </ul>
          </div>`
        : nothing}
      <fieldset>
        <legend>${renderHeading(this.level + 1, form.legend, {id: 'form-heading', className: 'subheading'})}</legend>
        <p id="when-hint" class="hint">${form.hint}</p>
        ${this.formError
          ? html`<p id="when-error" class="error-message">
              <span class="visually-hidden">${form.errorPrefix}</span> ${form.error}
            </p>`
          : nothing}
        <div class="when-fields">
          <div class="field">
            <label for="date">${form.date}</label>
            <input
              id="date"
              name="date"
              type="date"
              .value=${value.slice(0, 10)}
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${describedBy}
            />
          </div>
          <div class="field">
            <label for="time">${form.time}</label>
            <input
              id="time"
              name="time"
              type="time"
              .value=${value.slice(11, 16)}
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${describedBy}
            />
          </div>
        </div>
      </fieldset>
      <div class="actions">
        <button type="submit" class="button button--primary">${form.submit}</button>
        ${this.editing && this.plan
          ? html`<button type="button" class="button" @click=${this.cancelChange}>${form.cancel}</button>`
          : nothing}
      </div>
    </form>`, this.strings.scriptNote);
  }

  private renderTimeline(plan: AftercarePlan): TemplateResult {
    const s = this.strings;
    const percent = Math.round(plan.progress * 100);
    const percentText = numberFormat(this.formatLocale, {style: 'percent'}).format(plan.progress);
    const hidden = this.hiddenIds;
    const items = plan.items.filter((item) => !hidden.has(item.id));
    return html`<div class="timeline" part="timeline">
      ${renderHeading(this.level + 1, s.timelineHeading, {id: 'timeline-heading', className: 'subheading'})}
      <p class="treated">
        ${fillTemplate(plan.planned ? s.plannedFor : s.treatedOn, {time: this.formatTime(plan.treatedAt)})}
        ${plan.planned ? html`<span class="planned-note">${s.plannedNote}</span>` : nothing}
      </p>
      <div class="progress">
        <label for="progress">${s.progressLabel}</label>
        <progress id="progress" max="100" .value=${percent} aria-valuetext=${fillTemplate(s.progressDone, {percent: percentText})}></progress>
        <span class="progress-text" aria-hidden="true">${fillTemplate(s.progressDone, {percent: percentText})}</span>
      </div>
      <ul class="timeline-list">
        ${items.map(
          (item) => html`<li class="item item--${item.status}" data-item=${item.id}>
            <span class="badge">${s.status[item.status]}</span>
            <span class="item-text"
              >${fillTemplate(s.timeline[item.status], {
                item: s.items[item.id].short,
                time: item.endsAt ? this.formatTime(item.endsAt) : '',
              })}</span
            >
          </li>`,
        )}
      </ul>
      <div class="actions no-print">
        <button type="button" class="button button--primary" @click=${this.download}>${s.calendar.button}</button>
        <button type="button" class="button" @click=${() => window.print()}>${s.print}</button>
        ${this.editing ? nothing : html`<button type="button" id="change-time" class="button" @click=${this.changeTime}>${s.changeTime}</button>`}
        ${this.remember && this.entered
          ? html`<button type="button" class="button" @click=${this.forget}>${s.forget}</button>`
          : nothing}
      </div>
    </div>`;
  }

  private renderGuide(): TemplateResult {
    const s = this.strings;
    const sub = (text: string, id: string) => renderHeading(this.level + 1, text, {id, className: 'subheading'});
    return html`<div class="guide" part="guide">
      <div class="list list--dont">
        ${sub(s.dontHeading, 'dont-heading')}
        <ul>
          ${this.visibleItems.map(
            (id) => html`<li data-item=${id}>
              <span class="mark" aria-hidden="true">✕</span>
              <span>${s.items[id].text} <strong class="window">${this.windowText(id)}</strong></span>
            </li>`,
          )}
          ${s.extraDonts.map(
            (text) => html`<li>
              <span class="mark" aria-hidden="true">✕</span>
              <span>${text} <strong class="window">${s.windows.noSetEnd}</strong></span>
            </li>`,
          )}
        </ul>
      </div>
      <div class="list list--do">
        ${sub(s.doHeading, 'do-heading')}
        <ul>
          ${s.dos.map((text) => html`<li><span class="mark" aria-hidden="true">✓</span><span>${text}</span></li>`)}
        </ul>
      </div>
      <div class="normal">
        ${sub(s.normalHeading, 'normal-heading')}
        <p>${s.normal}</p>
      </div>
    </div>`;
  }

  private renderCards(): TemplateResult {
    const s = this.strings;
    return html`<div class="cards">
      ${renderHeading(this.level + 1, s.cardsHeading, {id: 'cards-heading', className: 'subheading'})}
      ${CARD_LEVELS.map((level) => {
        const card = s.cards[level];
        return html`<div class="care-card care-card--${level}" part="care-card">
          ${renderHeading(this.level + 2, html`<span class="visually-hidden">${card.level} </span>${card.heading}`, {
            className: 'care-card-heading',
          })}
          <div class="care-card-body">
            <p>${card.body}</p>
            <p>${card.action}</p>
            ${level !== 'emergency' ? this.renderPhone() : nothing}
          </div>
        </div>`;
      })}
    </div>`;
  }
}
