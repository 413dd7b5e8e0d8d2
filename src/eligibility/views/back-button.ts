import {html, type TemplateResult} from 'lit';
import type {EligibilityView} from './context.js';

/** The Back button at the top of the question steps and the summary. */
export const renderBackButton = (view: EligibilityView): TemplateResult =>
  html`<button type="button" class="back" @click=${view.back}>
    <svg class="chevron" viewBox="0 0 8 12" aria-hidden="true" focusable="false">
      <path d="M6.5 1.5 2 6l4.5 4.5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
    <span>${view.strings.back}</span>
  </button>`;
