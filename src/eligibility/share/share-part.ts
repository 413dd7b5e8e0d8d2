import {encode} from 'uqr';
import type {TemplateResult} from 'lit';
import type {LitParts, ShareView} from './share-view.js';

/**
 * The share part of the result, fetched only where the clinic sets a share channel: the summary
 * the patient would share, the consent box, and, once it is ticked, the clinic's channels. The QR
 * code is drawn here (with `uqr`), so the encoder is fetched with it. It uses the element's Lit
 * (`lit`), so this file has none of its own.
 */

/** The QR code of `text` as an SVG data URL: one unit per module, a quiet zone of four, crisp edges. */
export function qrDataUrl(text: string): string {
  const {size, data} = encode(text, {ecc: 'M', border: 4});
  let path = '';
  data.forEach((row, y) => row.forEach((dark, x) => (path += dark ? `M${x} ${y}h1v1h-1z` : '')));
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path d="${path}"/></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

export function renderShare({html, nothing}: LitParts, view: ShareView): TemplateResult {
  const s = view.strings.share;
  const {email, url, qr, event} = view.channels;
  const status = view.consent && view.done ? (view.done === 'qr' ? s.qrHint : s.sent) : '';
  return html`<section class="share" aria-labelledby="share-heading">
    ${view.heading}
    <p>${s.intro}</p>
    <dl class="share-summary">
      ${view.lines.map((line) => html`<div><dt>${line.label}</dt><dd>${line.value}</dd></div>`)}
    </dl>
    <div class="no-print">${view.consentBox}</div>
    ${view.consent
      ? html`<p class="no-print">${s.choose}</p>
          <div class="actions no-print">
            ${email ? html`<a class="button" href=${view.mailto} @click=${() => view.choose('email')}>${s.email}</a>` : nothing}
            ${url ? html`<a class="button" href=${view.href} @click=${() => view.choose('url')}>${s.url}</a>` : nothing}
            ${qr ? html`<button type="button" class="button" @click=${() => view.choose('qr')}>${s.qr}</button>` : nothing}
            ${event ? html`<button type="button" class="button" @click=${() => view.choose('event')}>${s.event}</button>` : nothing}
          </div>`
      : nothing}
    ${view.consent && view.done === 'qr'
      ? html`<img class="share-qr" src=${qrDataUrl(view.text)} alt=${s.qrAlt} />`
      : nothing}
    <p class="share-status" role="status">${status}</p>
  </section>`;
}
