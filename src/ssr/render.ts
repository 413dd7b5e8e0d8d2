/**
 * The core of server rendering, shared by `meso-widgets/ssr` (`renderWidget`, `prerender`) and the
 * React components' server render: the widgets' classes, the allow-list of what a widget takes
 * (its documented attributes, as text, and its configuration keys), one element rendered with
 * `@lit-labs/ssr` synchronously and tidied by parse5, and the translation packs it needs. Every
 * path to the renderer goes through `checkWidgetInput`, so each refuses the same input. Not a
 * public entry.
 * @packageDocumentation
 */
// @lit-labs/ssr first: it installs the DOM shim the element classes need in Node.
import {render} from '@lit-labs/ssr';
import {collectResultSync} from '@lit-labs/ssr/lib/render-result.js';
import {html, unsafeStatic} from 'lit/static-html.js';
import {MesoAftercare} from '../aftercare.js';
import {MesoEligibility} from '../eligibility.js';
import {MesoVsFiller} from '../vs-filler.js';
import {isPlainObject} from '../logic/config.js';
import {loadLocalePack, packFor} from '../shared/locale-loader.js';
import {localePack} from '../shared/locale-packs.js';
import {escapeAttribute} from './html-tree.js';
import {describe, PrerenderError} from './options.js';
import {relativeUrls, tidyRendered} from './rendered.js';

/** The tags `prerender` knows, with their classes. */
export const WIDGETS = {
  'meso-eligibility': MesoEligibility,
  'meso-aftercare': MesoAftercare,
  'meso-vs-filler': MesoVsFiller,
} as const;

/** A tag `prerender` renders. */
export type WidgetTag = keyof typeof WIDGETS;

export const isWidgetTag = (tag: unknown): tag is WidgetTag => typeof tag === 'string' && Object.hasOwn(WIDGETS, tag);

const unknownTag = (tag: unknown) => new PrerenderError(`unknown element <${String(tag)}> (known: ${Object.keys(WIDGETS).join(', ')})`);

/**
 * The documented attributes of a widget, as `custom-elements.json` lists them: every reactive
 * property of the element class that has an attribute. `renderWidget` takes only these.
 */
export function widgetAttributes(tag: WidgetTag): readonly string[] {
  if (!isWidgetTag(tag)) throw unknownTag(tag);
  // Lit's `observedAttributes` finalizes the class and lists the attribute of each reactive property.
  return (WIDGETS[tag] as unknown as {observedAttributes: string[]}).observedAttributes;
}

/**
 * The allow-list every server render passes: a known tag; `attributes` an object of the element's
 * documented attributes only, each with a string value; `config` an object of its configuration
 * keys only (`content`, `rules`, `durations`; their values are checked by the element). Throws
 * `PrerenderError` saying what is wrong.
 */
export function checkWidgetInput(tag: unknown, attributes: unknown, config: unknown): asserts tag is WidgetTag {
  if (!isWidgetTag(tag)) throw unknownTag(tag);
  if (!isPlainObject(attributes)) throw new PrerenderError(`<${tag}>: expected the attributes as an object, not ${describe(attributes)}`);
  if (!isPlainObject(config)) throw new PrerenderError(`<${tag}>: expected the configuration as an object, not ${describe(config)}`);
  const documented = widgetAttributes(tag);
  const names = Object.keys(attributes);
  const undocumented = names.filter((name) => !documented.includes(name));
  if (undocumented.length) {
    throw new PrerenderError(
      `<${tag}> has no attribute ${undocumented.map((name) => JSON.stringify(name)).join(', ')} (documented: ${documented.join(', ')})`,
    );
  }
  const notText = names.filter((name) => typeof attributes[name] !== 'string');
  if (notText.length) {
    throw new PrerenderError(`<${tag}>: the value of ${notText.map((name) => `"${name}" is ${describe(attributes[name])}`).join(', ')}; expected a string`);
  }
  const keys = WIDGETS[tag].configKeys;
  const unknown = Object.keys(config).filter((key) => !keys.includes(key));
  if (unknown.length) throw new PrerenderError(`<${tag}> takes no ${unknown.map((key) => `"${key}"`).join(', ')} (known: ${keys.join(', ')})`);
}

// The SSR renderer sets bound properties one by one; this one spreads a whole object of them.
for (const ctor of Object.values(WIDGETS)) {
  Object.defineProperty(ctor.prototype, '__mesoProps', {
    configurable: true,
    set(this: Record<string, unknown> & Element, values: Record<string, unknown>) {
      const {__mesoDir: dir, ...rest} = values;
      // The element's own `dir` is an attribute the element reads (its direction wins over the language's).
      if (typeof dir === 'string') this.setAttribute('dir', dir);
      Object.assign(this, rest);
    },
  });
}

/**
 * Renders `<tag>` with `attributes` (checked by `checkWidgetInput`) and then `properties` set, and
 * returns its HTML, tidied (`tidyRendered`): the start tag (with the attributes the element
 * reflects), a `<template shadowrootmode="open">` with its styles and content, and the end tag. The
 * language's pack must be registered (`usePack`). What the element reports (one `console.warn` per
 * refused value in a browser), and any error of the renderer, is thrown as `PrerenderError`.
 */
export function renderChecked(tag: WidgetTag, attributes: Record<string, string>, properties: Record<string, unknown>): string {
  const name = unsafeStatic(tag);
  // Only documented names (checked by `checkWidgetInput`) reach the markup; values are escaped.
  const attrs = unsafeStatic(
    Object.keys(attributes)
      .map((key) => `${key}="${escapeAttribute(attributes[key])}"`)
      .join(' '),
  );
  const problems: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => problems.push(args.map(String).join(' '));
  let out: string;
  try {
    out = collectResultSync(render(html`<${name} ${attrs} .__mesoProps=${properties}></${name}>`));
  } catch (error) {
    throw new PrerenderError(`<${tag}> could not be rendered: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    console.warn = warn;
  }
  if (problems.length) throw new PrerenderError(problems.join('\n'));
  return tidyRendered(out, relativeUrls(attributes));
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
