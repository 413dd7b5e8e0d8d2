import {html, type TemplateResult} from 'lit';
import {renderBackButton} from './back-button.js';
import type {EligibilityView} from './context.js';
import {renderErrorSummary} from './error-summary.js';

/** A step that asks something: Back, the error summary, then a form of `body` with Continue. */
export const renderFormStep = (view: EligibilityView, body: TemplateResult): TemplateResult =>
  html`${renderBackButton(view)} ${renderErrorSummary(view)}
    <form novalidate @submit=${view.next}>
      ${body}
      <div class="actions">
        <button type="submit" class="button button--primary">${view.strings.continue}</button>
      </div>
    </form>`;
