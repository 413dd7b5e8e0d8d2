import {html, type TemplateResult} from 'lit';
import {renderChoice} from '../../shared/pieces.js';
import {GOAL_IDS} from '../../types/eligibility.js';
import type {EligibilityView} from './context.js';
import {groupName, renderInlineError} from './error-summary.js';
import {renderFormStep} from './form-step.js';
import {renderStepHeading} from './step-heading.js';

/**
 * The goals step: what the patient would like to improve (one or more checkboxes). The step's
 * heading asks it, above the boxes; the group's name is the question, its hint and any error.
 */
export function renderGoals(view: EligibilityView): TemplateResult {
  const s = view.strings;
  return renderFormStep(
    view,
    html`${renderStepHeading(view, s.goalsQuestion)}
      <div
        role="group"
        id="goals"
        class="question ${view.errors.includes('goals') ? 'question--error' : ''}"
        aria-label=${groupName(view, 'goals', s.goalsQuestion, s.goalsHint)}
      >
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
      </div>`,
  );
}
