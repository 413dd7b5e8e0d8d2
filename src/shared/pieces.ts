import {html, isServer, nothing, type TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';
import {unsafeStatic, html as staticHtml} from 'lit/static-html.js';

const headingTags = [1, 2, 3, 4, 5, 6].map((level) => unsafeStatic(`h${level}`));

/** Clamps a heading level to 1–6, so `level + 1` for a sub-heading never leaves the range. */
export const clampLevel = (level: number) => Math.min(6, Math.max(1, Math.round(level)));

/**
 * A heading element at `level` (1–6). It takes `tabindex="-1"` so the widget can move focus to
 * it when the view changes.
 */
export function renderHeading(
  level: number,
  text: string | TemplateResult,
  options: {id?: string; part?: string; className?: string} = {},
): TemplateResult {
  const tag = headingTags[clampLevel(level) - 1];
  return staticHtml`<${tag} id=${options.id ?? nothing} class=${options.className ?? 'heading'} part=${
    options.part ?? nothing
  } tabindex="-1">${text}</${tag}>`;
}

/** One checkbox or radio with its label, as every question in the widgets uses them. */
export interface Choice {
  type: 'checkbox' | 'radio';
  id: string;
  name: string;
  value: string;
  checked: boolean;
  label: string;
  onChange: (event: Event) => void;
}

/**
 * A labelled checkbox or radio. `checked` goes through `live()` so the box always matches the
 * state, even when the DOM is reused for the next question.
 */
export function renderChoice(choice: Choice): TemplateResult {
  // On the server a property binding becomes an attribute, and `checked="false"` would tick the box:
  // render the boolean attribute there instead.
  if (isServer) {
    return html`<div class="choice">
      <input type=${choice.type} id=${choice.id} name=${choice.name} value=${choice.value} ?checked=${choice.checked} />
      <label for=${choice.id}>${choice.label}</label>
    </div>`;
  }
  return html`<div class="choice">
    <input
      type=${choice.type}
      id=${choice.id}
      name=${choice.name}
      .value=${choice.value}
      .checked=${live(choice.checked)}
      @change=${choice.onChange}
    />
    <label for=${choice.id}>${choice.label}</label>
  </div>`;
}

/**
 * Controls that need script, with `note` in the same place. Until the element is defined (a
 * prerendered page before its script ran, or with JavaScript off) the controls are invisible and
 * out of the tab order and the note says why; once defined, the note is invisible. Both share one
 * grid cell, so the swap moves nothing on the page.
 */
export function renderNeedsScript(controls: unknown, note: string): TemplateResult {
  return html`<div class="needs-script"><div class="script-part">${controls}</div><p class="script-note">${note}</p></div>`;
}
