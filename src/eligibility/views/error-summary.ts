import {html, nothing, type TemplateResult} from 'lit';
import {GOAL_IDS} from '../../types/eligibility.js';
import {renderHeading} from '../../shared/pieces.js';
import type {EligibilityView, Field} from './context.js';
import {labelled} from '../../logic/punctuation.js';

/** What is wrong with a field (after "Error:" inside it, and in its group's name): "Select …" for the goals; for a question, its label too on the list page. */
function errorText(view: EligibilityView, field: Field): string {
  const s = view.strings;
  if (field === 'goals') return s.errors.goals;
  return view.layout === 'list' ? labelled(s.questions[field].label, s.errors.answer, view.locale) : s.errors.answer;
}

/**
 * The name of a field's group: its question and the lines that explain it, in reading order
 * (empty parts left out), then "Error: …" while the field has an error.
 */
export const groupName = (view: EligibilityView, field: Field, ...parts: string[]): string =>
  [...parts, view.errors.includes(field) ? `${view.strings.errors.prefix} ${errorText(view, field)}` : ''].filter(Boolean).join(' ');

/** Moves focus from an error summary link to the first control of its field. */
function focusField(event: Event, field: Field): void {
  event.preventDefault();
  const id = field === 'goals' ? `goal-${GOAL_IDS[0]}` : `q-${field}-yes`;
  const root = (event.currentTarget as Element).getRootNode() as ParentNode;
  const control = root.querySelector<HTMLInputElement>(`#${id}`);
  control?.scrollIntoView({block: 'center'});
  control?.focus({preventScroll: true});
}

/**
 * "There is a problem": one link per empty field, each moving focus to that field. Nothing without
 * errors. Focus moves to it, a group named by its title, which reads it once; an alert role would
 * read it a second time.
 */
export function renderErrorSummary(view: EligibilityView): TemplateResult | typeof nothing {
  if (!view.errors.length) return nothing;
  return html`<div class="error-summary" part="error-summary" role="group" tabindex="-1" aria-labelledby="error-summary-title">
    ${renderHeading(view.level + 1, view.strings.errors.summaryTitle, {id: 'error-summary-title', className: 'error-summary-title'})}
    <ul>
      ${view.errors.map(
        (field) => html`<li>
          <a href="#${field === 'goals' ? 'goals' : `q-${field}`}" @click=${(event: Event) => focusField(event, field)}
            >${errorText(view, field)}</a
          >
        </li>`,
      )}
    </ul>
  </div>`;
}

/** The error message inside a field (`#<field>-error`, also in the name of the field's group), when it is empty. */
export function renderInlineError(view: EligibilityView, field: Field): TemplateResult | typeof nothing {
  if (!view.errors.includes(field)) return nothing;
  return html`<p id="${field}-error" class="error-message">
    <span class="visually-hidden">${view.strings.errors.prefix}</span> ${errorText(view, field)}
  </p>`;
}
