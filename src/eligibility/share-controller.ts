import {html, nothing, type PropertyValues, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {checkPageUrl} from '../shared/page-url.js';
import {checkShareEmail} from '../logic/eligibility/share.js';
import {renderChoice, renderHeading} from '../shared/pieces.js';
import type {ConfigErrorDetail} from '../types/common.js';
import type {EligibilityContent} from '../types/eligibility.js';
import type {ShareContext, ShareSource, SharePart, ShareState} from './share/share-view.js';

/** The share settings as the element holds them (its attributes). */
export interface ShareSettings {
  clinicName: string;
  shareEmail: string;
  shareUrl: string;
  shareQr: boolean;
  shareEvent: boolean;
}

/**
 * "Share my answers with the clinic": the clinic's channels (checked), the patient's consent, and
 * the share part (`share/share-part.ts`, with the QR encoder), which is fetched only when a channel
 * is set and a result shows. Nothing is shared and no `meso-eligibility-share` fires before the
 * patient ticks consent and chooses a channel; Start again (`withdraw()`) takes the consent back.
 */
export class ShareController implements ReactiveController {
  /** The channels, consent and the last channel that said something; the share part reads and sets it. */
  readonly state: ShareState = {channels: {email: '', url: '', qr: false, event: false}, consent: false, done: ''};
  private part: SharePart | null | 'failed' = null;
  /** The share part while it loads: `updateComplete` waits for it, so the part is on screen when it settles. */
  pending: Promise<void> | null = null;
  private readonly shareHost: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.shareHost = host;
    host.addController(this);
  }

  /** Whether `clinic-name` is set: the consent must name who receives the answers. */
  private named = false;

  /** Whether the clinic offers any channel (and names itself, so the consent can name it). */
  get offered(): boolean {
    const {email, url, qr, event} = this.state.channels;
    return this.named && !!(email || url || qr || event);
  }

  /** Checks the changed share attributes; a refused one is reported through `refuse` and not offered. */
  settle(changed: PropertyValues, settings: ShareSettings, refuse: (error: ConfigErrorDetail) => void): void {
    const channels = this.state.channels;
    if (changed.has('shareEmail')) {
      channels.email = checkShareEmail(settings.shareEmail);
      if (settings.shareEmail?.trim() && !channels.email)
        refuse({path: 'share-email', message: `"${settings.shareEmail}" is not one plain e-mail address; the mail channel is not offered`});
    }
    if (changed.has('shareUrl')) {
      const checked = checkPageUrl(settings.shareUrl, 'the clinic-page channel is not offered');
      // Health answers travel only encrypted: https, or http to this machine while developing.
      const plain = checked.value && /^http:/.test(checked.value) && !/^http:\/\/(localhost|127\.0\.0\.1|\[::1\])[:/]/.test(checked.value);
      const problem = checked.problem ?? (plain ? `"${settings.shareUrl}" is not https:; health answers are sent only encrypted, so the clinic-page channel is not offered` : undefined);
      if (problem) refuse({path: 'share-url', message: problem});
      channels.url = plain ? '' : checked.value;
    }
    channels.qr = !!settings.shareQr;
    channels.event = !!settings.shareEvent;
    if (['shareEmail', 'shareUrl', 'shareQr', 'shareEvent', 'clinicName'].some((name) => changed.has(name))) {
      this.named = !!settings.clinicName?.trim();
      const {email, url, qr, event} = channels;
      if (!this.named && (email || url || qr || event))
        refuse({path: 'clinic-name', message: 'a share channel needs clinic-name, so that the consent names who receives the answers; sharing is not offered'});
    }
  }

  hostConnected(): void {}

  /** Takes consent back and forgets what was shared (Start again). */
  withdraw(): void {
    this.state.consent = false;
    this.state.done = '';
  }

  /**
   * The share part of the result: nothing when no channel is offered; while the part loads, nothing
   * (it comes after the result's own content, so nothing moves above where the patient reads).
   */
  render(source: ShareSource, strings: EligibilityContent, level: number, locale: string, clinicName: string): TemplateResult | typeof nothing {
    if (!this.offered || !source.result) return nothing;
    if (this.part === 'failed') return html`<p class="share-unavailable">${strings.share.unavailable}</p>`;
    if (!this.part) {
      this.load();
      return nothing;
    }
    const lit: ShareContext['lit'] = {html, nothing, renderHeading, renderChoice};
    return this.part.renderShare({lit, state: this.state, host: this.shareHost, source, strings, level, locale, clinicName});
  }

  private load(): void {
    this.pending ??= import('./share/share-part.js').then(
      (part) => {
        this.part = part;
        this.shareHost.requestUpdate();
      },
      (error: unknown) => {
        console.warn(`<meso-eligibility>: the share part could not be loaded (${String(error)}); the result shows without it`);
        this.part = 'failed';
        this.shareHost.requestUpdate();
      },
    );
  }
}
