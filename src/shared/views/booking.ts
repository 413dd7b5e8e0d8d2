import {html, nothing, type TemplateResult} from 'lit';
import {fillTemplate} from '../../logic/locale.js';
import type {CommonContent} from '../../types/common.js';
import {emit} from '../events.js';

/**
 * The text of the booking call-to-action: the element's `booking-label` (`label`), else
 * "Book a consultation at {clinic}" with its `clinic-name` (`clinic`), else the locale's default.
 */
export const bookingText = (strings: CommonContent, label: string, clinic: string): string =>
  label.trim() || (clinic.trim() ? fillTemplate(strings.bookingLabelWithClinic, {clinic: clinic.trim()}) : strings.bookingLabel);

/**
 * The booking call-to-action, only with a valid booking URL (`href`). Activating it fires a
 * cancelable `meso-book` from `host`, with `codes`, `source` and `url` in its detail; the link
 * navigates only when no listener cancels it.
 */
export const renderBooking = (
  host: EventTarget,
  source: string,
  href: string,
  text: string,
  codes: Record<string, unknown>,
): TemplateResult | typeof nothing =>
  href
    ? html`<a class="button button--primary booking" part="booking" href=${href} @click=${(event: MouseEvent) => {
        if (!emit(host, 'meso-book', {...codes, source, url: href}, {cancelable: true})) event.preventDefault();
      }}
      >${text}</a
    >`
    : nothing;
