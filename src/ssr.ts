/**
 * Server rendering for Node: `renderWidget()` renders one element with `@lit-labs/ssr`, and
 * `prerender()` fills every `meso-*` element of an HTML page with a declarative shadow root, so
 * the widgets' content shows before (and without) any script. When the page's script defines the
 * element, it replaces the static copy with a live one in place. Import it as `meso-widgets/ssr`;
 * `npx meso-widgets prerender page.html` runs `prerender` from a shell.
 * @packageDocumentation
 */
// @lit-labs/ssr first: it installs the DOM shim the element classes need in Node.
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html, unsafeStatic} from 'lit/static-html.js';
import {parse, parseFragment, type DefaultTreeAdapterMap} from 'parse5';
import {MesoAftercare} from './aftercare.js';
import {MesoEligibility} from './eligibility.js';
import {MesoVsFiller} from './vs-filler.js';
import {isJsonBlockType, parseConfigBlock} from './logic/config.js';
import {loadLocalePack, packFor} from './shared/locale-loader.js';
import {localePack} from './shared/locale-packs.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type Template = DefaultTreeAdapterMap['template'];

/** The children of an element; a `<template>`'s are in its content. */
const childrenOf = (node: Node): Node[] =>
  'tagName' in node && node.tagName === 'template' ? (node as Template).content.childNodes : 'childNodes' in node ? node.childNodes : [];

/** The tags `prerender` knows, with their classes. */
export const WIDGETS = {
  'meso-eligibility': MesoEligibility,
  'meso-aftercare': MesoAftercare,
  'meso-vs-filler': MesoVsFiller,
} as const;

/** A tag `prerender` renders. */
export type WidgetTag = keyof typeof WIDGETS;

/** Options of `prerender` and `renderWidget`. */
export interface PrerenderOptions {
  /**
   * The time `<meso-aftercare>` treats as now (ISO 8601), for a personal timeline. Without it the
   * server never reads its own clock: an aftercare element with `treated-at` and no `now`
   * attribute is prerendered with its form, and the browser draws the timeline.
   */
  now?: string;
}

/** Bad input to `prerender`: the message says what and where (line and column). */
export class PrerenderError extends Error {
  override name = 'PrerenderError';
}

/** Lit's hydration markers: comments only a hydrating client reads. A clean client render does not. */
const LIT_MARKERS = /<!--(?:\/?lit-part[^>]*|lit-node \d+|\?)-->/g;

