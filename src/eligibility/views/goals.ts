import {html, type TemplateResult} from 'lit';
import {keyed} from 'lit/directives/keyed.js';
import {renderChoice} from '../../shared/pieces.js';
import {GOAL_IDS} from '../../types/eligibility.js';
import type {EligibilityView} from './context.js';
import {renderInlineError} from './error-summary.js';
import {renderFormStep} from './form-step.js';
import {renderStepHeading} from './step-heading.js';

/** The goals step: what the patient would like to improve (one or more checkboxes). */
export function renderGoals(view: EligibilityView): TemplateResult {
  const s = view.strings;
  const invalid = view.errors.includes('goals');
  return renderFormStep(
    view,
    html`${keyed(invalid, html`<div class="question-box ${invalid ? 'question--error' : ''}"><fieldset
      id="goals"
      class="question"
      aria-describedby="goals-hint ${invalid ? 'goals-error' : ''}"
    >
      <legend>${renderStepHeading(view, s.goalsQuestion)}</legend>
      <p id="goals-hint" class="hint">${s.goalsHint}</p>
      ${renderInlineError(view, 'goals')}
      <div class="choices">
        ${GOAL_IDS.map((goal) =>
          renderChoice({
            type: 'checkbox',
            id: `goal-${goal}`,
            name: 'goals',
            value: goal,
            checked: view.goals.includes(goal),
            label: s.goals[goal],
            onChange: view.pickGoal,
          }),
        )}
      </div>
    </fieldset></div>`)}`,
  );
}
