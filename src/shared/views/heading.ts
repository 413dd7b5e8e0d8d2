import {html, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';

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
