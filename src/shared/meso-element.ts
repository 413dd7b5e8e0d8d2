import {
  html,
  LitElement,
  nothing,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import {checkBookingUrl, checkHeadingLevel, checkTheme, phoneLink} from '../logic/attributes.js';
import {isJsonBlockType, mergeOverride, parseConfigBlock} from '../logic/config.js';
import {emit, type BookDetail, type ConfigErrorDetail} from './events.js';
import {fillTemplate, formatIsoDate, formattingLocale} from '../logic/locale.js';
import type {LocaleTable} from './locale-table.js';
import {renderHeading} from './pieces.js';
import {contentProvenance} from '../logic/provenance.js';
import {sharedStyles} from './styles.js';
import {VERSION} from './version.js';
import {inheritedLang, watchLang} from './lang-watcher.js';
import {loadLocalePack, packFor, packUrl} from './locale-loader.js';
import {onLocalePack} from './locale-packs.js';
import {type CommonContent, type DeepPartial, type Provenance, type Theme} from '../types/common.js';

/**
 * The base of every meso-widgets element: the shared attributes and their validation, content
 * and locale resolution, the JSON configuration block, configuration errors, and the pieces every
 * widget shows (heading, disclaimer, phone, booking call-to-action).
 *
 * @fires {CustomEvent<ConfigErrorDetail>} meso-config-error - An attribute, property or JSON block value was refused; `detail` is `{ path, message }` and the default stays.
 * @fires {CustomEvent<BookDetail>} meso-book - The booking call-to-action was activated. Cancelable: call `preventDefault()` to stop the navigation (for example to open your own booking dialog).
 *
 * @cssprop [--meso-color-accent=#0b6670] - Accent for buttons, links and focus (text uses need 4.5:1 on the surface).
 * @cssprop [--meso-color-on-accent=#ffffff] - Text on accent-coloured buttons.
 * @cssprop [--meso-color-text=#1b1f23] - Body text.
 * @cssprop [--meso-color-text-muted=#505a63] - Secondary text (still 4.5:1 on the surface).
 * @cssprop [--meso-color-surface=#ffffff] - Background of the widget.
 * @cssprop [--meso-color-surface-alt=#f2f5f7] - Background of panels and table headers.
 * @cssprop [--meso-color-border=#76828c] - Borders of form controls (3:1 on the surface).
 * @cssprop [--meso-color-border-subtle=#d5dbe0] - Decorative dividers.
 * @cssprop [--meso-color-danger=#b3261e] - "Not recommended" outcomes and errors.
 * @cssprop [--meso-color-warning=#8a5300] - "Not now" outcomes.
 * @cssprop [--meso-color-info=#1d5fa8] - "Ask a doctor" outcomes and notes.
 * @cssprop [--meso-color-success=#1e6b34] - "No concerns" outcomes.
 * @cssprop [--meso-color-focus=#0b6670] - The 3 px focus ring.
 * @cssprop [--meso-font-family=inherit] - Font; inherits the host page's font by default.
 * @cssprop [--meso-font-size=medium] - Base text size; everything else scales from it. The default, `medium`, is the patient's own browser text size; the host page's root font size has no effect.
 * @cssprop [--meso-radius=0.375em] - Corner radius of the widget, buttons and panels.
 * @cssprop [--meso-space=0.5em] - The spacing unit; gaps are multiples of it.
 * @cssprop [--meso-max-width=60em] - The widest the widget grows.
 *
 * @csspart heading - The widget's top heading.
 * @csspart booking - The booking call-to-action link.
 * @csspart disclaimer - The medical disclaimer with the reviewed date.
 * @csspart phone - The clinic phone line.
 */
export abstract class MesoElement<C extends CommonContent> extends LitElement {
  static override styles: CSSResultGroup = sharedStyles;

  /** Lit's reactive properties and their attributes (JSDoc is on each field below). */
  static override properties: PropertyDeclarations = {
    lang: {},
    theme: {reflect: true},
    headingLevel: {attribute: 'heading-level', type: Number},
    clinicName: {attribute: 'clinic-name'},
    bookingUrl: {attribute: 'booking-url'},
    bookingLabel: {attribute: 'booking-label'},
    clinicPhone: {attribute: 'clinic-phone'},
    content: {attribute: false},
    strings: {state: true},
    locale: {state: true},
    blockRevision: {state: true},
  };

  /** The meso-widgets version that defined this element. */
  static version = VERSION;

  /**
   * How long (ms) a widget stays empty while its translation pack loads. After it, the widget shows
   * English, and switches to the translation when it arrives.
   */
  static packTimeout = 2500;

  /** Top-level keys a child JSON block may hold; elements add theirs. */
  static configKeys: readonly string[] = ['content'];

  /** Locale of the content. Falls back to the nearest ancestor `lang`, then `en`; `en-GB` uses `en`. */
  override lang = '';

  /** Colour scheme: `light`, `dark` or `auto` (follows the visitor's system setting). */
  theme: Theme = 'light';

  /** Level (1–6) of the widget's top heading, to fit the host page's outline. */
  headingLevel = 2;

  /** The clinic's name, used in text such as "Book a consultation at {clinic}". */
  clinicName = '';

  /** Where the booking call-to-action goes (`http:` or `https:` only). Without it no booking button is shown. */
  bookingUrl = '';

  /** Text of the booking call-to-action; defaults to the locale's "Book a consultation". */
  bookingLabel = '';

  /** The clinic's phone number, shown where the patient is told to contact the clinic. */
  clinicPhone = '';

  /**
   * Overrides any of the locale's strings (a deep-partial object). Wins over the JSON block.
   * Unknown keys and wrong types are reported with `meso-config-error` and ignored.
   */
  content?: DeepPartial<C>;

  /** The content in use: the locale, then the JSON block, then the `content` property. */
  protected strings!: C;

  /** The locale tag in use. */
  protected locale = 'en';

  /** What the disclaimer says about the content: reviewed by someone, or only updated. */
  protected provenance: Provenance = {kind: 'updated', date: ''};

  /** The heading level in use, after validation. */
  protected level = 2;

  /** The booking URL in use, after validation; empty when there is none. */
  protected bookingHref = '';

  /** The known keys of the child JSON block, as last read. */
  protected block: Record<string, unknown> = {};

  /** Increments each time the JSON block is read again, so subclasses can react in `willUpdate`. */
  protected blockRevision = 0;

  private pendingFocus: string | null = null;
  private blockText: string | undefined;
  private pendingBlockErrors: ConfigErrorDetail[] = [];
  private blockObserver?: MutationObserver;
  private unwatchLang?: () => void;
  private unwatchPacks?: () => void;
  /** The pack this widget waits for before its first render in that language, if any. */
  private awaitedPack = '';
  private packTimer?: ReturnType<typeof setTimeout>;
  private readonly failedPacks = new Set<string>();

  /**
   * True while the widget waits for its translation pack (at most `packTimeout` ms): it then
   * renders nothing, so the patient never sees English flash before their language.
   */
  protected get waitingForTranslation(): boolean {
    return this.awaitedPack !== '' && this.packTimer !== undefined;
  }

  /** Short name used in events and warnings, e.g. `vs-filler`. */
  protected abstract readonly source: string;

  /** The element's content in every locale. */
  protected abstract get locales(): LocaleTable<C>;

  /** The static copy from a declarative shadow root, on screen until the first render with content. */
  private staticCopy?: ChildNode[];

  /**
   * Takes over a declarative shadow root (from `prerender` or a server render) with a clean client
   * render: the static copy is removed and the live one drawn in the same task, before the browser
   * paints, so nothing flickers, moves or shows twice. No hydration code is needed. While the widget
   * waits for its translation pack, the static copy (already in that language) stays, its controls
   * still hidden behind their "needs JavaScript" note.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // Lit would render before the static copy's first node; the live copy goes after it instead.
    this.renderOptions.renderBefore = undefined;
    this.staticCopy = [...root.childNodes];
    root.querySelectorAll<HTMLElement>('.script-part').forEach((part) => (part.style.visibility = 'hidden'));
    root.querySelectorAll<HTMLElement>('.script-note').forEach((note) => (note.style.visibility = 'visible'));
    return root;
  }

  protected override update(changed: PropertyValues): void {
    if (!this.waitingForTranslation) {
      this.staticCopy?.forEach((node) => node.remove());
      this.staticCopy = undefined;
    }
    super.update(changed);
  }

  override connectedCallback(): void {
    // eslint-disable-next-line wc/guard-super-call -- LitElement always implements it
    super.connectedCallback();
    this.unwatchLang = watchLang(() => this.requestUpdate());
    this.unwatchPacks = onLocalePack(() => this.requestUpdate());
    this.blockObserver ??= new MutationObserver(() => this.readBlock());
    this.blockObserver.observe(this, {childList: true, subtree: true, characterData: true});
    this.readBlock();
  }

  override disconnectedCallback(): void {
    // eslint-disable-next-line wc/guard-super-call -- LitElement always implements it
    super.disconnectedCallback();
    this.unwatchLang?.();
    this.unwatchPacks?.();
    this.blockObserver?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('theme')) {
      // `DARK` or ` dark ` is dark: a valid value is kept (and reflected) in lower case.
      const checked = checkTheme(this.theme);
      if (checked.problem) this.report('theme', checked.problem);
      else this.theme = checked.value;
    }
    if (changed.has('headingLevel')) {
      const checked = checkHeadingLevel(
        Number.isNaN(this.headingLevel) ? this.getAttribute('heading-level') : this.headingLevel,
      );
      this.level = checked.value;
      this.report('heading-level', checked.problem);
    }
    if (changed.has('bookingUrl')) {
      // No document when rendered on a server (SSR): resolve against a placeholder base there.
      const checked = checkBookingUrl(this.bookingUrl, globalThis.document?.baseURI ?? 'http://localhost/');
      this.bookingHref = checked.value;
      this.report('booking-url', checked.problem);
    }
    const requested = this.lang || inheritedLang(this);
    this.awaitPack(packFor(requested));
    const locale = this.locales.match(requested);
    const blockChanged = changed.has('blockRevision');
    if (!this.strings || locale !== this.locale || blockChanged || changed.has('content')) {
      this.locale = locale;
      this.resolveContent(blockChanged || !this.hasUpdated, changed.has('content'));
    }
  }

  /**
   * Starts loading a shipped pack this page needs and has not registered (the one-file bundle
   * carries English only), and waits for it up to `packTimeout` ms. A pack that fails to load is
   * reported once (one `console.warn`, one `meso-config-error`) and the widget stays English.
   */
  private awaitPack(pack: string): void {
    const needed = pack !== '' && !this.locales.has(pack) && !this.failedPacks.has(pack) && !!globalThis.document;
    if (!needed) {
      this.stopWaiting();
      return;
    }
    if (this.awaitedPack === pack) return;
    this.stopWaiting();
    this.awaitedPack = pack;
    const constructor = this.constructor as typeof MesoElement;
    this.packTimer = setTimeout(() => {
      this.packTimer = undefined;
      this.requestUpdate();
    }, constructor.packTimeout);
    loadLocalePack(pack).then(
      () => this.requestUpdate(),
      () => {
        this.failedPacks.add(pack);
        if (this.awaitedPack !== pack) return;
        this.stopWaiting();
        this.reportError({path: 'lang', message: `could not load the "${pack}" translation from ${packUrl(pack)}; showing English`});
        this.requestUpdate();
      },
    );
  }

  private stopWaiting(): void {
    clearTimeout(this.packTimer);
    this.packTimer = undefined;
    this.awaitedPack = '';
  }

  /** Merges the locale, the JSON block's `content` and the `content` property; reports what changed inputs got wrong. */
  private resolveContent(reportBlock: boolean, reportProperty: boolean): void {
    const fromBlock = mergeOverride(this.locales.get(this.locale), this.block.content, 'content');
    if (reportBlock) fromBlock.errors.forEach((error) => this.reportError(error));
    const fromProperty = mergeOverride(fromBlock.value, this.content, 'content');
    if (reportProperty) fromProperty.errors.forEach((error) => this.reportError(error));
    this.strings = fromProperty.value;
    const provenance = contentProvenance(this.strings);
    if (reportBlock || reportProperty) provenance.errors.forEach((error) => this.reportError(error));
    this.provenance = provenance.value;
  }

  private readBlock(): void {
    const script = [...this.children].find((child) => child.localName === 'script' && isJsonBlockType(child.getAttribute('type')));
    const text = script?.textContent ?? '';
    if (text === this.blockText) return;
    this.blockText = text;
    const constructor = this.constructor as typeof MesoElement;
    const parsed = parseConfigBlock(text, constructor.configKeys);
    this.block = parsed.values;
    this.pendingBlockErrors = parsed.errors;
    this.blockRevision++;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('blockRevision')) {
      this.pendingBlockErrors.forEach((error) => this.reportError(error));
      this.pendingBlockErrors = [];
    }
    if (this.pendingFocus) {
      const selector = this.pendingFocus;
      this.pendingFocus = null;
      this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
    }
  }

  /** Moves focus to the element matching `selector` in the shadow root once the next update has rendered. */
  protected focusAfterUpdate(selector: string): void {
    this.pendingFocus = selector;
    this.requestUpdate();
  }

  /** Reports a refused setting, when there is a problem: one `console.warn` and one `meso-config-error`. */
  protected report(path: string, problem: string | undefined): void {
    if (problem) this.reportError({path, message: problem});
  }

  /** One `console.warn` naming the path, plus a `meso-config-error` event. */
  protected reportError(detail: ConfigErrorDetail): void {
    console.warn(`<meso-${this.source}>: ${detail.path}: ${detail.message}`);
    emit(this, 'meso-config-error', detail);
  }

  /** The locale for dates and times: the content's language, in the visitor's region where it matches. */
  protected get formatLocale(): string {
    return formattingLocale(this.lang || inheritedLang(this) || this.locale, globalThis.navigator?.language);
  }

  /** The top heading, at `heading-level`. */
  protected renderTitle(text: string, id = 'title'): TemplateResult {
    return renderHeading(this.level, text, {id, part: 'heading'});
  }

  /** A sub-heading one level below the top heading (at most 6). */
  protected renderSubheading(text: string, id?: string): TemplateResult {
    return renderHeading(this.level + 1, text, {id, className: 'subheading'});
  }

  /**
   * The disclaimer, then the content's provenance: "Reviewed by … on …" (and when the next review
   * is due) only when a clinic set `reviewed`, otherwise when the content was last updated.
   */
  protected renderDisclaimer(): TemplateResult {
    const s = this.strings;
    const provenance = this.provenance;
    const date = (iso: string) => html`<time datetime=${iso}>${formatIsoDate(iso, this.formatLocale)}</time>`;
    const line = (template: string, values: Record<string, TemplateResult | string>) => {
      const parts = template.split(/(\{\w+\})/);
      return parts.map((part) => {
        const key = /^\{(\w+)\}$/.exec(part)?.[1];
        return key !== undefined && key in values ? values[key] : part;
      });
    };
    return html`<p class="disclaimer" part="disclaimer">
      ${s.disclaimer}
      ${provenance.kind === 'reviewed'
        ? html`<span class="reviewed">${line(s.reviewedLabel, {by: provenance.by, date: date(provenance.date)})}</span>
            ${provenance.next
              ? html`<span class="reviewed reviewed--next">${line(s.nextReviewLabel, {date: date(provenance.next)})}</span>`
              : nothing}`
        : html`<span class="reviewed">${line(s.updatedLabel, {date: date(provenance.date)})}</span>`}
      ${s.translatedFrom && s.translatedFromLabel
        ? html`<span class="translated">${line(s.translatedFromLabel, {date: date(s.translatedFrom)})}</span>`
        : nothing}
    </p>`;
  }

  /** "Call the clinic: …" where `clinic-phone` is set. */
  /** The clinic's phone line. The number is isolated left to right, so `+44 20 …` keeps its order in Arabic. */
  protected renderPhone(): TemplateResult | typeof nothing {
    const phone = phoneLink(this.clinicPhone);
    if (!phone.text) return nothing;
    return html`<p class="phone" part="phone">
      ${this.strings.phoneLabel}
      ${phone.href ? html`<a href=${phone.href} dir="ltr">${phone.text}</a>` : html`<bdi dir="ltr">${phone.text}</bdi>`}
    </p>`;
  }

  /** The text of the booking call-to-action. */
  protected get bookingText(): string {
    if (this.bookingLabel.trim()) return this.bookingLabel.trim();
    if (this.clinicName.trim()) return fillTemplate(this.strings.bookingLabelWithClinic, {clinic: this.clinicName.trim()});
    return this.strings.bookingLabel;
  }

  /**
   * The booking call-to-action, only with a valid `booking-url`. Activating it fires a cancelable
   * `meso-book` with `codes` in its detail; the link navigates only when no listener cancels it.
   */
  protected renderBooking(codes: Record<string, unknown> = {}): TemplateResult | typeof nothing {
    if (!this.bookingHref) return nothing;
    const onClick = (event: MouseEvent) => {
      const detail: BookDetail = {...codes, source: this.source, url: this.bookingHref};
      if (!emit(this, 'meso-book', detail, {cancelable: true})) event.preventDefault();
    };
    return html`<a class="button button--primary booking" part="booking" href=${this.bookingHref} @click=${onClick}
      >${this.bookingText}</a
    >`;
  }

  /** The closing part every widget shows: phone, booking and disclaimer. */
  protected renderFooter(codes: Record<string, unknown> = {}, options: {phone?: boolean} = {}): TemplateResult {
    return html`<div class="footer">
      ${options.phone === false ? nothing : this.renderPhone()}
      ${this.bookingHref ? html`<div class="actions">${this.renderBooking(codes)}</div>` : nothing}
      ${this.renderDisclaimer()}
    </div>`;
  }
}
