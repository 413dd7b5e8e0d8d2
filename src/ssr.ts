/**
 * Server rendering for Node: `renderWidget()` renders one element with `@lit-labs/ssr`, and
 * `prerender()` fills every `meso-*` element of an HTML page with a declarative shadow root, so
 * the widgets' content shows before (and without) any script. When the page's script defines the
 * element, it replaces the static copy with a live one in place. Import it as `meso-widgets/ssr`;
 * `npx meso-widgets prerender page.html` runs `prerender` from a shell.
 *
 * Both read HTML with parse5, a real HTML tokenizer and parser, never with regular expressions:
 * `prerender` edits the page only at offsets parse5 gives for a widget's start tag, at most once
 * per attribute, and the edits cannot overlap.
 * @packageDocumentation
 */
// @lit-labs/ssr first: it installs the DOM shim the element classes need in Node.
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html, unsafeStatic} from 'lit/static-html.js';
import {defaultTreeAdapter, parse, parseFragment, Tokenizer, type DefaultTreeAdapterMap, type Token, type TokenHandler, type TreeAdapter} from 'parse5';
import {MesoAftercare} from './aftercare.js';
import {MesoEligibility} from './eligibility.js';
import {MesoVsFiller} from './vs-filler.js';
import {isJsonBlockType, isPlainObject, parseConfigBlock} from './logic/config.js';
import {loadLocalePack, packFor} from './shared/locale-loader.js';
import {localePack} from './shared/locale-packs.js';

type Node = DefaultTreeAdapterMap['node'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];
type Template = DefaultTreeAdapterMap['template'];

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

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

/**
 * The documented attributes of a widget, as `custom-elements.json` lists them: every reactive
 * property of the element class that has an attribute. `renderWidget` takes only these.
 */
export function widgetAttributes(tag: WidgetTag): readonly string[] {
  if (!isWidgetTag(tag)) throw new PrerenderError(`unknown element <${String(tag)}> (known: ${Object.keys(WIDGETS).join(', ')})`);
  // Lit's `observedAttributes` finalizes the class and lists the attribute of each reactive property.
  return (WIDGETS[tag] as unknown as {observedAttributes: string[]}).observedAttributes;
}

/** The limits `prerender` stops at, each with a `PrerenderError` that names it. */
export interface PrerenderLimits {
  /** The most characters of HTML `prerender` reads (default 10,000,000). */
  maxInputLength?: number;
  /**
   * How many elements written in the source may nest inside each other (default 512, as in
   * Chromium's parser, which makes deeper elements siblings). Deeper input costs time out of
   * proportion to its size.
   */
  maxDepth?: number;
  /** The most widgets one page may hold (default 200). */
  maxWidgets?: number;
  /** The most characters the prerendered page may have (default 20,000,000). */
  maxOutputLength?: number;
}

/** The name of one of {@link PrerenderLimits}. */
export type PrerenderLimit = keyof PrerenderLimits;

/** The default of each limit. */
export const DEFAULT_LIMITS: Readonly<Required<PrerenderLimits>> = Object.freeze({
  maxInputLength: 10_000_000,
  maxDepth: 512,
  maxWidgets: 200,
  maxOutputLength: 20_000_000,
});

/** Options of `prerender` and `renderWidget`. */
export interface PrerenderOptions extends PrerenderLimits {
  /**
   * The time `<meso-aftercare>` treats as now (ISO 8601), for a personal timeline. Without it the
   * server never reads its own clock: an aftercare element with `treated-at` and no `now`
   * attribute is prerendered with its form, and the browser draws the timeline.
   */
  now?: string;
}

/**
 * Bad input to `prerender` or `renderWidget`: the message says what and where (line and column).
 * When a limit stopped the work, `limit` names it (`maxDepth`, …) and the message says its value.
 */
export class PrerenderError extends Error {
  override name = 'PrerenderError';
  /** The limit that was reached, when one was. */
  readonly limit?: PrerenderLimit;

  constructor(message: string, options: {limit?: PrerenderLimit} = {}) {
    super(message);
    if (options.limit) this.limit = options.limit;
  }
}

