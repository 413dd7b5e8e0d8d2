/**
 * The core of server rendering, shared by `meso-widgets/ssr` and the React components' server
 * render: one element rendered with `@lit-labs/ssr`, synchronously, and the translation packs it
 * needs. Not a public entry.
 * @packageDocumentation
 */
// @lit-labs/ssr first: it installs the DOM shim the element classes need in Node.
import {render} from '@lit-labs/ssr';
import {collectResultSync} from '@lit-labs/ssr/lib/render-result.js';
import {html, unsafeStatic} from 'lit/static-html.js';
import {MesoAftercare} from '../aftercare.js';
import {MesoEligibility} from '../eligibility.js';
import {MesoVsFiller} from '../vs-filler.js';
import {loadLocalePack, packFor} from '../shared/locale-loader.js';
import {localePack} from '../shared/locale-packs.js';

/** The tags `prerender` knows, with their classes. */
export const WIDGETS = {
  'meso-eligibility': MesoEligibility,
  'meso-aftercare': MesoAftercare,
  'meso-vs-filler': MesoVsFiller,
} as const;

/** A tag `prerender` renders. */
export type WidgetTag = keyof typeof WIDGETS;

export const isWidgetTag = (tag: string): tag is WidgetTag => Object.hasOwn(WIDGETS, tag);

/** Bad input to `prerender`: the message says what and where (line and column). */
export class PrerenderError extends Error {
  override name = 'PrerenderError';
}

/** Lit's hydration markers: comments only a hydrating client reads. A clean client render does not. */
const LIT_MARKERS = /<!--(?:\/?lit-part[^>]*|lit-node \d+|\?)-->/g;

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

// The SSR renderer sets bound properties one by one; this one spreads a whole object of them.
for (const ctor of Object.values(WIDGETS)) {
  Object.defineProperty(ctor.prototype, '__mesoProps', {
    configurable: true,
    set(this: Record<string, unknown>, values: Record<string, unknown>) {
      Object.assign(this, values);
    },
  });
}

/**
 * Renders `<tag>` with `attributes` and then `properties` set, and returns its HTML: the start tag
 * (with the attributes the element reflects), a `<template shadowrootmode="open">` with its styles
 * and content, and the end tag. The language's pack must be registered (`usePack`). What the
 * element reports (one `console.warn` per refused value in a browser) is thrown as `PrerenderError`.
 */
export function renderNow(tag: WidgetTag, attributes: Record<string, string>, properties: Record<string, unknown>): string {
  const name = unsafeStatic(tag);
  const attrs = unsafeStatic(
    Object.entries(attributes)
      .map(([key, value]) => `${key}="${escapeAttribute(value)}"`)
      .join(' '),
  );
  const problems: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => problems.push(args.map(String).join(' '));
  let out: string;
  try {
    out = collectResultSync(render(html`<${name} ${attrs} .__mesoProps=${properties}></${name}>`));
  } finally {
    console.warn = warn;
  }
  if (problems.length) throw new PrerenderError(problems.join('\n'));
  // Lit's markers serve hydration, which the widgets do not need; line breaks in styles serve no one.
  return out.replace(LIT_MARKERS, '').replace(/<style>([^<]*)<\/style>/g, (_, css: string) => `<style>${css.replace(/\s*\n\s*/g, ' ').trim()}</style>`);
}

/** Packs being loaded, so that every render waiting for one waits for the same promise. */
const loading = new Map<string, Promise<void>>();

/**
 * Registers the translation pack a widget in `lang` uses: the pack file `locales/<tag>.js` of
 * this package, as the browser loads it. Returns `undefined` when nothing needs loading (English,
 * a language without a pack, a pack already registered), else a promise, the same one for every
 * caller until it settles; a pack that cannot be loaded rejects it with `PrerenderError`.
 */
export function usePack(lang: string): Promise<void> | undefined {
  const pack = packFor(lang);
  if (!pack || localePack(pack)) return undefined;
  let promise = loading.get(pack);
  if (!promise) {
    promise = loadLocalePack(pack).then(
      () => void loading.delete(pack),
      (error: unknown) => {
        loading.delete(pack);
        throw new PrerenderError(`cannot load the "${pack}" translation: ${(error as Error).message}`);
      },
    );
    loading.set(pack, promise);
  }
  return promise;
}
