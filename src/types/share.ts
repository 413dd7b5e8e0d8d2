/**
 * The hand-off of the self-check to the clinic: its channels, the summary the patient sees and
 * shares, the share event's detail, the privacy line's strings and the share screen's content.
 * Types only (and the id lists they come from).
 */
import type {Answer, GoalId, Outcome, QuestionId} from './eligibility.js';

/**
 * How a patient can hand their answers to the clinic, each offered only when the clinic sets its
 * attribute: `email` (`share-email`), `url` (`share-url`), `qr` (`share-qr`), `event` (`share-event`).
 */
export const SHARE_CHANNELS = ['email', 'url', 'qr', 'event'] as const;
export type ShareChannel = (typeof SHARE_CHANNELS)[number];

/**
 * What is shared, and only after the patient's explicit consent: the outcome, every answer to the
 * health questions asked (by question id), the goals and the day of the result.
 */
export interface ShareSummary {
  /** The outcome code: `not-recommended`, `not-now`, `ask-doctor` or `no-concerns`. */
  outcome: Outcome;
  /** The answer to each health question that was asked, by question id. */
  answers: Partial<Record<QuestionId, Answer>>;
  /** What the patient wants to improve, in the order the widget lists the goals. */
  goals: GoalId[];
  /** The day of the result in the patient's time zone, `YYYY-MM-DD` (no time of day). */
  date: string;
}

/**
 * Detail of `meso-eligibility-share`, fired only after the patient ticked the consent box and chose
 * a channel: the channel and the summary the patient saw.
 */
export interface EligibilityShareDetail extends ShareSummary {
  /** The channel the patient chose. */
  channel: ShareChannel;
}

/** One channel's button and the line that says where it takes the answers. */
export interface ShareChannelContent {
  /** The button, e.g. "Email my answers to {clinic}". */
  label: string;
  /** What happens, e.g. "Opens your own email app … to {address}. You send it." */
  note: string;
  /** Said (and announced) once the channel was used. */
  done: string;
}

/**
 * Everything the share screen says, for one locale. It ships with the share screen's own chunk,
 * fetched only where a clinic sets a share channel; override any string with `content.share`.
 * `{clinic}` is the `clinic-name`.
 */
export interface ShareContent {
  /** The button on the result that opens the share screen. */
  open: string;
  /** The share screen's heading. */
  heading: string;
  /** Why and how: the patient chooses, nothing is shared before that. */
  intro: string;
  /** Heading of the preview of exactly what would be shared. */
  previewHeading: string;
  /** Labels of the preview's rows. */
  date: string;
  outcome: string;
  /** "Your answers" heading above the health answers in the preview. */
  answers: string;
  /** The consent checkbox's label: names the clinic and the purpose. Never ticked by default. */
  consent: string;
  /** Below the consent box: how to change one's mind. */
  consentHint: string;
  /** Shown when a channel is chosen before the consent box is ticked. */
  consentError: string;
  /** Heading of the channel buttons. */
  channelsHeading: string;
  channels: Record<ShareChannel, ShareChannelContent>;
  /** After the email channel: the link to open the message again. */
  emailAgain: string;
  /** The email's subject. */
  subject: string;
  /** First line of the summary text (email and QR code). */
  title: string;
  /** "{label}: {value}", one row of the summary text, with the language's own punctuation. */
  line: string;
  /** "{question} {answer}", a health question and its answer in the summary text. */
  questionLine: string;
  /** Between items of a list in one line (the goals), e.g. "; ". */
  separator: string;
  /** Short names of the goals, for the shortest summary text (long emails are cut by mail apps). */
  goalsShort: Record<GoalId, string>;
  /** In the shortest summary text, after the answers that matter: the rest raised no concern. */
  otherAnswers: string;
  /** Before the answers as codes, when nothing shorter fits an email. */
  codes: string;
  /** The accessible name of the QR code image. */
  qrLabel: string;
  /** Below the QR code. */
  qrHint: string;
  /** Hides the share screen again. */
  close: string;
}
