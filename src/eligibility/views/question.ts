import {html, nothing, type TemplateResult} from 'lit';
import {keyed} from 'lit/directives/keyed.js';
import {renderChoice} from '../../shared/pieces.js';
import {ANSWERS, type QuestionId} from '../../types/eligibility.js';
import type {EligibilityView} from './context.js';
import {renderInlineError} from './error-summary.js';
import {renderFormStep} from './form-step.js';
import {renderStepHeading} from './step-heading.js';

/**
 * One health question: yes, no or not sure. On its own step (`ownStep`) its question is the
 * step's heading and "why we ask" follows its hint; on the list page it is a plain legend.
 */
export function renderQuestion(view: EligibilityView, id: QuestionId, ownStep: boolean): TemplateResult {
  const s = view.strings;
  const question = s.questions[id];
  const invalid = view.errors.includes(id);
  const describedBy = [`q-${id}-hint`, ownStep ? 'why' : '', invalid ? `${id}-error` : ''].filter(Boolean).join(' ');
  // A new box when the error comes or goes: WebKit keeps a floated legend at its old width when
  // the fieldset narrows for the error bar, and the legend then sticks out in a narrow column.
  return html`${keyed(invalid, html`<div class="question-box ${invalid ? 'question--error' : ''}"><fieldset id="q-${id}" class="question" aria-describedby=${describedBy}>
    <legend>${ownStep ? renderStepHeading(view, question.question) : html`<span class="legend-text">${question.question}</span>`}</legend>
    <p id="q-${id}-hint" class="hint">${question.hint}</p>
    ${ownStep ? html`<p id="why" class="why">${s.whyWeAsk}</p>` : nothing} ${renderInlineError(view, id)}
    <div class="choices choices--inline">
      ${ANSWERS.map((answer) =>
        renderChoice({
          type: 'radio',
          id: `q-${id}-${answer}`,
          name: `q-${id}`,
          value: answer,
          checked: view.health[id] === answer,
          label: s.answers[answer],
          onChange: view.answer,
        }),
      )}
    </div>
  </fieldset></div>`)}`;
}

/** A health question on its own step (the `steps` layout). */
export const renderQuestionStep = (view: EligibilityView): TemplateResult =>
  renderFormStep(view, renderQuestion(view, view.step as QuestionId, true));
