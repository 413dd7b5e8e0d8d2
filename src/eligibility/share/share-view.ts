import type {html, nothing, TemplateResult} from 'lit';
import type {ShareLine} from '../../logic/eligibility/share.js';
import type {EligibilityContent, ShareChannel} from '../../types/eligibility.js';

/** The clinic's channels in use: an empty string or `false` is a channel not offered. */
export interface ShareChannels {
  /** The checked address of `share-email`. */
  email: string;
  /** The checked URL of `share-url`. */
  url: string;
  qr: boolean;
  event: boolean;
}

/** What the share part draws from: the summary, the channels, consent, and what to do on a choice. */
export interface ShareView {
  readonly strings: EligibilityContent;
  /** The part's heading, at the level of the result's other sections. */
  readonly heading: TemplateResult;
  /** The consent checkbox (unticked until the patient ticks it), with its label. */
  readonly consentBox: TemplateResult;
  /** The summary, line by line, exactly as every channel carries it. */
  readonly lines: readonly ShareLine[];
  /** The summary as text: what the QR code holds. */
  readonly text: string;
  readonly channels: ShareChannels;
  /** Whether the patient ticked consent. */
  readonly consent: boolean;
  /** The last channel that says something once chosen (`qr`, `event`), or `''`. */
  readonly done: ShareChannel | '';
  /** The mail channel's `mailto:` link, or `''`. */
  readonly mailto: string;
  /** The clinic-page channel's link, or `''`. */
  readonly href: string;
  /** A channel was chosen: fires `meso-eligibility-share` (only after consent). */
  choose(channel: ShareChannel): void;
}

/** Lit's template tag and `nothing`, passed in by the element: the part has no Lit of its own. */
export interface LitParts {
  html: typeof html;
  nothing: typeof nothing;
}

/** The share part's module (`share-part.ts`), fetched only where a channel is set. */
export interface SharePart {
  renderShare(lit: LitParts, view: ShareView): TemplateResult;
}
