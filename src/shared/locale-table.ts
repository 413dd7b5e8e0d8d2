import {mergeOverride} from '../logic/config.js';
import {DEFAULT_LOCALE, matchLocale} from '../logic/locale.js';
import {localePack, localePackTags, type PackElement} from './locale-packs.js';
import {type DeepPartial} from '../types/common.js';

/**
 * The content of one element in every locale it knows: English, the translation packs registered
 * on the page (`import 'meso-widgets/locales/fr'`, or loaded on demand by the one-file bundle),
 * and the translations or changes added with {@link LocaleTable.add}. English is complete; a pack
 * is merged over English, and what `add` gives is merged over the pack (or over English when the
 * tag has no pack). So `MesoAftercare.locales.add('fr', {reviewed: {date, by, next}})` records a
 * clinic's review of the French text without touching the English.
 */
export class LocaleTable<C extends object> {
  private readonly added = new Map<string, DeepPartial<C>>();
  private readonly merged = new Map<string, {source: object | undefined; value: C}>();

  /**
   * @param fallback the complete English content.
   * @param element the element's short name, under which packs hold its content.
   */
  constructor(
    private readonly fallback: C,
    private readonly element?: PackElement,
  ) {}

  /** The locale tags this table has content for. */
  get tags(): string[] {
    const tags = [DEFAULT_LOCALE, ...this.added.keys()];
    const packs = this.element ? localePackTags(this.element) : [];
    return [...tags, ...packs.filter((tag) => !tags.includes(tag))];
  }

  /**
   * Adds a translation, or changes to one (merged over the locale's pack when there is one).
   * Unknown keys and wrong types are warned about and left out.
   * @returns the problems found, empty when the translation was taken whole.
   */
  add(lang: string, content: DeepPartial<C>): {path: string; message: string}[] {
    const {errors} = mergeOverride(this.base(lang), content, `locale(${lang})`);
    for (const error of errors) console.warn(`meso-widgets: ${error.path}: ${error.message}`);
    this.added.set(lang, content);
    this.merged.delete(lang);
    return errors;
  }

  /** Whether this table has content for exactly this tag (added or from a registered pack). */
  has(tag: string): boolean {
    return tag === DEFAULT_LOCALE || this.added.has(tag) || !!this.packContent(tag);
  }

  /** The best locale for a requested tag (see {@link matchLocale}). */
  match(requested: string): string {
    return matchLocale(requested, this.tags);
  }

  /** The content of a locale tag returned by {@link match}, or English. */
  get(tag: string): C {
    if (!this.has(tag)) return this.fallback;
    const source = this.packContent(tag);
    let cached = this.merged.get(tag);
    // Merged again only when a pack for the tag is registered (again) or `add` changed it.
    if (!cached || cached.source !== source) {
      const added = this.added.get(tag);
      cached = {source, value: added ? mergeOverride(this.base(tag), added, `locale(${tag})`).value : this.base(tag)};
      this.merged.set(tag, cached);
    }
    return cached.value;
  }

  private packContent(tag: string): object | undefined {
    return this.element ? localePack(tag)?.[this.element] : undefined;
  }

  /** English, with the tag's pack merged over it when there is one; pack problems are warned about. */
  private base(tag: string): C {
    const source = tag === DEFAULT_LOCALE ? undefined : this.packContent(tag);
    if (!source) return this.fallback;
    const {value, errors} = mergeOverride(this.fallback, source as DeepPartial<C>, `locale(${tag})`);
    for (const error of errors) console.warn(`meso-widgets: ${error.path}: ${error.message}`);
    return value;
  }
}
