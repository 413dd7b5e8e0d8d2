/** The hand-off of the self-check to the clinic, as pure functions: what the `logic` entry exports. */
export {decodeShareFragment, encodeShareFragment, FRAGMENT_KEY, FRAGMENT_VERSION, isIsoDate, localDay, shareUrl} from './fragment.js';
export {fitMailto, isEmailAddress, MAILTO_MAX_LENGTH, mailtoHref} from './mailto.js';
export {clearAnswer, QR_MAX_BYTES, qrText, shareSummary, summaryInWords, summaryTexts} from './summary.js';
export type {AnswerInWords, SummaryContent, SummaryInWords, SummaryWords} from './summary.js';
export {SHARE_CHANNELS, type EligibilityShareDetail, type ShareChannel, type ShareContent, type ShareSummary} from '../../types/share.js';
