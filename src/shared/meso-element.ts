import {LitElement, nothing, type CSSResultGroup, type PropertyDeclaration, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {checkHeadingLevel, checkTheme} from '../logic/attributes.js';
import {contentDigits, formattingLocale, numberingSystem, textDirection} from '../logic/locale.js';
import type {CommonContent, ConfigErrorDetail, DeepPartial, Provenance, Theme} from '../types/common.js';
import {configBlockController} from './controllers/config-block-controller.js';
import {resolveContent} from './controllers/content-resolution.js';
import {focusController} from './controllers/focus-controller.js';
import {languageChoiceController, type LanguageChoice} from './controllers/language-choice.js';
import {staticCopyController} from './controllers/static-copy-controller.js';
import {translationController, type Translation} from './controllers/translation-controller.js';
import {upgradeScheduler, type UpgradeScheduler} from './controllers/upgrade-scheduler.js';
import {emit} from './events.js';
import {inheritedLang} from './lang-watcher.js';
import type {LocaleTable} from './locale-table.js';
import {renderLanguageControl} from './views/language-control.js';
import {bookingText, renderBooking, renderDisclaimer, renderFooter, renderHeading, renderPhone} from './pieces.js';
import {checkPageUrl} from './page-url.js';
import {sharedStyles} from './styles.js';
import {VERSION} from './version.js';

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
    theme: {reflect: true, useDefault: true},
    headingLevel: {attribute: 'heading-level', type: Number},
    clinicName: {attribute: 'clinic-name'},
    bookingUrl: {attribute: 'booking-url'},
    bookingLabel: {attribute: 'booking-label'},
    clinicPhone: {attribute: 'clinic-phone'},
    languages: {},
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
   * The clinic's languages, space-separated (`en fr ar`): with two or more, the widget shows a
   * language control so the patient can switch among them; each loads when chosen. The choice is
   * kept only where `remember` is set. Unknown languages are reported and left out.
   */
  languages = '';

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

  /** The digits the content is written in (Arabic-Indic in Egypt, Persian in Persian: `numberingSystem`). */
  private digits = '';

  /** The known keys of the child JSON block, as last read. */
  protected block: Record<string, unknown> = {};

  /** Increments each time the JSON block is read again, so subclasses can react in `willUpdate`. */
  protected blockRevision = 0;

  /** Short name used in events and warnings, e.g. `vs-filler`. */
  protected abstract readonly source: string;

  /** The element's content in every locale. */
  protected abstract get locales(): LocaleTable<C>;

  // Parts in their own modules: packs, language menu, JSON block, static copy, focus, first render
  // (controllers/), content and provenance (controllers/content-resolution.ts), templates (views/).
  private readonly translation: Translation;
  private readonly takeOverStaticCopy: <R extends ParentNode>(root: R) => R;
  private readonly moveFocus: (selector: string) => void;
  private readonly choice: LanguageChoice;
  private readonly upgrade: UpgradeScheduler;

  constructor() {
    super();
    const report = (detail: ConfigErrorDetail) => this.reportError(detail);
    this.translation = translationController(this, report);
    // Hooks run in the order added: the JSON block's problems are reported before focus moves.
    const read = (values: Record<string, unknown>) => ((this.block = values), this.blockRevision++);
    configBlockController(this, read, report);
    this.takeOverStaticCopy = staticCopyController(this, () => this.waitingForTranslation);
    this.moveFocus = focusController(this);
    this.choice = languageChoiceController(this, () => this.locales, report);
    this.upgrade = upgradeScheduler(this);
  }

  /** Holds the first update until `upgradeScheduler` lets it run (near the viewport, idle, or at once when needed). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = this.hasUpdated ? undefined : this.upgrade.ready();
    return ready ? ready.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** A script awaiting `updateComplete` gets the render at once. */
  protected override getUpdateComplete(): Promise<boolean> {
    this.upgrade?.now();
    return super.getUpdateComplete();
  }

  /** A property set or `requestUpdate()` from a script renders at once (the parser's attributes come before the render root). */
  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    super.requestUpdate(name, oldValue, options);
    if (this.renderRoot && (name === undefined || !(this.constructor as typeof LitElement).getPropertyOptions(name).state)) this.upgrade.now();
  }

  /** True while the widget waits for its pack (at most `packTimeout` ms): it renders nothing, so no English flashes first. */
  protected get waitingForTranslation(): boolean {
    return this.translation.waiting;
  }

  /** Takes over a declarative shadow root (from `prerender` or a server render): see `staticCopyController`. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return this.takeOverStaticCopy(super.createRenderRoot());
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('theme')) {
      // `DARK` or ` dark ` is dark: a valid value is kept (and reflected) in lower case.
      const checked = checkTheme(this.theme);
      if (checked.problem) this.report('theme', checked.problem);
      else this.theme = checked.value;
    }
    if (changed.has('headingLevel')) {
      const checked = checkHeadingLevel(Number.isNaN(this.headingLevel) ? this.getAttribute('heading-level') : this.headingLevel);
      this.level = checked.value;
      this.report('heading-level', checked.problem);
    }
    if (changed.has('bookingUrl')) {
      const checked = checkPageUrl(this.bookingUrl);
      this.bookingHref = checked.value;
      this.report('booking-url', checked.problem);
    }
    this.choice.settle(changed.has('languages') || !this.hasUpdated);
    const locale = this.translation.localeFor(this.locales, this.choice.chosen);
    const blockChanged = changed.has('blockRevision');
    const digits = numberingSystem(this.formatLocale);
    if (!this.strings || locale !== this.locale || digits !== this.digits || blockChanged || changed.has('content')) {
      this.locale = locale;
      this.digits = digits;
      [this.strings, this.provenance] = resolveContent(
        this.locales.get(locale),
        this.block.content,
        this.content,
        blockChanged || !this.hasUpdated,
        changed.has('content'),
        (detail) => this.reportError(detail),
      );
      this.strings = contentDigits(this.strings, digits);
    }
  }

  /** The direction of the widget's language for its `.frame` (Arabic is right to left on any page); the element's own `dir` wins. */
  protected get frameDir(): 'rtl' | 'ltr' | undefined {
    return this.hasAttribute('dir') ? undefined : textDirection(this.locale);
  }

  /** Moves focus to the element matching `selector` in the shadow root once the next update has rendered. */
  protected focusAfterUpdate(selector: string): void {
    this.moveFocus(selector);
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
    return formattingLocale(this.choice.chosen || this.lang || inheritedLang(this) || this.locale, globalThis.navigator?.language);
  }

  /** The language control, where `languages` names two or more (see `renderLanguageControl`). */
  protected renderLanguages(): TemplateResult | typeof nothing {
    return renderLanguageControl(this.strings.languageLabel, this.choice, this.locale);
  }

  /** The top heading, at `heading-level`. */
  protected renderTitle(text: string, id = 'title'): TemplateResult {
    return renderHeading(this.level, text, {id, part: 'heading'});
  }

  /** A sub-heading one level below the top heading (at most 6). */
  protected renderSubheading(text: string, id?: string): TemplateResult {
    return renderHeading(this.level + 1, text, {id, className: 'subheading'});
  }

  /** The disclaimer, then "Reviewed by … on …" (and the next review) where a clinic set `reviewed`, else when it was updated. */
  protected renderDisclaimer(): TemplateResult {
    return renderDisclaimer(this.strings, this.provenance, this.formatLocale);
  }

  /** The clinic's phone line. The number is isolated left to right, so `+44 20 …` keeps its order in Arabic. */
  protected renderPhone(): TemplateResult | typeof nothing {
    return renderPhone(this.strings.phoneLabel, this.clinicPhone);
  }

  /** The text of the booking call-to-action. */
  protected get bookingText(): string {
    return bookingText(this.strings, this.bookingLabel, this.clinicName);
  }

  /** The booking link, only with a valid `booking-url`: a cancelable `meso-book` with `codes` fires first. */
  protected renderBooking(codes: Record<string, unknown> = {}): TemplateResult | typeof nothing {
    return renderBooking(this, this.source, this.bookingHref, this.bookingText, codes);
  }

  /** The closing part every widget shows: phone, booking and disclaimer. */
  protected renderFooter(codes: Record<string, unknown> = {}, options: {phone?: boolean} = {}): TemplateResult {
    return renderFooter(options.phone === false ? nothing : this.renderPhone(), this.renderBooking(codes), this.renderDisclaimer());
  }
}
