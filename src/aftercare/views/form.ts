import {html, nothing, type TemplateResult} from 'lit';
import {localIso} from '../../logic/aftercare/entered-time.js';
import {renderHeading, renderNeedsScript} from '../../shared/pieces.js';
import type {AftercareContent} from '../../types/aftercare.js';

/** The treatment time's state and handlers, as the form uses them (`TreatmentTimeController` has them). */
export interface TimeForm {
  /** The time in use, shown in the fields. */
  readonly at: Date | null;
  readonly editing: boolean;
  readonly error: 'date' | 'time' | null;
  readonly submit: (event: Event) => void;
  readonly keydown: (event: KeyboardEvent) => void;
  readonly errorLink: (event: Event) => void;
  readonly cancel: () => void;
}

/**
 * The treatment time form: its heading, then a group of date and time fields (named by the
 * heading, which stays out of a legend so it is spoken once) with their hint, and when a submit
 * failed an error summary above them and an inline error. Cancel shows while a timeline (`withPlan`) is
 * being changed. Hidden behind the "needs JavaScript" note until the element runs; meanwhile a
 * line says that the times in the guide below start from the treatment.
 */
export function renderForm(s: AftercareContent, level: number, time: TimeForm, withPlan: boolean): TemplateResult {
  const {form} = s;
  const at = time.at;
  const value = at ? localIso(at) : '';
  const error = time.error;
  const describedBy = error ? 'when-hint when-error' : 'when-hint';
  return renderNeedsScript(html`<form class="when no-print" part="form" novalidate @submit=${time.submit} @keydown=${time.keydown}>
      ${error
        ? html`<div class="error-summary" part="error-summary" role="group" tabindex="-1" aria-labelledby="when-summary-title">
            ${renderHeading(level + 1, form.summaryTitle, {id: 'when-summary-title', className: 'error-summary-title'})}
            <ul>
              <li><a href="#${error}" @click=${time.errorLink}>${form.error}</a></li>
            </ul>
          </div>`
        : nothing}
      ${renderHeading(level + 1, form.legend, {id: 'form-heading', className: 'subheading'})}
      <div role="group" class="question" aria-labelledby="form-heading">
        <p id="when-hint" class="hint">${form.hint}</p>
        ${error
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
      </div>
      <div class="actions">
        <button type="submit" class="button button--primary">${form.submit}</button>
        ${time.editing && withPlan
          ? html`<button type="button" class="button" @click=${time.cancel}>${form.cancel}</button>`
          : nothing}
      </div>
    </form>`, s.scriptNote, html`<p>${s.plannedNote}</p>`);
}
