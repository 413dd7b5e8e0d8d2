import {THEMES, type CheckedAttribute, type Theme} from '../types/common.js';
export const DEFAULT_THEME: Theme = 'light';
export const DEFAULT_HEADING_LEVEL = 2;

export function checkTheme(input: string | null | undefined): CheckedAttribute<Theme> {
  if (input === null || input === undefined || input === '') return {value: DEFAULT_THEME};
  const value = input.trim().toLowerCase();
  if ((THEMES as readonly string[]).includes(value)) return {value: value as Theme};
  return {value: DEFAULT_THEME, problem: `"${input}" is not one of ${THEMES.join(', ')}; using ${DEFAULT_THEME}`};
}

/** A heading level must be a whole number from 1 to 6. */
export function checkHeadingLevel(input: unknown): CheckedAttribute<number> {
  if (input === null || input === undefined || input === '') return {value: DEFAULT_HEADING_LEVEL};
  const value = typeof input === 'number' ? input : Number(String(input).trim());
  if (Number.isInteger(value) && value >= 1 && value <= 6) return {value};
  return {
    value: DEFAULT_HEADING_LEVEL,
    problem: `"${String(input)}" is not a whole number from 1 to 6; using ${DEFAULT_HEADING_LEVEL}`,
  };
}

/**
 * A booking URL is followed only when it is an absolute `http://` or `https://` address, or a path
 * on the page's own site (`/book`, `book`, `?x`), which resolves against the page. `javascript:`,
 * `data:` and other schemes, addresses of another host without their scheme (`//host`, `\\host`,
 * `/\host`), `https:host` without its `//`, and anything unparseable are refused, and the booking
 * button is not shown. The WordPress plugin refuses the same. `shown` ends the message of a refusal
 * (what is then not shown).
 */
export function checkBookingUrl(input: string | null | undefined, base: string, shown = 'no booking button is shown'): CheckedAttribute<string> {
  if (input === null || input === undefined || input.trim() === '') return {value: ''};
  // As the URL parser reads it: no leading or trailing control characters or spaces, no tabs or line breaks.
  // eslint-disable-next-line no-control-regex
  const text = input.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1].toLowerCase();
  // `//host`, `\\host`, `/\host` (another site without its scheme) and `https:host` (no `//`).
  if (/^[/\\]{2}/.test(text) || ((scheme === 'http' || scheme === 'https') && !/^https?:\/\//i.test(text))) {
    return {value: '', problem: `"${input}" is not a valid URL; ${shown}`};
  }
  let url: URL;
  try {
    url = new URL(input.trim(), base);
  } catch {
    return {value: '', problem: `"${input}" is not a valid URL; ${shown}`};
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return {value: '', problem: `only http: and https: URLs are followed, not ${url.protocol}; ${shown}`};
  }
  return {value: url.href};
}

/**
 * A phone number as given for display, and its `tel:` form (digits, `+`, and the `,`/`;` pause
 * characters). Returns an empty `href` when there are no digits.
 */
export function phoneLink(input: string | null | undefined): {text: string; href: string} {
  const text = (input ?? '').trim();
  const dialable = text.replace(/[^\d+,;]/g, '');
  return {text, href: /\d/.test(dialable) ? `tel:${dialable}` : ''};
}

/**
 * A service number a clinic sets for the urgent card (`urgent-number`): a short dialable number
 * such as 111 or 116117, optionally with a leading `+` and spaces or hyphens between digit groups.
 * Anything else (words, markup, a URL) is refused, and the card keeps its generic wording ("an
 * urgent care service near you"); nothing is guessed from the language.
 */
export function checkServiceNumber(input: string | null | undefined): CheckedAttribute<string> {
  const text = (input ?? '').trim();
  if (!text) return {value: ''};
  const digits = text.replace(/[\s-]/g, '').replace(/^\+/, '');
  if (/^\+?\d(?:[\d -]*\d)?$/.test(text) && /^\d{2,15}$/.test(digits)) return {value: text.replace(/\s+/g, ' ')};
  return {value: '', problem: `"${input}" is not a phone number such as 111 or 116117; the general wording stays`};
}

/**
 * The public emergency numbers the emergency card takes: 000 (Australia), 112 (the EU, most of
 * Europe and many other countries; many mobile networks elsewhere pass it on to the local emergency
 * number, but not all: not in mainland China, not on every Japanese network, and not from landlines
 * in Australia or the US), 15 (the SAMU, France), 18 (the fire and rescue service, France, which
 * answers medical emergencies), 911 (North America and more; like 112, it does not connect in
 * mainland China or on every Japanese network) and 999 (the UK, Ireland, Hong Kong, Malaysia and
 * more). Each is an emergency line wherever it is used (in a few countries 112, 911 and
 * 999, and 15 in Pakistan, reach the police first, who pass emergencies on) and an advice, help or information line
 * nowhere. The check does not know the page's country, so numbers that call an ambulance in one
 * country and are another service elsewhere are left off: 119 (NHS vaccinations in England, child
 * protection in France), 115, 118, 102, 103, 111 (NHS 111 in the UK) and 101. So are other countries'
 * emergency numbers (997, 998, 120…): the list holds only these six. A clinic uses one only if it is
 * the emergency number where its patients are; otherwise it leaves `emergency-number` empty, and the
 * card says "your local emergency number", which is right everywhere.
 */
export const EMERGENCY_NUMBERS: readonly string[] = ['000', '112', '15', '18', '911', '999'];

/**
 * The public emergency number a clinic sets for the emergency card (`emergency-number`): one of
 * {@link EMERGENCY_NUMBERS}. Anything else (a clinic's own line, an advice line such as 111, 811 or
 * 937, a number that is another service somewhere) is refused, and the card keeps "your local
 * emergency number". It does not know the country: a number from the list set for another country
 * is not caught.
 */
export function checkEmergencyNumber(input: string | null | undefined): CheckedAttribute<string> {
  const text = (input ?? '').trim();
  if (!text || EMERGENCY_NUMBERS.includes(text)) return {value: text};
  return {
    value: '',
    problem: `"${input}" is not a public emergency number we take (${EMERGENCY_NUMBERS.join(', ')}; use one only if it is the emergency number where your patients are): leave it empty for "your local emergency number", and put a clinic's own line in clinic-phone`,
  };
}
