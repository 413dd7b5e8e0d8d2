import {html, type TemplateResult} from 'lit';
import type {EligibilityView} from './context.js';
import {renderFormStep} from './form-step.js';
import {renderQuestion} from './question.js';
import {renderStepHeading} from './step-heading.js';

/** Every health question the rules ask, on one page (the `list` layout). */
export const renderListPage = (view: EligibilityView): TemplateResult =>
  renderFormStep(
    view,
    html`${renderStepHeading(view, view.strings.questionsHeading)}
      <p class="why">${view.strings.whyWeAsk}</p>
      ${view.questions.map((id) => renderQuestion(view, id, false))}`,
  );
