import {html, nothing, type TemplateResult} from 'lit';
import {renderChoice} from '../../shared/pieces.js';
import {ANSWERS, type QuestionId} from '../../types/eligibility.js';
import type {EligibilityView} from './context.js';
import {errorText, renderInlineError} from './error-summary.js';
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
  const invalid = view.errors.includes(id);
  const name = groupName(question.question, question.hint, ownStep ? s.whyWeAsk : '', invalid ? `${s.errors.prefix} ${errorText(view, id)}` : '');
  const body = html`<p id="q-${id}-hint" class="hint">${question.hint}</p>
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
    </div>`;
  return html`${ownStep ? renderStepHeading(view, question.question) : nothing}
    <div class="question-box ${invalid ? 'question--error' : ''}">
      <div role="group" id="q-${id}" class="question" aria-label=${name}>
        ${ownStep ? nothing : html`<p class="legend-text">${question.question}</p>`} ${body}
      </div>
    </div>`;
}

/** A health question on its own step (the `steps` layout). */
export const renderQuestionStep = (view: EligibilityView): TemplateResult =>
  renderFormStep(view, renderQuestion(view, view.step as QuestionId, true));

/** A group's name: its question and the lines that explain it, in reading order (empty parts left out). */
export const groupName = (...parts: string[]): string => parts.filter(Boolean).join(' ');
