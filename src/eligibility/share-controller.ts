import {html, nothing, type PropertyValues, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {checkBookingUrl} from '../logic/attributes.js';
import {fillTemplate} from '../logic/locale.js';
import {localDay, shareDetail, shareLines, shareMailto, shareText, shareUrlHref, checkShareEmail} from '../logic/eligibility/share.js';
import {emit} from '../shared/events.js';
import {renderChoice, renderHeading} from '../shared/pieces.js';
import type {ConfigErrorDetail} from '../types/common.js';
import type {EligibilityAnswers, EligibilityContent, EligibilityResult, QuestionId, ShareChannel} from '../types/eligibility.js';
import type {ShareChannels, SharePart, ShareView} from './share/share-view.js';

/** The share settings as the element holds them (its attributes). */
export interface ShareSettings {
  shareEmail: string;
  shareUrl: string;
  shareQr: boolean;
  shareEvent: boolean;
  clinicName: string;
}

/** What the share part needs of the self-check at the result. */
export interface ShareSource {
  readonly result: EligibilityResult | null;
  readonly questions: readonly QuestionId[];
  readonly goals: EligibilityAnswers['goals'];
  readonly health: EligibilityAnswers['health'];
}

/**
 * "Share my answers with the clinic": the clinic's channels (checked), the patient's consent, and
 * the share part (`share/share-part.ts`, with the QR encoder), which is fetched only when a channel
 * is set. Nothing is shared and no `meso-eligibility-share` fires before the patient ticks consent
 * and chooses a channel; Start again (`withdraw()`) takes the consent back.
 */
export class ShareController implements ReactiveController {
  /** The clinic's channels in use: an empty string or `false` is a channel not offered. */
  channels: ShareChannels = {email: '', url: '', qr: false, event: false};
  consent = false;
  /** What the last chosen channel said (the QR code shown, the answers passed on), announced once. */
  done: ShareChannel | '' = '';
  private part: SharePart | null | 'failed' = null;
  private loading = false;
  private readonly shareHost: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.shareHost = host;
    host.addController(this);
  }

  /** Whether the clinic offers any channel. */
  get offered(): boolean {
    const {email, url, qr, event} = this.channels;
    return !!(email || url || qr || event);
  }

  /** Checks the changed share attributes; a refused one is reported through `refuse` and not offered. */
  settle(changed: PropertyValues, settings: ShareSettings, refuse: (error: ConfigErrorDetail) => void): void {
    if (changed.has('shareEmail')) {
      const email = checkShareEmail(settings.shareEmail);
      if (settings.shareEmail?.trim() && !email) refuse({path: 'share-email', message: `"${settings.shareEmail}" is not one plain e-mail address; the mail channel is not offered`});
      this.channels.email = email;
    }
    if (changed.has('shareUrl')) {
      const checked = checkBookingUrl(settings.shareUrl, globalThis.document?.baseURI ?? 'http://localhost/', 'the clinic-page channel is not offered');
      if (checked.problem) refuse({path: 'share-url', message: checked.problem});
      this.channels.url = checked.value;
    }
    this.channels.qr = !!settings.shareQr;
    this.channels.event = !!settings.shareEvent;
  }

  hostConnected(): void {}

  /** Takes consent back and forgets what was shared (Start again). */
  withdraw(): void {
    this.consent = false;
    this.done = '';
    this.shareHost.requestUpdate();
  }

  /**
   * The share part of the result: nothing when no channel is offered; while the part loads, nothing
   * (it follows the result's own content, so nothing moves above the patient's reading point).
   */
  render(source: ShareSource, strings: EligibilityContent, level: number, locale: string, clinicName: string): TemplateResult | typeof nothing {
    if (!this.offered || !source.result) return nothing;
    if (this.part === 'failed') return html`<p class="share-unavailable">${strings.share.unavailable}</p>`;
    if (!this.part) {
      this.load();
      return nothing;
    }
    const result = source.result;
    const answers = {goals: source.goals, health: source.health};
    const detail = (channel: ShareChannel) => shareDetail(channel, result, answers, source.questions, localDay(new Date()));
    const lines = shareLines(strings, detail('event'), locale);
    const clinic = clinicName.trim() || strings.share.theClinic;
    const view: ShareView = {
      strings,
      heading: renderHeading(level + 2, fillTemplate(strings.share.heading, {clinic}), {id: 'share-heading', className: 'section-title'}),
      consentBox: renderChoice({
        type: 'checkbox',
        id: 'share-consent',
        name: 'share-consent',
        value: 'yes',
        checked: this.consent,
        label: fillTemplate(strings.share.consent, {clinic}),
        onChange: (event: Event) => {
          this.consent = (event.target as HTMLInputElement).checked;
          if (!this.consent) this.done = '';
          this.shareHost.requestUpdate();
        },
      }),
      lines,
      text: shareText(strings, lines),
      channels: this.channels,
      consent: this.consent,
      done: this.done,
      mailto: this.channels.email ? shareMailto(strings, this.channels.email, lines) : '',
      href: this.channels.url ? shareUrlHref(this.channels.url, detail('url')) : '',
      choose: (channel: ShareChannel) => {
        // Only after consent: without it the channels are not even drawn.
        if (!this.consent) return;
        emit(this.shareHost, 'meso-eligibility-share', detail(channel));
        if (channel === 'qr' || channel === 'event') {
          this.done = channel;
          this.shareHost.requestUpdate();
        }
      },
    };
    return this.part.renderShare({html, nothing}, view);
  }

  private load(): void {
    if (this.loading) return;
    this.loading = true;
    import('./share/share-part.js').then(
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
