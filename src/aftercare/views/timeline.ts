import {html, nothing, type TemplateResult} from 'lit';
import {formatWhen, timedSteps, timelineLine} from '../../logic/aftercare/plan.js';
import {numberFormat} from '../../logic/intl.js';
import {fillTemplate} from '../../logic/locale.js';
import {renderHeading} from '../../shared/pieces.js';
import type {AftercareContent, AftercarePlan, PlannedSession} from '../../types/aftercare.js';
import {renderMedicineWarning} from './guide.js';
import {renderCourse} from './course.js';
import {renderSaveButtons, renderSaveLinks, type SaveState} from './save.js';

/** The treatment time's state and handlers, as the timeline's buttons use them (`TreatmentTimeController` has them). */
export interface TimelineActions {
  /** The form is open to change the time: "Change treatment time" hides. */
  readonly editing: boolean;
  /** The time shown is remembered on this device: "Forget" shows. */
  readonly forgettable: boolean;
  readonly change: () => void;
  readonly forget: () => void;
}

/**
 * The personal timeline: when the treatment was (or will be), how many timed steps are over, each
 * shown item's status and its line, a complete sentence in every state (times in `locale`, the
 * patient's time zone; the medicine warning, bold on a line of its own, on an item about medicines), the course's next
 * sessions, and the buttons: calendar file and save or share (`save`), print, change the time,
 * forget it; then the calendar links.
 */
export function renderTimeline(
  s: AftercareContent,
  level: number,
  locale: string,
  plan: AftercarePlan,
  actions: TimelineActions,
  save: SaveState,
  sessions: readonly PlannedSession[] = [],
): TemplateResult {
  const steps = timedSteps(plan.items);
  const count = numberFormat(locale);
  const stepsText = fillTemplate(s.progressDone, {done: count.format(steps.done), total: count.format(steps.total)});
  return html`<div class="timeline" part="timeline">
      ${renderHeading(level + 1, s.timelineHeading, {id: 'timeline-heading', className: 'subheading'})}
      <p class="treated">
        ${fillTemplate(plan.planned ? s.plannedFor : s.treatedOn, {time: formatWhen(plan.treatedAt, locale)})}
        ${plan.planned ? html`<span class="planned-note">${s.plannedNote}</span>` : nothing}
      </p>
      ${steps.total
        ? html`<div class="progress">
            <label for="progress">${s.progressLabel}</label>
            <progress id="progress" max=${steps.total} .value=${steps.done} aria-valuetext=${stepsText}></progress>
            <span class="progress-text" aria-hidden="true">${stepsText}</span>
          </div>`
        : nothing}
      <ul class="timeline-list">
        ${plan.items.map(
          (item) => html`<li class="item item--${item.status}" data-item=${item.id}>
            <span class="badge">${s.status[item.status]}</span>
            <span class="item-text"
              >${timelineLine(item, s, (date) => formatWhen(date, locale))}${renderMedicineWarning(s, item.id)}</span
            >
          </li>`,
        )}
      </ul>
      ${renderCourse(s, level, locale, sessions)}
      <div class="actions no-print">
        ${renderSaveButtons(s, save)}
        <button type="button" class="button" @click=${() => window.print()}>${s.print}</button>
        ${actions.editing ? nothing : html`<button type="button" id="change-time" class="button" @click=${actions.change}>${s.changeTime}</button>`}
        ${actions.forgettable
          ? html`<button type="button" class="button" @click=${actions.forget}>${s.forget}</button>`
          : nothing}
      </div>
      ${renderSaveLinks(s, save)}
    </div>`;
}
