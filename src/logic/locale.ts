import {dateTimeFormat, numberFormat, pluralRules} from './intl.js';
import {type PluralForms} from '../types/common.js';

/** The locale every element ships with and falls back to. */
export const DEFAULT_LOCALE = 'en';

/**
 * Portuguese regions whose written Portuguese follows the European norm (CLDR writes them as
 * children of `pt-PT`): Angola, Mozambique, Cape Verde, Guinea-Bissau, São Tomé and Príncipe,
 * Timor-Leste, Macao, and the communities in Luxembourg and Switzerland, and Equatorial Guinea.
 */
const EUROPEAN_PORTUGUESE_REGIONS = ['ao', 'mz', 'cv', 'gw', 'st', 'tl', 'mo', 'lu', 'ch', 'gq'];

/**
 * A tag with no pack of its own that uses another tag's pack. Lower case. Plain `pt` uses
 * Brazilian Portuguese (`pt-BR`), as CLDR's `pt` is Brazilian; the regions that follow European
 * Portuguese (`pt-AO`, `pt-MZ`…) use `pt-PT`. `pt-BR` and `pt-PT` match their own packs.
 */
export const LOCALE_ALIASES: Readonly<Record<string, string>> = {
  pt: 'pt-br',
  ...Object.fromEntries(EUROPEAN_PORTUGUESE_REGIONS.map((region) => [`pt-${region}`, 'pt-pt'])),
};

/**
 * Picks the best available locale for a BCP 47 tag: an exact match (case-insensitive), then
 * shorter prefixes (`pt-BR-x` → `pt-BR` → `pt`, and `fr-CA` → `fr`), where a prefix may be an
 * alias ({@link LOCALE_ALIASES}: `pt-AO` → `pt-PT`, `pt` → `pt-BR`), then {@link DEFAULT_LOCALE}.
 * An alias whose pack is not available falls through to the shorter prefix (`pt-AO` without a
 * `pt-PT` pack → `pt` → `pt-BR`).
 */
export function matchLocale(requested: string, available: readonly string[]): string {
  const byLower = new Map(available.map((tag) => [tag.toLowerCase(), tag]));
  const parts = requested.trim().replace(/_/g, '-').toLowerCase().split('-').filter(Boolean);
  for (let length = parts.length; length > 0; length--) {
    const prefix = parts.slice(0, length).join('-');
    const match = byLower.get(prefix) ?? byLower.get(LOCALE_ALIASES[prefix] ?? '');
    if (match) return match;
  }
  return byLower.get(DEFAULT_LOCALE) ?? available[0] ?? DEFAULT_LOCALE;
}

/** Replaces `{name}` placeholders with values; unknown placeholders are left as they are. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? values[name] : whole,
  );
}

/**
 * Formats an ISO `YYYY-MM-DD` date for people reading `locale`, as a calendar date (no time zone
 * shift). Returns the input unchanged when it is not a valid date.
 */
export function formatIsoDate(iso: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(match[3])) return iso;
  return dateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'}).format(date);
}

/**
 * The locale for dates and times. A page that says only `en` still shows a British visitor
 * British dates: when the browser's language has the same base language, its region is used.
 */
export function formattingLocale(requested: string, browser: string | undefined): string {
  const base = (tag: string) => tag.split(/[-_]/)[0].toLowerCase();
  // Plain `ar` takes Latin digits, as current Unicode data (CLDR 42 on) and Node, Chromium and
  // Firefox have it; an engine with older data (WebKit on Linux) would show Arabic-Indic ones, and
  // a server render must show the same digits as every browser that takes it over.
  const digits = (tag: string) => (/^ar$/i.test(tag) ? 'ar-u-nu-latn' : tag);
  const wanted = requested.trim();
  if (!wanted) return digits(browser || DEFAULT_LOCALE);
  if (browser && !/[-_]/.test(wanted) && base(browser) === base(wanted)) return digits(browser);
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([wanted]).length ? digits(wanted) : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/**
 * The form of a counted phrase for `n` in `locale` (`Intl.PluralRules`), with `{n}` filled in by
 * `Intl.NumberFormat` (in the locale's digits). A form the content leaves out uses `other`.
 */
export function pluralText(forms: PluralForms, n: number, locale: string): string {
  const form = forms[pluralRules(locale).select(n)] ?? forms.other;
  return fillTemplate(form, {n: numberFormat(locale).format(n)});
}