const isWidgetTag = (tag: string): tag is WidgetTag => Object.hasOwn(WIDGETS, tag);

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** An attribute value as Lit's server renderer escapes it (`&`, `<`, `>`, `"`, `'`), read back. */
const unescapeAttribute = (value: string) =>
  value.replace(/&(amp|lt|gt|quot|#39);/g, (_, entity: string) => ({amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'"})[entity]!);

/**
 * Renders one element on the server and returns its HTML: the start tag (with the attributes the
 * element reflects), a `<template shadowrootmode="open">` with its styles and content, and the end
 * tag. `config` holds the values of a JSON block (`content`, `rules`, `durations`); `options.lang`
 * is the inherited language, used when `attributes.lang` is missing or empty. Problems the element
 * reports (a bad attribute or JSON value), a configuration key it does not take and a translation
 * pack that cannot be loaded are thrown as `PrerenderError`.
 */
export async function renderWidget(
  tag: WidgetTag,
  attributes: Record<string, string> = {},
  config: Record<string, unknown> = {},
  options: PrerenderOptions & {lang?: string} = {},
): Promise<string> {
  if (!isWidgetTag(tag)) throw new PrerenderError(`unknown element <${tag}> (known: ${Object.keys(WIDGETS).join(', ')})`);
  const keys = WIDGETS[tag].configKeys;
  const unknown = Object.keys(config).filter((key) => !keys.includes(key));
  if (unknown.length) throw new PrerenderError(`<${tag}> takes no ${unknown.map((key) => `"${key}"`).join(', ')} (known: ${keys.join(', ')})`);
  const name = unsafeStatic(tag);
  const attrs = unsafeStatic(
    Object.entries(attributes)
      .map(([key, value]) => `${key}="${escapeAttribute(value)}"`)
      .join(' '),
  );
  // An empty `lang` is no `lang`, as in the browser: the nearest ancestor's applies.
  const ownLang = attributes.lang?.trim();
  await usePack(ownLang || options.lang || '');
  const props: Record<string, unknown> = {...config};
  if (options.now && tag === 'meso-aftercare' && !('now' in attributes)) props.now = options.now;
  if (options.lang && !ownLang) props.lang = options.lang;
  const problems: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => problems.push(args.map(String).join(' '));
  let out: string;
  try {
    out = await collectResult(render(html`<${name} ${attrs} .__mesoProps=${props}></${name}>`));
  } finally {
    console.warn = warn;
  }
  if (problems.length) throw new PrerenderError(problems.join('\n'));
  // Lit's markers serve hydration, which the widgets do not need; line breaks in styles serve no one.
  return out.replace(LIT_MARKERS, '').replace(/<style>([^<]*)<\/style>/g, (_, css: string) => `<style>${css.replace(/\s*\n\s*/g, ' ').trim()}</style>`);
}

/**
 * Registers the translation pack a widget in `lang` uses, once: the pack file `locales/<tag>.js`
 * of this package, as the browser loads it. English and languages without a pack need none.
 */
async function usePack(lang: string): Promise<void> {
  const pack = packFor(lang);
  if (!pack || localePack(pack)) return;
  try {
    await loadLocalePack(pack);
  } catch (error) {
    throw new PrerenderError(`cannot load the "${pack}" translation: ${(error as Error).message}`);
  }
}

// The SSR renderer sets bound properties one by one; this one spreads the JSON block's values.
for (const ctor of Object.values(WIDGETS)) {
  Object.defineProperty(ctor.prototype, '__mesoProps', {
    configurable: true,
    set(this: Record<string, unknown>, values: Record<string, unknown>) {
      Object.assign(this, values);
    },
  });
}

/** Where a node starts in the source, for error messages. */
function where(node: Element): string {
  const at = node.sourceCodeLocation;
  return at ? `line ${at.startLine}, column ${at.startCol}` : 'unknown position';
}

const childElements = (node: Node): Element[] => childrenOf(node).filter((child): child is Element => 'tagName' in child);

const textOf = (node: Element): string =>
  childrenOf(node)
    .map((child) => (child.nodeName === '#text' && 'value' in child ? child.value : ''))
    .join('');

/** The nearest `lang` above `node` (parse5 trees keep parent links). */
function inheritedLang(node: Element): string {
  for (let at: Node | null = node.parentNode; at && 'attrs' in at; at = at.parentNode) {
    const lang = at.attrs.find((attr) => attr.name === 'lang')?.value.trim();
    if (lang) return lang;
  }
  return '';
}

/** Looks at input before parsing: HTML is text that starts with markup. */
function checkLooksLikeHtml(source: unknown): asserts source is string {
  if (typeof source !== 'string') throw new PrerenderError(`expected the page's HTML as a string, not ${source === null ? 'null' : typeof source}`);
  if (source.includes('\0')) throw new PrerenderError('the input is not HTML: it contains binary data (NUL bytes)');
  const start = source.replace(/^\uFEFF/, '').trimStart();
  if (!start) throw new PrerenderError('the input is empty: there is no HTML to prerender');
  if (!start.startsWith('<')) {
    const shown = JSON.stringify(start.slice(0, 30));
    throw new PrerenderError(`the input is not HTML: it starts with ${shown}, not with a tag or <!doctype html>`);
  }
}

interface Insertion {
  /** Offset in the source where the insertion starts. */
  at: number;
  /** Source characters replaced (the start tag's closing `>` when attributes are added). */
  remove: number;
  text: string;
}

/**
 * Returns `source` with a declarative shadow root inside every `meso-*` element, rendered from its
 * attributes and its child JSON block, in its language (its own `lang`, else the nearest
 * ancestor's; the package's translation pack is loaded for it), and nothing else changed but a
 * reflected attribute the element tidies (`theme=" DARK "` → `theme="dark"`). Elements that already
 * hold a declarative shadow root are left as they are, so running it twice changes nothing.
 *
 * Throws `PrerenderError` (before producing any output) for input that is not a string or not HTML,
 * empty input, a tag or comment cut off at the end, an unknown `meso-*` tag (also inside a widget),
 * a widget without its end tag that would hide what follows it, a malformed JSON block, or a value
 * the element refuses.
 */
