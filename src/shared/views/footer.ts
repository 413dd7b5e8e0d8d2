import {html, nothing, type TemplateResult} from 'lit';

/**
 * The closing part every widget shows: the phone line, the booking call-to-action (in an
 * `actions` row, when there is one) and the disclaimer, each rendered by its own piece
 * (`renderPhone`, `renderBooking`, `renderDisclaimer`); `nothing` leaves a piece out.
 */
export const renderFooter = (
  phone: TemplateResult | typeof nothing,
  booking: TemplateResult | typeof nothing,
  disclaimer: TemplateResult,
): TemplateResult =>
  html`<div class="footer">
      ${phone}
      ${booking === nothing ? nothing : html`<div class="actions">${booking}</div>`}
      ${disclaimer}
    </div>`;
