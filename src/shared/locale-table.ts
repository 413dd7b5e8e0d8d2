import {mergeOverride, type DeepPartial} from './config.js';
import {DEFAULT_LOCALE, matchLocale} from './locale.js';
import {localePack, localePackTags, type PackElement} from './locale-packs.js';

/**
 * The content of one element in every locale it knows: English, the translations added with
 * {@link LocaleTable.add}, and the translation packs registered on the page
 * (`import 'meso-widgets/locales/fr'`, or loaded on demand by the one-file bundle). English is
 * complete; other locales are deep-merged over it, so a partial translation stays English where
 * it is silent. A translation added with `add` wins over a pack for the same tag.
 */
export class LocaleTable<C extends object> {
  private readonly locales = new Map<string, C>();
  private readonly fromPacks = new Map<string, {source: object; value: C}>();

  /**
   * @param fallback the complete English content.
   * @param element the element's short name, under which packs hold its content.
   */
  constructor(
    private readonly fallback: C,
    private readonly element?: PackElement,
  ) {
    this.locales.set(DEFAULT_LOCALE, fallback);
  }

  /** The locale tags this table has content for. */
  get tags(): string[] {
    const own = [...this.locales.keys()];
    const packs = this.element ? localePackTags(this.element) : [];
    return [...own, ...packs.filter((tag) => !own.includes(tag))];
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

  /** Whether this table has content for exactly this tag (added or from a registered pack). */
  has(tag: string): boolean {
    return this.locales.has(tag) || !!(this.element && localePack(tag)?.[this.element]);
  }

  /** The best locale for a requested tag (see {@link matchLocale}). */
  match(requested: string): string {
    return matchLocale(requested, this.tags);
  }

  /** The content of a locale tag returned by {@link match}, or English. */
  get(tag: string): C {
    const own = this.locales.get(tag);
    if (own) return own;
    const source = this.element ? localePack(tag)?.[this.element] : undefined;
    if (!source) return this.fallback;
    // Merged once per pack object (a pack registered again is merged again).
    let cached = this.fromPacks.get(tag);
    if (cached?.source !== source) {
      const {value, errors} = mergeOverride(this.fallback, source as DeepPartial<C>, `locale(${tag})`);
      for (const error of errors) console.warn(`meso-widgets: ${error.path}: ${error.message}`);
      cached = {source, value};
      this.fromPacks.set(tag, cached);
    }
    return cached.value;
  }
}