export async function prerender(source: string, options: PrerenderOptions = {}): Promise<string> {
  checkLooksLikeHtml(source);
  const isDocument = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype|html[\s>])/i.test(source.replace(/^\uFEFF/, ''));
  // A tag cut off by the end of the input would silently vanish from the page: refuse it instead.
  let cutOff: {code: string; startLine: number; startCol: number} | undefined;
  const onParseError = (error: {code: string; startLine: number; startCol: number}) => {
    if (/^eof-in-(tag|comment|doctype|cdata)$/.test(error.code)) cutOff ??= error;
  };
  const tree: Node = isDocument
    ? parse(source, {sourceCodeLocationInfo: true, onParseError})
    : parseFragment(source, {sourceCodeLocationInfo: true, onParseError});
  if (cutOff) {
    const inside = cutOff.code.slice('eof-in-'.length);
    throw new PrerenderError(`the input ends inside a ${inside === 'cdata' ? 'CDATA section' : inside} (line ${cutOff.startLine}, column ${cutOff.startCol}): is a "${inside === 'comment' ? '-->' : '>'}" missing?`);
  }
  const found: Element[] = [];
  const visit = (node: Node, inWidget: boolean) => {
    for (const child of childElements(node)) {
      const widget = child.tagName.startsWith('meso-');
      if (widget && !isWidgetTag(child.tagName)) {
        throw new PrerenderError(`unknown element <${child.tagName}> at ${where(child)} (known: ${Object.keys(WIDGETS).join(', ')})`);
      }
      // Inside a widget only its JSON block counts; what else is there is only checked.
      if (widget && !inWidget) found.push(child);
      visit(child, inWidget || widget);
    }
  };
  visit(tree, false);

  const insertions: Insertion[] = [];
  for (const element of found) {
    const tag = element.tagName as WidgetTag;
    const children = childElements(element);
    if (children.some((child) => child.tagName === 'template' && child.attrs.some((a) => a.name === 'shadowrootmode'))) continue;
    const block = children.find((child) => child.tagName === 'script' && isJsonBlockType(child.attrs.find((a) => a.name === 'type')?.value));
    let config: Record<string, unknown> = {};
    if (block) {
      const parsed = parseConfigBlock(textOf(block), WIDGETS[tag].configKeys);
      if (parsed.errors.length) {
        const detail = parsed.errors.map((error) => `${error.path}: ${error.message}`).join('; ');
        throw new PrerenderError(`<${tag}> at ${where(element)}: the JSON block is not valid: ${detail}`);
      }
      config = parsed.values;
    }
    const attributes = Object.fromEntries(element.attrs.map((attr) => [attr.name, attr.value]));
    let rendered: string;
    try {
      rendered = await renderWidget(tag, attributes, config, {...options, lang: inheritedLang(element)});
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new PrerenderError(`<${tag}> at ${where(element)}: ${message}`);
    }
    const location = element.sourceCodeLocation?.startTag;
    if (!location) throw new PrerenderError(`<${tag}> at ${where(element)}: no start tag in the source`);
    // Without its end tag (`/>` closes no HTML element), what follows ends up inside the widget, where nobody sees it.
    const swallowed = childrenOf(element).some((child) => !(child.nodeName === '#text' && 'value' in child && !child.value.trim()));
    if (!element.sourceCodeLocation?.endTag && swallowed) {
      throw new PrerenderError(`<${tag}> at ${where(element)} has no end tag, so what follows it would be hidden inside it: add </${tag}>`);
    }
    const shadowStart = rendered.indexOf('<template shadowroot');
    const shadowEnd = rendered.lastIndexOf(`</${tag}>`);
    // Attributes the element reflects (theme, layout, view), so the static copy styles like the live
    // one: added when missing, and rewritten when the element tidied the value (` DARK ` → `dark`).
    const reflected = [...rendered.slice(0, shadowStart).matchAll(/\s([a-z][\w-]*)="([^"]*)"/g)];
    const added = reflected
      .filter(([, name]) => !(name in attributes))
      .map(([, name, value]) => ` ${name}="${value}"`)
      .join('');
    for (const [, name, value] of reflected) {
      const at = element.sourceCodeLocation?.attrs?.[name];
      const tidied = unescapeAttribute(value);
      if (at && name in attributes && attributes[name] !== tidied)
        insertions.push({at: at.startOffset, remove: at.endOffset - at.startOffset, text: `${name}="${escapeAttribute(tidied)}"`});
    }
    // A trailing `/` means nothing on an HTML element; it is dropped with the `>`.
    const selfClosing = source.slice(location.startOffset, location.endOffset).endsWith('/>');
    insertions.push({
      at: location.endOffset - (selfClosing ? 2 : 1),
      remove: selfClosing ? 2 : 1,
      text: `${added}>${rendered.slice(shadowStart, shadowEnd)}`,
    });
  }
  let out = source;
  for (const insertion of insertions.sort((a, b) => b.at - a.at)) {
    out = out.slice(0, insertion.at) + insertion.text + out.slice(insertion.at + insertion.remove);
  }
  return out;
}
