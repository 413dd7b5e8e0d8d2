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
 * The digits each language and region writes numbers in, chosen once here so that every engine
 * (whatever the age of its Unicode data), the calendar file and a server render agree: Arabic in
 * the Maghreb, the Emirates and with no region uses Western digits, every other Arabic region
 * Arabic-Indic ones (`arab`), and Persian its own (`arabext`), as Unicode's CLDR 48 has them.
 * A tag that names its digits (`ar-EG-u-nu-latn`) keeps them. Other languages: `''` (their
 * locale's default, always Western for the languages that ship).
 */
export function numberingSystem(tag: string): string {
  const parts = tag.trim().replace(/_/g, '-').toLowerCase().split('-');
  const named = /-u(?:-[a-z0-9]{2,8})*?-nu-(latn|arab|arabext)(?:-|$)/.exec(parts.join('-'));
  if (named) return named[1];
  if (parts[0] === 'fa') return 'arabext';
  if (parts[0] !== 'ar') return '';
  const region = parts.slice(1).find((part) => /^[a-z]{2}$/.test(part)) ?? '';
  return ['', 'ae', 'dz', 'eh', 'ly', 'ma', 'tn'].includes(region) ? 'latn' : 'arab';
}

/** Writes the Western digits of `text` in `system`'s digits (`arab`: ٠–٩, `arabext`: ۰–۹). */
export function localDigits(text: string, system: string): string {
  const zero = system === 'arab' ? 0x660 : system === 'arabext' ? 0x6f0 : 0;
  return zero ? text.replace(/[0-9]/g, (digit) => String.fromCharCode(zero + Number(digit))) : text;
}

/**
 * A copy of a content object with every text's digits in `system` (see {@link localDigits}),
 * except the dates that are data (`updated`, `translatedFrom`, `reviewed`). The same object when
 * the system is Western.
 */
export function contentDigits<T>(content: T, system: string): T {
  if (system !== 'arab' && system !== 'arabext') return content;
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return localDigits(value, system);
    if (Array.isArray(value)) return value.map(walk);
    if (!value || typeof value !== 'object') return value;
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      copy[key] = key === 'updated' || key === 'translatedFrom' || key === 'reviewed' ? item : walk(item);
    }
    return copy;
  };
  return walk(content) as T;
}

/** The language of a BCP 47 tag, in lower case: `pt` for `pt-BR`, `ar` for `AR_eg`. */
export const baseLanguage = (tag: string): string => tag.trim().split(/[-_]/)[0].toLowerCase();

/** Languages written right to left (of those a widget may be asked for). */
const RTL = ['ar', 'fa', 'he', 'iw', 'ur', 'ps', 'yi', 'dv', 'ckb', 'ug', 'sd'];

/** `rtl` for a language written right to left (`ar`, `fa-IR`…), else `ltr`. */
export function textDirection(tag: string): 'rtl' | 'ltr' {
  return RTL.includes(baseLanguage(tag)) ? 'rtl' : 'ltr';
}

/**
 * The locale for dates and times. A page that says only `en` still shows a British visitor
 * British dates: when the browser's language has the same base language, its region is used.
 * The digits follow the page's (or widget's) own tag, never the browser's region, so a server
 * render and every browser show the same digits ({@link numberingSystem}).
 */
export function formattingLocale(requested: string, browser: string | undefined): string {
  const wanted = requested.trim();
  const system = numberingSystem(wanted || browser || '');
  const digits = (tag: string) => (system && !/-u-/i.test(tag) ? `${tag}-u-nu-${system}` : tag);
  if (!wanted) return digits(browser || DEFAULT_LOCALE);
  if (browser && !/[-_]/.test(wanted) && baseLanguage(browser) === baseLanguage(wanted)) return digits(browser);
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