const isWidgetTag = (tag: unknown): tag is WidgetTag => typeof tag === 'string' && Object.hasOwn(WIDGETS, tag);

/**
 * An attribute value, quoted with `"`: `&`, `"`, `<` and `>` become character references, and so
 * does a carriage return, which the parser would otherwise turn into a line feed.
 */
const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** The limits in force: the defaults, and the options' own when they are whole numbers above 0. */
function readLimits(options: PrerenderLimits): Required<PrerenderLimits> {
  const limits = {...DEFAULT_LIMITS};
  for (const name of Object.keys(DEFAULT_LIMITS) as PrerenderLimit[]) {
    const value = options[name];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
      throw new PrerenderError(`the option ${name} must be a whole number above 0, not ${typeof value === 'number' ? value : describe(value)}`);
    }
    limits[name] = value;
  }
  return limits;
}

/** Checks the options every entry point takes. */
function checkOptions(options: unknown): asserts options is PrerenderOptions & {lang?: string} {
  if (!isPlainObject(options)) throw new PrerenderError(`expected the options as an object, not ${describe(options)}`);
  for (const key of ['now', 'lang'] as const) {
    if (options[key] !== undefined && typeof options[key] !== 'string') {
      throw new PrerenderError(`the option ${key} must be a string, not ${describe(options[key])}`);
    }
  }
}

/** URLs are resolved against this base on the server, where there is no page. */
const SERVER_BASE = 'http://localhost/';

/**
 * The relative URLs among a widget's attributes (`booking-url="/book"`), by the address the
 * element resolves them to on the server, where there is no page to resolve them against.
 */
function relativeUrls(attributes: Record<string, string>): Map<string, string> {
  const urls = new Map<string, string>();
  for (const [name, value] of Object.entries(attributes)) {
    if (!name.endsWith('-url') || !value.trim()) continue;
    const text = value.trim();
    if (URL.canParse(text)) continue;
    const resolved = URL.canParse(text, SERVER_BASE) ? new URL(text, SERVER_BASE) : undefined;
    if (resolved && (resolved.protocol === 'http:' || resolved.protocol === 'https:')) urls.set(resolved.href, text);
  }
  return urls;
}

/** One change to a text: `remove` characters at `at` replaced with `text`. */
interface Edit {
  at: number;
  remove: number;
  text: string;
}

/**
 * Applies edits to `text` in one pass. Edits are made so that they never overlap; one that does
 * is a bug, and stops the work rather than write broken markup.
 */
