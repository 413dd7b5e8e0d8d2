import {mergeOverride, type DeepPartial} from './config.js';
import {DEFAULT_LOCALE, matchLocale} from './locale.js';

/**
 * The content of one element in every locale it knows. English is complete; other locales are
 * deep-merged over it, so a translation may leave strings out and they stay English.
 */
export class LocaleTable<C extends object> {
  private readonly locales = new Map<string, C>();

  constructor(private readonly fallback: C) {
    this.locales.set(DEFAULT_LOCALE, fallback);
  }

  /** The locale tags this table has content for. */
  get tags(): string[] {
    return [...this.locales.keys()];
  }

  /**
   * Adds or replaces a translation. Unknown keys and wrong types are warned about and left out.
   * @returns the problems found, empty when the translation was taken whole.
   */
  add(lang: string, content: DeepPartial<C>): {path: string; message: string}[] {
    const {value, errors} = mergeOverride(this.fallback, content, `locale(${lang})`);
    for (const error of errors) console.warn(`meso-widgets: ${error.path}: ${error.message}`);
    this.locales.set(lang, value);
    return errors;
  }

  /** The best locale for a requested tag (see {@link matchLocale}). */
  match(requested: string): string {
    return matchLocale(requested, this.tags);
  }

  /** The content of a locale tag returned by {@link match}, or English. */
  get(tag: string): C {
    return this.locales.get(tag) ?? this.fallback;
  }
}
