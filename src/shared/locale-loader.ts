import {matchLocale} from '../logic/locale.js';
import {localePack} from './locale-packs.js';

/** The locales that ship a pack file, `locales/<tag>.js`, next to the bundle. */
export const PACK_LOCALES: readonly string[] = ['ar', 'de', 'es', 'fa', 'fr', 'it', 'pl', 'pt-BR', 'pt-PT', 'ru', 'tr'];

/**
 * Where the pack files are, relative to this module. The build rewrites this literal in each
 * output file to the path from that file to `locales/` (`./locales/` for `dist/meso-widgets.js`).
 */
const PACKS_DIR = '../locales/';

/** The shipped pack for a requested language tag (`fr-CA` → `fr`, `pt` → `pt-BR`, `pt-AO` → `pt-PT`), or `''` for English or a language without one. */
export function packFor(requested: string): string {
  const tag = matchLocale(requested, ['en', ...PACK_LOCALES]);
  return tag === 'en' ? '' : tag;
}

/** The URL of a pack file, resolved from the URL of the code that loads it (the bundle's own). */
export function packUrl(locale: string, base: string = import.meta.url): string {
  return new URL(`${PACKS_DIR}${locale}.js`, base).href;
}

const loads = new Map<string, Promise<void>>();

/**
 * Loads a shipped pack once per page: a module import of {@link packUrl}, which needs no
 * `unsafe-*` CSP source and no Trusted Types policy. Resolves once the pack has registered;
 * rejects (and stays rejected, so a page is told once, not on every render) when it fails.
 */
export function loadLocalePack(locale: string, base?: string): Promise<void> {
  const url = packUrl(locale, base);
  let load = loads.get(url);
  if (!load) {
    load = import(/* @vite-ignore */ url).then(() => {
      if (!localePack(locale)) throw new Error(`no "${locale}" pack in ${url}`);
    });
    loads.set(url, load);
  }
  return load;
}
