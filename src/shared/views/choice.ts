import {html, isServer, type TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';

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
