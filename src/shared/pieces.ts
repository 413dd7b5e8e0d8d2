import {html, isServer, nothing, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {live} from 'lit/directives/live.js';

type Attribute = string | undefined;
type Heading = (id: Attribute, className: string, part: Attribute, text: string | TemplateResult) => TemplateResult;

/** One template per heading level: plain templates, so the bundles need no static-html code. */
const headings: Heading[] = [
  (id, className, part, text) => html`<h1 id=${ifDefined(id)} class=${className} part=${ifDefined(part)} tabindex="-1">${text}</h1>`,
  (id, className, part, text) => html`<h2 id=${ifDefined(id)} class=${className} part=${ifDefined(part)} tabindex="-1">${text}</h2>`,
  (id, className, part, text) => html`<h3 id=${ifDefined(id)} class=${className} part=${ifDefined(part)} tabindex="-1">${text}</h3>`,
  (id, className, part, text) => html`<h4 id=${ifDefined(id)} class=${className} part=${ifDefined(part)} tabindex="-1">${text}</h4>`,
  (id, className, part, text) => html`<h5 id=${ifDefined(id)} class=${className} part=${ifDefined(part)} tabindex="-1">${text}</h5>`,
  (id, className, part, text) => html`<h6 id=${ifDefined(id)} class=${className} part=${ifDefined(part)} tabindex="-1">${text}</h6>`,
];

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
  return headings[clampLevel(level) - 1](options.id, options.className ?? 'heading', options.part, text);
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
 * grid cell, so the swap moves nothing on the page. `meanwhile` follows the note: static text that
 * is useful without the controls, in the space they will take.
 */
export function renderNeedsScript(controls: unknown, note: string, meanwhile: unknown = nothing): TemplateResult {
  return html`<div class="needs-script"><div class="script-part">${controls}</div><div class="script-note"><p class="script-box">${note}</p>${meanwhile}</div></div>`;
}

// The shared sections every widget ends with, one module each under views/ (they take what they show
// as arguments and import no element, so element views can use them directly).
export {renderPhone} from './views/phone.js';
export {bookingText, renderBooking} from './views/booking.js';
export {renderDisclaimer} from './views/disclaimer.js';
export {renderFooter} from './views/footer.js';
