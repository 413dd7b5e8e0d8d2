/**
 * The page-wide registry of translation packs. A pack module (`meso-widgets/locales/fr`, or the
 * `locales/fr.js` file the one-file bundle loads on demand) is pure data plus one
 * {@link registerLocalePack} call; it never imports an element class. Each element's
 * `LocaleTable` consults this registry, so a pack works with whichever copy of the elements the
 * page uses (npm modules, the one-file bundle, the one-element bundles, the loader's chunks):
 * the registry lives on `globalThis` under a `Symbol.for` key that every copy shares.
 */

/** The content of one locale for each element, by the element's short name. */
export interface LocalePack {
  /** The BCP 47 tag of the pack, e.g. `fr` or `pt-BR`. */
  locale: string;
  eligibility?: object;
  aftercare?: object;
  'vs-filler'?: object;
}

/** The elements' short names, the keys of a {@link LocalePack}. */
export type PackElement = Exclude<keyof LocalePack, 'locale'>;

interface Registry {
  packs: Map<string, LocalePack>;
  listeners: Set<(locale: string) => void>;
}

const KEY = Symbol.for('meso-widgets.locale-packs');

function registry(): Registry {
  const global = globalThis as typeof globalThis & {[KEY]?: Registry};
  return (global[KEY] ??= {packs: new Map(), listeners: new Set()});
}

/** Adds a pack (replacing one with the same tag) and tells every widget on the page. */
export function registerLocalePack(pack: LocalePack): void {
  const {packs, listeners} = registry();
  packs.set(pack.locale, pack);
  listeners.forEach((listener) => listener(pack.locale));
}

/** The registered pack for a tag (exact, case-insensitive), if any. */
export function localePack(locale: string): LocalePack | undefined {
  const lower = locale.toLowerCase();
  for (const [tag, pack] of registry().packs) if (tag.toLowerCase() === lower) return pack;
  return undefined;
}

/** The tags of every registered pack that has content for `element`. */
export function localePackTags(element: PackElement): string[] {
  return [...registry().packs.values()].filter((pack) => pack[element]).map((pack) => pack.locale);
}

/** Calls `listener` with the tag of each pack registered from now on. @returns a function that stops it. */
export function onLocalePack(listener: (locale: string) => void): () => void {
  const {listeners} = registry();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
