import {html, nothing, type TemplateResult} from 'lit';
import {formatWhen} from '../../logic/aftercare/plan.js';
import {numberFormat} from '../../logic/intl.js';
import {fillTemplate} from '../../logic/locale.js';
import {renderHeading} from '../../shared/pieces.js';
import type {AftercareContent, AftercarePlan} from '../../types/aftercare.js';

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
 * The personal timeline: when the treatment was (or will be), how far recovery has come, each
 * shown item's status and end time (in `locale`, the patient's time zone), and the buttons:
 * calendar file (`download`), print, change the time, forget it.
 */
export function renderTimeline(
  s: AftercareContent,
  level: number,
  locale: string,
  plan: AftercarePlan,
  actions: TimelineActions,
  download: (event: Event) => void,
): TemplateResult {
  const percent = Math.round(plan.progress * 100);
  const percentText = numberFormat(locale, {style: 'percent'}).format(plan.progress);
  return html`<div class="timeline" part="timeline">
      ${renderHeading(level + 1, s.timelineHeading, {id: 'timeline-heading', className: 'subheading'})}
      <p class="treated">
        ${fillTemplate(plan.planned ? s.plannedFor : s.treatedOn, {time: formatWhen(plan.treatedAt, locale)})}
        ${plan.planned ? html`<span class="planned-note">${s.plannedNote}</span>` : nothing}
      </p>
      <div class="progress">
        <label for="progress">${s.progressLabel}</label>
        <progress id="progress" max="100" .value=${percent} aria-valuetext=${fillTemplate(s.progressDone, {percent: percentText})}></progress>
        <span class="progress-text" aria-hidden="true">${fillTemplate(s.progressDone, {percent: percentText})}</span>
      </div>
      <ul class="timeline-list">
        ${plan.items.map(
          (item) => html`<li class="item item--${item.status}" data-item=${item.id}>
            <span class="badge">${s.status[item.status]}</span>
            <span class="item-text"
              >${fillTemplate(s.timeline[item.status], {
                item: s.items[item.id].short,
                time: item.endsAt ? formatWhen(item.endsAt, locale) : '',
              })}</span
            >
          </li>`,
        )}
      </ul>
      <div class="actions no-print">
        <button type="button" class="button button--primary" @click=${download}>${s.calendar.button}</button>
        <button type="button" class="button" @click=${() => window.print()}>${s.print}</button>
        ${actions.editing ? nothing : html`<button type="button" id="change-time" class="button" @click=${actions.change}>${s.changeTime}</button>`}
        ${actions.forgettable
          ? html`<button type="button" class="button" @click=${actions.forget}>${s.forget}</button>`
          : nothing}
      </div>
    </div>`;
}
