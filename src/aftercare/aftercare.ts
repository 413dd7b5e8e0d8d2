import {html, isServer, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {aftercareEn} from '../content/en/aftercare.js';
import {calendarFile, downloadCalendar, planLinks} from './calendar-export.js';
import {checkCourse, checkCourseBlock, courseSessions} from '../logic/aftercare/course.js';
import {checkCareNumbers} from '../logic/aftercare/care-numbers.js';
import {planText} from '../logic/aftercare/plan-text.js';
import {isInAppBrowser} from '../logic/in-app-browser.js';
import {sharePlan} from './share-plan.js';
import {ClockController} from './clock-controller.js';
import {guideItems, shownItems, shownPlan, unknownItems} from '../logic/aftercare/guide.js';
import {keptUntil, planSummary} from '../logic/aftercare/kept.js';
import {aftercareGuideText, careCards, DEFAULT_DURATIONS, mergeDurations, parseTreatedAt} from '../logic/aftercare/plan.js';
import {LocaleTable} from '../shared/locale-table.js';
import {MesoElement} from '../shared/meso-element.js';
import {errorSummaryStyles, sharedStyles} from '../shared/styles.js';
import type {
  AftercareContent,
  AftercareDurations,
  AftercareItemId,
  AftercarePlan,
  AftercarePlanSummary,
  CareCardNumbers,
  CourseSettings,
  PlannedSession,
} from '../types/aftercare.js';
import {privacyLine} from '../logic/privacy.js';
import {aftercareStyles} from './aftercare.styles.js';
import {saveStyles} from './save.styles.js';
import {announcePlan, personalPlan} from './personal-plan.js';
import {TreatmentTimeController} from './treatment-time-controller.js';
import {renderCareCards} from './views/care-cards.js';
import {renderForm} from './views/form.js';
import {renderGuide} from './views/guide.js';
import {renderTimeline} from './views/timeline.js';

/**
 * Your aftercare plan: a do / don't guide with each item's time window, what is normal and when to
 * get help; with a treatment time (the `treated-at` attribute or entered by the patient), a
 * personal timeline in the patient's time zone, a calendar file and a printable plan.
 *
 * Configuration from HTML alone: a child `<script type="application/json">` block whose keys
 * mirror the properties, `{"content": {...}, "durations": {"makeup": 48}}` (hours per item), and
 * `{"course": {"sessions": 6, "interval": "P2W"}}` for a course of sessions.
 * A property set from JavaScript wins; invalid JSON or unknown keys are reported and ignored.
 *
 * @tagname meso-aftercare
 * @summary The personal aftercare plan after mesotherapy.
 *
 * @fires {CustomEvent<AftercarePlanDetail>} meso-aftercare-plan - A plan was made from a treatment time; `detail` is `{}`: a plan was made, not when (the time is what the patient entered).
 * @fires {CustomEvent<AftercareCalendarDetail>} meso-aftercare-calendar - The calendar file is about to download. Cancelable: `preventDefault()` stops the download.
 * @fires {CustomEvent<ConfigErrorDetail>} meso-config-error - A setting was refused (for example an unreadable `treated-at`); the default stays.
 *
 * @csspart timeline - The personal timeline.
 * @csspart form - The treatment time form.
 * @csspart error-summary - The "There is a problem" summary above the form.
 * @csspart guide - The do / don't guide.
 * @csspart care-card - Each of the three "when to get help" cards.
 * @csspart course - The course's next sessions, in the timeline.
 */
export class MesoAftercare extends MesoElement<AftercareContent> {
  static override styles = [...sharedStyles, errorSummaryStyles, aftercareStyles, saveStyles];

  /** Lit's reactive properties and their attributes (JSDoc is on each field below). */
  static override properties: PropertyDeclarations = {
    treatedAt: {attribute: 'treated-at'},
    durations: {attribute: false},
    remember: {type: Boolean, reflect: true},
    now: {},
    emergencyNumber: {attribute: 'emergency-number'},
    urgentNumber: {attribute: 'urgent-number'},
    sessions: {type: Number},
    sessionInterval: {attribute: 'session-interval'},
    course: {attribute: false},
    shareStatus: {state: true},
  };
  static override configKeys = ['content', 'durations', 'course'];

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

  /**
   * The public emergency number, e.g. `999`, `112` or `911`: the emergency card then says "Call 999
   * now if:". Without it the card says to call the local emergency number; nothing guesses a country
   * from the language. Only `000`, `112`, `15`, `18`, `911` and `999` are taken (`EMERGENCY_NUMBERS`
   * in `meso-widgets/logic`: emergency lines wherever they are used); anything else, such as the
   * clinic's own line or an advice line (`111` is NHS 111 in the UK), is reported and ignored. The
   * widget does not know the patients' country and does not check it: set one of these only if it is
   * the emergency number where the patients are (112 and 911 do not connect in mainland China or on
   * every Japanese network), otherwise leave it empty.
   */
  emergencyNumber = '';

  /**
   * An urgent advice line for when the clinic and the patient's doctor cannot be reached, e.g.
   * `111` or `116117`. Without it the urgent card names an urgent care service near the patient.
   * An emergency number that `emergency-number` takes (`000`, `112`, `15`, `18`, `911`, `999`) is
   * reported and ignored (it belongs there), and so is the line in `clinic-phone`.
   */
  urgentNumber = '';

  /**
   * How many sessions the clinic plans in the course, this one included: a whole number from 2 to
   * 15 (the article gives three to fifteen). With `session-interval`, the plan, the calendar file
   * and the print show the next sessions' dates, to be confirmed with the practitioner. Wins over
   * the JSON block's `course`. A bad value is reported and no course is shown.
   */
  sessions?: number;

  /**
   * The time between sessions, an ISO 8601 duration from one week to three months: `P1W`, `P2W`,
   * `P10D`, `P1M`, `P3M` (a month counts as 30 days, and at most 92 days in all). Goes with `sessions`.
   */
  sessionInterval = '';

  /**
   * The course as an object, `{ sessions: 6, interval: 'P2W' }` (the same ranges as the attributes),
   * as the JSON block's `course` gives it. Wins over the block; the `sessions` and
   * `session-interval` attributes win over it. A bad value is reported and no course is shown.
   */
  course?: {sessions?: number; interval?: string};

  /** What the last copy of the plan did, announced once: `copied` or `failed`. */
  private shareStatus: '' | 'copied' | 'failed' = '';
  /** The course in use: the attributes when either is set, else the JSON block's `course`. */
  private activeCourse: CourseSettings | null = null;
  /** An in-app browser or Chrome on iOS (read once, when the element is made): no file download there. */
  private readonly inApp = isInAppBrowser(globalThis.navigator?.userAgent);

  /** The treatment time (attribute, entered, remembered) and its form. */
  private readonly treatment = new TreatmentTimeController(
    this,
    (selector) => this.focusAfterUpdate(selector),
    // A remembered time is kept until the plan's last timed step has ended, plus 7 days.
    (at) => keptUntil(at, this.activeDurations),
  );
  /** The durations in use: the defaults, then the JSON block's, then the `durations` property. */
  private activeDurations: AftercareDurations = DEFAULT_DURATIONS;
  /** What the last `meso-aftercare-plan` announced (see `announcePlan`). */
  private planSignature = '';
  /** The checked `emergency-number` and `urgent-number`, for the care cards and the calendar. */
  private numbers: CareCardNumbers = {};
  /** Re-renders on a steady tick while a live plan shows. */
  private readonly clock = new ClockController(this);

  /** The personal plan now, or null without a treatment time. */
  private get personal(): AftercarePlan | null {
    return personalPlan(this.treatment.at, this.activeDurations, this.now);
  }

  /**
   * The plan on screen, or `null` without a treatment time: `{ treatedAt, items: [{ id, endsAt }] }`
   * (ISO 8601 UTC strings; `endsAt` is `null` for ongoing items). Read-only; for the page's own
   * integration. Events never carry it.
   */
  get plan(): AftercarePlanSummary | null {
    const plan = this.personal;
    return plan ? planSummary(plan) : null;
  }

  /** The course's planned sessions after this treatment (none without a course or a plan). */
  private sessionsOf(plan: AftercarePlan | null): PlannedSession[] {
    return plan ? courseSessions(plan.treatedAt, this.activeCourse) : [];
  }

  /** The plan as an iCalendar (RFC 5545) file, or an empty string without a treatment time. */
  calendar(): string {
    const plan = this.personal;
    return calendarFile(plan, this.strings, this.activeDurations, this.formatLocale, this.locale, this.numbers, this.sessionsOf(plan));
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
    if (blockChanged || changed.has('course') || changed.has('sessions') || changed.has('sessionInterval'))
      this.readCourse(blockChanged, changed.has('course'), changed.has('sessions') || changed.has('sessionInterval'));
    if (changed.has('treatedAt')) this.report('treated-at', this.treatment.readAttribute());
    if (changed.has('emergencyNumber') || changed.has('urgentNumber') || changed.has('clinicPhone')) {
      const checked = checkCareNumbers(this.emergencyNumber, this.urgentNumber, this.clinicPhone);
      const property = {'emergency-number': 'emergencyNumber', 'urgent-number': 'urgentNumber', 'clinic-phone': 'clinicPhone'} as const;
      for (const {attribute, message, from} of checked.problems) if (from.some((name) => changed.has(property[name]))) this.report(attribute, message);
      this.numbers = checked.value;
    }
    if (changed.has('now') && this.now && !parseTreatedAt(this.now))
      this.report('now', `"${this.now}" is not an ISO 8601 date and time; using the real clock`);
    if (changed.has('strings')) {
      for (const id of unknownItems(this.strings.hiddenItems)) this.report('content.hiddenItems', `unknown item "${id}"`);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const plan = this.personal;
    this.clock.set(!!plan && !parseTreatedAt(this.now));
    this.planSignature = announcePlan(this, plan, this.activeDurations, this.planSignature);
  }

  /**
   * The course from the attributes when either is set, else the `course` property, else the JSON
   * block's; the problems of each source are reported when it changes.
   */
  private readCourse(blockChanged: boolean, propertyChanged: boolean, attributesChanged: boolean): void {
    const fromBlock = checkCourseBlock(this.block.course);
    if (blockChanged) fromBlock.problems.forEach((problem) => this.reportError(problem));
    const fromProperty = checkCourseBlock(this.course);
    if (propertyChanged) fromProperty.problems.forEach((problem) => this.reportError(problem));
    const sessions = Number.isNaN(this.sessions) ? this.getAttribute('sessions') : this.sessions;
    const fromAttributes = checkCourse(sessions, this.sessionInterval, {sessions: 'sessions', interval: 'session-interval'});
    if (attributesChanged) fromAttributes.problems.forEach((problem) => this.reportError(problem));
    const set = (sessions ?? '') !== '' || (this.sessionInterval ?? '') !== '';
    this.activeCourse = set ? fromAttributes.value : this.course != null ? fromProperty.value : fromBlock.value;
  }

  /** Save or share: the file through Web Share where it can, else the plan copied as text, announced once. */
  private readonly share = async (): Promise<void> => {
    const plan = this.personal;
    if (!plan) return;
    const s = this.strings;
    const shown = shownPlan(plan, s.hiddenItems);
    const locale = this.formatLocale;
    const guide = aftercareGuideText(s, {items: shownItems(s.hiddenItems), durations: this.activeDurations, locale, numbers: this.numbers});
    this.shareStatus = '';
    const outcome = await sharePlan(this.calendar(), s.calendar.filename, s.share.title, planText(s, shown, this.sessionsOf(plan), locale, guide));
    if (outcome === 'copied' || outcome === 'failed') this.shareStatus = outcome;
  };

  /** The calendar button: the file, after a cancelable `meso-aftercare-calendar`. */
  private download(): void {
    downloadCalendar(this, this.calendar(), this.strings.calendar.filename);
  }

  protected override render(): TemplateResult {
    // Empty (in its reserved space) while the translation loads: no English flash.
    if (this.waitingForTranslation) return html``;
    const s = this.strings;
    const level = this.level;
    const locale = this.formatLocale;
    const treatment = this.treatment;
    const plan = this.personal;
    const sessions = this.sessionsOf(plan);
    const save = {
      inApp: this.inApp,
      // The links carry UTC times of the patient's zone: none from a server, which has no patient zone.
      links: isServer ? null : planLinks(plan, s, locale, sessions),
      status: this.shareStatus,
      download: () => this.download(),
      share: this.share,
    };
    const hint = privacyLine(s.form.hint, s.privacy, this.remember && 'keptAfterPlan');
    return html`<div class="frame" dir=${ifDefined(this.frameDir)}>
      <div class="widget">
        ${this.renderLanguages()}
        <div class="intro">
          ${this.renderTitle(s.heading)}
          <p class="lead">${s.intro}</p>
        </div>
        ${treatment.invalid && !treatment.entered
          ? html`<p class="notice" role="alert">${s.invalidTreatedAt}</p>`
          : nothing}
        ${!plan || treatment.editing ? renderForm({...s, form: {...s.form, hint}}, level, treatment, !!plan) : nothing} ${plan
          ? renderTimeline(s, level, locale, shownPlan(plan, s.hiddenItems), treatment, save, sessions)
          : nothing}
        ${renderGuide(s, level, guideItems(s, this.activeDurations, locale))} ${renderCareCards(s, level, careCards(s.cards, this.numbers), this.renderPhone())} ${this.renderFooter({}, {phone: false})}
      </div>
    </div>`;
  }
}