function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.at - b.at);
  const parts: string[] = [];
  let from = 0;
  for (const edit of sorted) {
    if (edit.at < from) throw new PrerenderError(`internal error: two edits overlap at offset ${edit.at}; nothing was written`);
    parts.push(text.slice(from, edit.at), edit.text);
    from = edit.at + edit.remove;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** Every element under `root` (template contents included), without recursion. */
function* elementsUnder(root: Node): Generator<Element> {
  const stack: Node[] = [...childrenOf(root)].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (!('tagName' in node)) continue;
    yield node;
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

/**
 * Renders one element on the server and returns its HTML: the start tag (with the attributes the
 * element reflects), a `<template shadowrootmode="open">` with its styles and content, and the end
 * tag. `attributes` may hold only the element's documented attributes ({@link widgetAttributes}),
 * each with a string value; `config` holds the values of a JSON block (`content`, `rules`,
 * `durations`); `options.lang` is the inherited language, used when `attributes.lang` is missing or
 * empty. A relative `booking-url` (or `self-check-url`) stays relative, so the link resolves
 * against the page it is served in.
 *
 * Throws `PrerenderError` for an unknown tag, an attribute the element does not document (an event
 * handler, say), a value that is not a string, a configuration key it does not take, a value the
 * element refuses, and a translation pack that cannot be loaded.
 */
export async function renderWidget(
  tag: WidgetTag,
  attributes: Record<string, string> = {},
  config: Record<string, unknown> = {},
  options: PrerenderOptions & {lang?: string} = {},
): Promise<string> {
  if (!isWidgetTag(tag)) throw new PrerenderError(`unknown element <${String(tag)}> (known: ${Object.keys(WIDGETS).join(', ')})`);
  checkOptions(options);
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

  const name = unsafeStatic(tag);
  // Only documented names (checked above) reach the markup; values are escaped.
  const attrs = unsafeStatic(names.map((key) => `${key}="${escapeAttribute(attributes[key])}"`).join(' '));
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
  } catch (error) {
    throw new PrerenderError(`<${tag}> could not be rendered: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    console.warn = warn;
  }
  if (problems.length) throw new PrerenderError(problems.join('\n'));
  return tidyRendered(out, relativeUrls(attributes));
}

/**
 * The server renderer's output made plain: without Lit's hydration comments (the widgets take over
 * without hydrating), with each `<style>` on one line, and with a relative URL written back where
 * the element wrote the server's placeholder address for it. Edits are made at offsets parse5 gives.
 */
function tidyRendered(rendered: string, urls: Map<string, string>): string {
  const tree = parseFragment(rendered, {sourceCodeLocationInfo: true});
  const edits: Edit[] = [];
  const visit = (node: Node) => {
    if (node.nodeName === '#comment') {
      const at = node.sourceCodeLocation!;
      // Lit's markers: `<!--lit-part …-->`, `<!--/lit-part-->`, `<!--lit-node n-->`, `<!--?-->`.
      const data = (node as DefaultTreeAdapterMap['commentNode']).data;
      if (/^(?:\/?lit-part\b.*|lit-node \d+|\?)$/s.test(data)) edits.push({at: at.startOffset, remove: at.endOffset - at.startOffset, text: ''});
    }
  };
  for (const child of childrenOf(tree)) visit(child);
  for (const element of elementsUnder(tree)) {
    for (const child of childrenOf(element)) visit(child);
    const location = element.sourceCodeLocation;
    if (element.tagName === 'style' && location?.startTag && location.endTag) {
      const from = location.startTag.endOffset;
      const css = rendered.slice(from, location.endTag.startOffset);
      edits.push({at: from, remove: css.length, text: css.replace(/\s*\n\s*/g, ' ').trim()});
    }
    for (const attr of element.attrs) {
      const original = attr.name === 'href' ? urls.get(attr.value) : undefined;
      const at = location?.attrs?.[attr.name];
      if (original !== undefined && at) edits.push({at: at.startOffset, remove: at.endOffset - at.startOffset, text: `href="${escapeAttribute(original)}"`});
    }
  }
  return applyEdits(rendered, edits);
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

/** The nearest `<svg>` or `<math>` element above a foreign element, for error messages. */
function foreignRoot(node: Element): string {
  for (let at: Node | null = node.parentNode; at && 'tagName' in at; at = at.parentNode) {
    if (at.tagName === 'svg' || at.tagName === 'math') return `<${at.tagName}>`;
  }
  return node.namespaceURI.endsWith('/svg') ? '<svg>' : '<math>';
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

/**
 * parse5's tree builder, stopping as soon as an element would sit deeper than `maxDepth`: deep
 * nesting makes the parser's own work grow with the square of the depth.
 */
function depthLimitedAdapter(maxDepth: number): TreeAdapter<DefaultTreeAdapterMap> {
  const check = (parent: ParentNode, child: ChildNode) => {
    if (!('tagName' in child)) return;
    let depth = 1;
    let at: Node | null = parent;
    while (at) {
      // A template's content hangs below the template.
      at = templates.get(at) ?? at;
      // Elements the parser implies (html, body, tbody…) are not counted: only what the source nests.
      if ('tagName' in at && at.sourceCodeLocation && ++depth > maxDepth) {
        throw new PrerenderError(`elements nest deeper than maxDepth (${maxDepth} levels)${near(child)}: is an end tag missing again and again?`, {limit: 'maxDepth'});
      }
      at = 'parentNode' in at ? at.parentNode : null;
    }
  };
  const templates = new WeakMap<Node, Template>();
  const near = (node: Element) => (node.sourceCodeLocation ? ` (at line ${node.sourceCodeLocation.startLine}, column ${node.sourceCodeLocation.startCol})` : '');
  return {
    ...defaultTreeAdapter,
    appendChild(parent, child) {
      check(parent, child);
      defaultTreeAdapter.appendChild(parent, child);
    },
    insertBefore(parent, child, reference) {
      check(parent, child);
      defaultTreeAdapter.insertBefore(parent, child, reference);
    },
    setTemplateContent(template, content) {
      templates.set(content, template as Template);
      defaultTreeAdapter.setTemplateContent(template, content);
    },
  };
}

/** Whether a start tag (its source text) ends with `/>`, as parse5's tokenizer reads it. */
function isSelfClosing(startTag: string): boolean {
  let selfClosing = false;
  const ignore = () => undefined;
  const handler: TokenHandler = {
    onStartTag: (token: Token.TagToken) => (selfClosing ||= token.selfClosing),
    onEndTag: ignore,
    onComment: ignore,
    onDoctype: ignore,
    onEof: ignore,
    onCharacter: ignore,
    onNullCharacter: ignore,
    onWhitespaceCharacter: ignore,
  };
  const tokenizer = new Tokenizer({sourceCodeLocationInfo: false}, handler);
  tokenizer.write(startTag, true);
  return selfClosing;
}

/**
 * Returns `source` with a declarative shadow root inside every `meso-*` element, rendered from its
 * documented attributes and its child JSON block, in its language (its own `lang`, else the nearest
 * ancestor's; the package's translation pack is loaded for it), and nothing else changed but the
 * attributes the element reflects: added when missing (`theme="light"`), and rewritten when the
 * element tidied the value (`theme=" DARK "` → `theme="dark"`). Other attributes (`class`, `id`,
 * `data-*`, anything) are left exactly as written. Elements that already hold a declarative shadow
 * root are left as they are, so running it twice changes nothing.
 *
 * Throws `PrerenderError` (before producing any output) for input that is not a string or not HTML,
 * empty input, a tag or comment cut off at the end, an unknown `meso-*` tag (also inside a widget),
 * a widget inside `<svg>` or `<math>` (where it can have no shadow root), a widget without its end
 * tag that would hide what follows it, a malformed JSON block, a value the element refuses, and
 * input past one of the limits (`error.limit` names it; see {@link PrerenderLimits}).
 */
export async function prerender(source: string, options: PrerenderOptions = {}): Promise<string> {
  checkOptions(options);
  const limits = readLimits(options);
  checkLooksLikeHtml(source);
  if (source.length > limits.maxInputLength) {
    throw new PrerenderError(`the input has ${source.length} characters, more than maxInputLength (${limits.maxInputLength})`, {limit: 'maxInputLength'});
  }
  const isDocument = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype|html[\s>])/i.test(source.replace(/^\uFEFF/, ''));
  // A tag cut off by the end of the input would silently vanish from the page: refuse it instead.
  let cutOff: {code: string; startLine: number; startCol: number} | undefined;
  const onParseError = (error: {code: string; startLine: number; startCol: number}) => {
    if (/^eof-in-(tag|comment|doctype|cdata)$/.test(error.code)) cutOff ??= error;
  };
  const parseOptions = {sourceCodeLocationInfo: true, onParseError, treeAdapter: depthLimitedAdapter(limits.maxDepth)};
  const tree: Node = isDocument ? parse(source, parseOptions) : parseFragment(source, parseOptions);
  if (cutOff) {
    const inside = cutOff.code.slice('eof-in-'.length);
    throw new PrerenderError(`the input ends inside a ${inside === 'cdata' ? 'CDATA section' : inside} (line ${cutOff.startLine}, column ${cutOff.startCol}): is a "${inside === 'comment' ? '-->' : '>'}" missing?`);
  }

  // Every widget not inside another (inside a widget, only its JSON block counts; the rest is checked).
  const found: Element[] = [];
  const stack: {node: Node; inWidget: boolean}[] = [{node: tree, inWidget: false}];
  while (stack.length) {
    const {node, inWidget} = stack.pop()!;
    const widget = 'tagName' in node && node.tagName.startsWith('meso-');
    if (widget) {
      if (node.namespaceURI !== HTML_NAMESPACE) {
        const outer = foreignRoot(node);
        throw new PrerenderError(`<${node.tagName}> at ${where(node)} is inside ${outer}, where it can have no shadow root: move it out of the ${outer} element`);
      }
      if (!isWidgetTag(node.tagName)) {
        throw new PrerenderError(`unknown element <${node.tagName}> at ${where(node)} (known: ${Object.keys(WIDGETS).join(', ')})`);
      }
      if (!inWidget) found.push(node);
    }
    // Pushed in reverse, so they are taken in the order of the page.
    const children = childElements(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push({node: children[i], inWidget: inWidget || widget});
  }
  if (found.length > limits.maxWidgets) {
    throw new PrerenderError(`the input holds ${found.length} widgets, more than maxWidgets (${limits.maxWidgets})`, {limit: 'maxWidgets'});
  }

  const edits: Edit[] = [];
  const rendered = new Map<string, string>();
  let length = source.length;
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
    const location = element.sourceCodeLocation;
    if (!location?.startTag) throw new PrerenderError(`<${tag}> at ${where(element)}: no start tag in the source`);
    // Without its end tag (`/>` closes no HTML element), what follows ends up inside the widget, where nobody sees it.
    const swallowed = childrenOf(element).some((child) => !(child.nodeName === '#text' && 'value' in child && !child.value.trim()));
    if (!location.endTag && swallowed) {
      throw new PrerenderError(`<${tag}> at ${where(element)} has no end tag, so what follows it would be hidden inside it: add </${tag}>`);
    }

    // Only the documented attributes are the element's settings; the others stay as written.
    const documented = widgetAttributes(tag);
    const attributes: Record<string, string> = {};
    for (const attr of element.attrs) if (documented.includes(attr.name)) attributes[attr.name] = attr.value;
    const lang = inheritedLang(element);
    const key = JSON.stringify([tag, Object.entries(attributes).sort(), config, lang, options.now ?? '']);
    let widget = rendered.get(key);
    if (widget === undefined) {
      try {
        widget = await renderWidget(tag, attributes, config, {now: options.now, lang});
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new PrerenderError(`<${tag}> at ${where(element)}: ${message}`);
      }
      rendered.set(key, widget);
    }

    // The rendered widget, read back: its start tag's attributes and where its shadow root is.
    const host = parseFragment(widget, {sourceCodeLocationInfo: true}).childNodes[0] as Element;
    const shadow = childElements(host).find((child) => child.tagName === 'template')?.sourceCodeLocation;
    if (!shadow?.endTag) throw new PrerenderError(`<${tag}> at ${where(element)}: internal error: the rendered widget has no shadow root`);

    // At most one edit per attribute: the element reflects some (theme, layout, view), so the static
    // copy styles like the live one. Added when missing, rewritten when the element tidied the value.
    const own = new Map(element.attrs.map((attr) => [attr.name, attr.value]));
    let added = '';
    for (const {name, value} of host.attrs) {
      if (!documented.includes(name)) continue;
      const at = location.attrs?.[name];
      if (!own.has(name)) added += ` ${name}="${escapeAttribute(value)}"`;
      else if (own.get(name) !== value && at) edits.push({at: at.startOffset, remove: at.endOffset - at.startOffset, text: `${name}="${escapeAttribute(value)}"`});
    }
    // The shadow root goes right after the start tag; a trailing `/` means nothing on an HTML element and goes with the `>`.
    const end = location.startTag.endOffset;
    const selfClosing = isSelfClosing(source.slice(location.startTag.startOffset, end));
    const insertion: Edit = {at: end - (selfClosing ? 2 : 1), remove: selfClosing ? 2 : 1, text: `${added}>${widget.slice(shadow.startOffset, shadow.endTag.endOffset)}`};
    edits.push(insertion);
    length += insertion.text.length - insertion.remove;
    if (length > limits.maxOutputLength) {
      throw new PrerenderError(`the output would have more than maxOutputLength (${limits.maxOutputLength}) characters, at the <${tag}> at ${where(element)}`, {limit: 'maxOutputLength'});
    }
  }
  const out = applyEdits(source, edits);
  if (out.length > limits.maxOutputLength) {
    throw new PrerenderError(`the output would have ${out.length} characters, more than maxOutputLength (${limits.maxOutputLength})`, {limit: 'maxOutputLength'});
  }
  return out;
}
