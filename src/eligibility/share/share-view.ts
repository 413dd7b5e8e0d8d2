import type {html, nothing, ReactiveControllerHost, TemplateResult} from 'lit';
import type {renderChoice, renderHeading} from '../../shared/pieces.js';
import type {EligibilityAnswers, EligibilityContent, EligibilityResult, QuestionId, ShareChannel} from '../../types/eligibility.js';

/** The clinic's channels in use: an empty string or `false` is a channel not offered. */
export interface ShareChannels {
  /** The checked address of `share-email`. */
  email: string;
  /** The checked URL of `share-url`. */
  url: string;
  qr: boolean;
  event: boolean;
}

/** What the element keeps of sharing (the share part reads and sets it): the channels, consent, and the last channel that said something. */
export interface ShareState {
  channels: ShareChannels;
  /** Whether the patient ticked consent. Start again takes it back. */
  consent: boolean;
  /** The last channel that says something once chosen (`qr`, `event`), or `''`. */
  done: ShareChannel | '';
  /** The QR code being drawn (after the tap's paint); `updateComplete` waits for it. */
  drawing?: Promise<void>;
}

/** The self-check at its result, as the share part reads it. */
export interface ShareSource {
  readonly result: EligibilityResult | null;
  readonly questions: readonly QuestionId[];
  readonly goals: EligibilityAnswers['goals'];
  readonly health: EligibilityAnswers['health'];
}

/** What the element hands the share part: its Lit and pieces (the part has none of its own), its state, and the self-check. */
export interface ShareContext {
  readonly lit: {
    html: typeof html;
    nothing: typeof nothing;
    renderHeading: typeof renderHeading;
    renderChoice: typeof renderChoice;
  };
  readonly state: ShareState;
  /** The element: the share event fires from it, and it updates after a change. */
  readonly host: ReactiveControllerHost & HTMLElement;
  readonly source: ShareSource;
  readonly strings: EligibilityContent;
  /** The level of the widget's top heading. */
  readonly level: number;
  /** The locale dates are written in. */
  readonly locale: string;
  /** `clinic-name`, as set. */
  readonly clinicName: string;
}

/** The share part's module (`share-part.ts`), fetched only where a channel is set. */
export interface SharePart {
  renderShare(context: ShareContext): TemplateResult;
}
