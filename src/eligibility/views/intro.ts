import {html, type TemplateResult} from 'lit';
import {renderNeedsScript} from '../../shared/pieces.js';
import type {EligibilityView} from './context.js';

/** The intro: what the self-check is, how long it takes, the privacy line, and Start. */
export function renderIntro(view: EligibilityView): TemplateResult {
  const {intro} = view.strings;
  return html`<div class="intro">
      <p class="lead">${intro.lead}</p>
      <p>${intro.time}</p>
      <p class="privacy">${intro.privacy}</p>
    </div>
    ${renderNeedsScript(
      html`<div class="actions">
        <button type="button" class="button button--primary" @click=${() => view.next()}>${intro.start}</button>
      </div>`,
      view.strings.scriptNote,
    )}`;
}
