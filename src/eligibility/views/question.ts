import {html, nothing, type TemplateResult} from 'lit';
import {renderChoice} from '../../shared/pieces.js';
import {ANSWERS, type QuestionId} from '../../types/eligibility.js';
import type {EligibilityView} from './context.js';
import {groupName, renderInlineError} from './error-summary.js';
import {renderFormStep} from './form-step.js';
import {renderStepHeading} from './step-heading.js';

/**
 * One health question: yes, no or not sure. On its own step (`ownStep`) the step's heading asks
 * it, above the answers (a heading inside a legend is spoken twice as focus moves to it), and
 * "why we ask" follows its hint; on the list page the question is a bold line above its hint.
 * The group's name is the question, its hint, "why we ask" and any error, so they are spoken as
 * focus enters the answers (Orca reads no group's description). It is one `aria-label` on a
 * `role="group"`: Orca reads the parts of an `aria-labelledby` in no fixed order, and a legend as
 * well as the name.
 */
export function renderQuestion(view: EligibilityView, id: QuestionId, ownStep: boolean): TemplateResult {
  const s = view.strings;
  const question = s.questions[id];
  return html`${ownStep ? renderStepHeading(view, question.question) : nothing}
    <div
      role="group"
      id="q-${id}"
      class="question ${view.errors.includes(id) ? 'question--error' : ''}"
      aria-label=${groupName(view, id, question.question, question.hint, ownStep ? s.whyWeAsk : '')}
    >
      ${ownStep ? nothing : html`<p class="legend-text">${question.question}</p>`}
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
    </div>`;
}

/** A health question on its own step (the `steps` layout). */
export const renderQuestionStep = (view: EligibilityView): TemplateResult =>
  renderFormStep(view, renderQuestion(view, view.step as QuestionId, true));
