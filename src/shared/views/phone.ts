import {html, nothing, type TemplateResult} from 'lit';
import {phoneLink} from '../../logic/attributes.js';

/**
 * The clinic's phone line, "Call the clinic: …", where `phone` (the element's `clinic-phone`) is
 * set; `label` is the locale's `phoneLabel`. The number is isolated left to right, so `+44 20 …`
 * keeps its order in Arabic.
 */
export const renderPhone = (label: string, phone: string): TemplateResult | typeof nothing => {
  const link = phoneLink(phone);
  if (!link.text) return nothing;
  return html`<p class="phone" part="phone">
      ${label}
      ${link.href ? html`<a href=${link.href} dir="ltr">${link.text}</a>` : html`<bdi dir="ltr">${link.text}</bdi>`}
    </p>`;
};
