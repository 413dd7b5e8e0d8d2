/**
 * Cached Intl formatters. Creating one costs far more than using it (the render benchmark showed
 * `<meso-aftercare>` spending most of its render building formatters), so each locale and option
 * set is built once per page. An invalid locale falls back to the default locale, never throws.
 */
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>(
  kind: string,
  locale: string | undefined,
  options: object,
  make: (locale: string | undefined) => T,
): T {
  const key = `${kind}|${locale ?? ''}|${JSON.stringify(options)}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    try {
      formatter = make(locale);
    } catch {
      formatter = make(undefined);
    }
    cache.set(key, formatter);
  }
  return formatter;
}

export const dateTimeFormat = (locale: string | undefined, options: Intl.DateTimeFormatOptions) =>
  cached('dt', locale, options, (tag) => new Intl.DateTimeFormat(tag, options));

export const numberFormat = (locale: string | undefined, options: Intl.NumberFormatOptions = {}) =>
  cached('nf', locale, options, (tag) => new Intl.NumberFormat(tag, options));

export const pluralRules = (locale: string | undefined) => cached('pr', locale, {}, (tag) => new Intl.PluralRules(tag));

