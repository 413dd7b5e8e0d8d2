import {html, type TemplateResult} from 'lit';
import {fillTemplate} from '../../logic/locale.js';
import type {QuestionId} from '../../types/eligibility.js';
import {renderBackButton} from './back-button.js';
import type {EligibilityView} from './context.js';
import {renderStepHeading} from './step-heading.js';

/**
 * "Check your answers": the goals and each answer, one list item a row, with a Change button back
 * to its step, then Submit. Each Change button is named by the row ("Change your answer about
 * Pregnancy") and described by the answer, so moving by Tab hears each row once, with its answer.
 */
export function renderCheckAnswers(view: EligibilityView): TemplateResult {
  const s = view.strings;
  const row = (key: string, label: string, value: string | TemplateResult, step: string) => html`<li class="summary-row">
    <span class="summary-label">${label}</span>
    <div id="a-${key}">${value}</div>
    <div>
      <button type="button" class="link-button" aria-describedby="a-${key}" @click=${() => view.change(step)}>
        ${s.summary.change}<span class="visually-hidden">${fillTemplate(s.summary.changeHidden, {label})}</span>
      </button>
    </div>
  </li>`;
  const questionStep = (id: QuestionId) => (view.layout === 'list' ? 'questions' : id);
  return html`${renderBackButton(view)} ${renderStepHeading(view, s.summary.heading)}
    <ul class="summary-list">
      ${row(
        'goals',
        s.goalsLabel,
        // One goal a line: the goals' own names contain commas, so no separator reads clearly.
        view.goals.length
          ? html`<ul class="summary-values">${view.goals.map((goal) => html`<li>${s.goals[goal]}</li>`)}</ul>`
          : s.summary.noGoals,
        'goals',
      )}
      ${view.questions.map((id) => {
        const answer = view.health[id];
        return row(id, s.questions[id].label, answer ? s.answers[answer] : '', questionStep(id));
      })}
    </ul>
    <div class="actions">
      <button type="button" class="button button--primary" @click=${() => view.next()}>${s.summary.submit}</button>
    </div>`;
}
