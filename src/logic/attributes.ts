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
 * A booking URL is followed only when it resolves to `http:` or `https:`; `javascript:`, `data:`
 * and anything unparseable are refused, and the booking button is not shown.
 */
export function checkBookingUrl(input: string | null | undefined, base: string): CheckedAttribute<string> {
  if (input === null || input === undefined || input.trim() === '') return {value: ''};
  let url: URL;
  try {
    url = new URL(input.trim(), base);
  } catch {
    return {value: '', problem: `"${input}" is not a valid URL; no booking button is shown`};
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return {value: '', problem: `only http: and https: URLs are followed, not ${url.protocol}; no booking button is shown`};
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
