import type {TemplateResult} from 'lit';
import {encode} from 'uqr';
import {localDay, shareDetail, shareLines, shareMailto, shareText, shareUrlHref} from '../../logic/eligibility/share.js';
import {fillTemplate} from '../../logic/locale.js';
import {afterPaint} from '../../shared/after-paint.js';
import {emit} from '../../shared/events.js';
import type {ShareChannel} from '../../types/eligibility.js';
import type {ShareContext, ShareState} from './share-view.js';

/**
 * The share part of the result, fetched only where the clinic sets a share channel: the summary
 * the patient would share, the consent box, and, once it is ticked, the clinic's channels. The QR
 * code is drawn here (with `uqr`), so the encoder is fetched with it. It uses the element's Lit and
 * pieces (`context.lit`), so this file has no Lit of its own.
 */

/** The QR code of `text` as an SVG data URL: one unit per module, a quiet zone of four, crisp edges. */
export function qrDataUrl(text: string): string {
  const {size, data} = encode(text, {ecc: 'M', border: 4});
  let path = '';
  data.forEach((row, y) => row.forEach((dark, x) => (path += dark ? `M${x} ${y}h1v1h-1z` : '')));
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path d="${path}"/></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/** The last QR code drawn, with its text: a re-render does not draw it again. */
let drawn: {text: string; url: string} | undefined;

/**
 * The QR code of `text` when it is drawn, else `undefined`: it is then drawn after the next paint
 * (the encoder takes tens of milliseconds on a phone, and the tap's status shows first), and `host`
 * updates with it. `state.drawing` is the drawing under way.
 */
function qrCode(text: string, state: ShareState, host: ShareContext['host']): string | undefined {
  if (drawn?.text === text) return drawn.url;
  state.drawing ??= new Promise<void>((resolve) =>
    afterPaint(() => {
      drawn = {text, url: qrDataUrl(text)};
      state.drawing = undefined;
      host.requestUpdate();
      resolve();
    }),
  );
  return undefined;
}

/**
 * Draws the share part. Nothing is shared and no `meso-eligibility-share` fires before the patient
 * ticks consent: without it the channels are not drawn. Each channel, once chosen, fires the event
 * with what it carries.
 */
export function renderShare({lit, state, host, source, strings, level, locale, clinicName}: ShareContext): TemplateResult {
  const {html, nothing} = lit;
  const s = strings.share;
  const {email, url, qr, event} = state.channels;
  const clinic = clinicName.trim();
  const detail = (channel: ShareChannel) =>
    shareDetail(channel, source.result!, {goals: source.goals, health: source.health}, source.questions, localDay(new Date()));
  // The summary, line by line, exactly as every channel carries it.
  const lines = shareLines(strings, detail('event'), locale);
  const update = (change: Partial<typeof state>) => {
    Object.assign(state, change);
    host.requestUpdate();
  };
  const choose = (channel: ShareChannel) => {
    if (!state.consent) return;
    emit(host, 'meso-eligibility-share', detail(channel));
    if (channel === 'qr' || channel === 'event') update({done: channel});
  };
  // Until it is drawn, a box of the code's size keeps its place.
  const renderQr = (url: string | undefined) => (url ? html`<img class="share-qr" src=${url} alt=${s.qrAlt} />` : html`<div class="share-qr"></div>`);
  const status = state.consent && state.done ? fillTemplate(state.done === 'qr' ? s.qrHint : s.sent, {clinic}) : '';
  return html`<section class="share" aria-labelledby="share-heading">
    ${lit.renderHeading(level + 2, fillTemplate(s.heading, {clinic}), {id: 'share-heading', className: 'section-title'})}
    <p class="no-print">${fillTemplate(s.intro, {clinic})}</p>
    <dl class="share-summary">
      ${lines.map((line) => html`<div><dt>${line.label}</dt><dd>${line.value}</dd></div>`)}
    </dl>
    <div class="no-print">
      ${lit.renderChoice({
        type: 'checkbox',
        id: 'share-consent',
        name: 'share-consent',
        value: 'yes',
        checked: state.consent,
        label: fillTemplate(s.consent, {clinic}),
        onChange: (change: Event) => update({consent: (change.target as HTMLInputElement).checked, done: ''}),
      })}
      <p class="hint">${fillTemplate(s.withdraw, {clinic})}</p>
    </div>
    ${state.consent
      ? html`<p class="no-print">${s.choose}</p>
          <div class="actions no-print">
            ${email ? html`<a class="button" href=${shareMailto(strings, email, lines)} @click=${() => choose('email')}>${s.email}</a>` : nothing}
            ${url ? html`<a class="button" href=${shareUrlHref(url, detail('url'))} @click=${() => choose('url')}>${s.url}</a>` : nothing}
            ${qr ? html`<button type="button" class="button" @click=${() => choose('qr')}>${s.qr}</button>` : nothing}
            ${event ? html`<button type="button" class="button" @click=${() => choose('event')}>${s.event}</button>` : nothing}
          </div>`
      : nothing}
    ${state.consent && state.done === 'qr' ? renderQr(qrCode(shareText(strings, lines), state, host)) : nothing}
    <p class="share-status" role="status">${status}</p>
  </section>`;
}
