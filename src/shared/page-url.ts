import {checkBookingUrl} from '../logic/attributes.js';

/**
 * Checks a link a clinic gives (booking, consultation, self-check or share page) against the page's
 * own address (see `checkBookingUrl`). On a server (SSR), where there is no page, against a
 * placeholder base. `shown` ends the message of a refusal.
 */
export const checkPageUrl = (value: string | null | undefined, shown?: string) =>
  checkBookingUrl(value, globalThis.document?.baseURI ?? 'http://localhost/', shown);
