import {html, type TemplateResult} from 'lit';
import {fillTemplate} from '../../logic/locale.js';
import type {QuestionId} from '../../types/eligibility.js';
import {renderBackButton} from './back-button.js';
import type {EligibilityView} from './context.js';
import {renderStepHeading} from './step-heading.js';

/** "Check your answers": the goals and each answer, with a Change button back to its step, then Submit. */
export function renderCheckAnswers(view: EligibilityView): TemplateResult {
  const s = view.strings;
  const row = (label: string, value: string | TemplateResult, step: string) => html`<div class="summary-row">
    <dt>${label}</dt>
    <dd>${value}</dd>
    <dd class="summary-change">
      <button type="button" class="link-button" @click=${() => view.change(step)}>
        ${s.summary.change}<span class="visually-hidden">${fillTemplate(s.summary.changeHidden, {label})}</span>
      </button>
    </dd>
  </div>`;
  const questionStep = (id: QuestionId) => (view.layout === 'list' ? 'questions' : id);
  return html`${renderBackButton(view)} ${renderStepHeading(view, s.summary.heading)}
    <dl class="summary-list">
      ${row(
        s.goalsLabel,
        // One goal a line: the goals' own names contain commas, so no separator reads clearly.
        view.goals.length
          ? html`<ul class="summary-values">${view.goals.map((goal) => html`<li>${s.goals[goal]}</li>`)}</ul>`
          : s.summary.noGoals,
        'goals',
      )}
      ${view.questions.map((id) => {
        const answer = view.health[id];
        return row(s.questions[id].label, answer ? s.answers[answer] : '', questionStep(id));
      })}
    </dl>
    <div class="actions">
      <button type="button" class="button button--primary" @click=${() => view.next()}>${s.summary.submit}</button>
    </div>`;
}
