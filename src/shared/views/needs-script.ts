import {html, type TemplateResult} from 'lit';

/**
 * Controls that need script, with `note` in the same place. Until the element is defined (a
 * prerendered page before its script ran, or with JavaScript off) the controls are invisible and
 * out of the tab order and the note says why; once defined, the note is invisible. Both share one
 * grid cell, so the swap moves nothing on the page.
 */
export function renderNeedsScript(controls: unknown, note: string): TemplateResult {
  return html`<div class="needs-script"><div class="script-part">${controls}</div><p class="script-note">${note}</p></div>`;
}
