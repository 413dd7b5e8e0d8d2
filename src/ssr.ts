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
import {parse, parseFragment} from 'parse5';
import {isJsonBlockType, parseConfigBlock} from './logic/config.js';
import {
  applyEdits,
  checkLooksLikeHtml,
  childElements,
  childrenOf,
  depthLimitedAdapter,
  escapeAttribute,
  foreignRoot,
  HTML_NAMESPACE,
  inheritedLang,
  isDocument,
  isSelfClosing,
  textOf,
  where,
  type Edit,
  type Element,
  type Node,
} from './ssr/html-tree.js';
import {checkOptions, DEFAULT_LIMITS, PrerenderError, readLimits, type PrerenderOptions} from './ssr/options.js';
import {checkWidgetInput, isWidgetTag, renderChecked, usePack, widgetAttributes, WIDGETS, type WidgetTag} from './ssr/render.js';

export {DEFAULT_LIMITS, PrerenderError, widgetAttributes, WIDGETS, type WidgetTag};
export type {PrerenderLimit, PrerenderLimits, PrerenderOptions} from './ssr/options.js';

/**
 * Renders one element on the server and returns its HTML: the start tag (with the attributes the
 * element reflects), a `<template shadowrootmode="open">` with its styles and content, and the end
 * tag. `attributes` may hold only the element's documented attributes ({@link widgetAttributes}),
 * each with a string value; `config` holds the values of a JSON block (`content`, `rules`,
 * `durations`); `options.lang` is the inherited language, used when `attributes.lang` is missing or
 * empty; `options.dir` is the element's own `dir` attribute, if it has one. A relative `booking-url` (or `self-check-url`) stays relative, so the link resolves
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
  options: PrerenderOptions & {lang?: string; dir?: string} = {},
): Promise<string> {
  checkOptions(options);
  checkWidgetInput(tag, attributes, config);
  // An empty `lang` is no `lang`, as in the browser: the nearest ancestor's applies.
  const ownLang = attributes.lang?.trim();
  await usePack(ownLang || options.lang || '');
  const props: Record<string, unknown> = {...config};
  if (options.now && tag === 'meso-aftercare' && !('now' in attributes)) props.now = options.now;
  if (options.lang && !ownLang) props.lang = options.lang;
  // The element's own `dir` (a global attribute, not a setting) wins over its language's direction, as in the browser.
  if (options.dir !== undefined) props.__mesoDir = options.dir;
  return renderChecked(tag, attributes, props);
}

/**
 * Returns `source` with a declarative shadow root inside every `meso-*` element, rendered from its
 * documented attributes and its child JSON block, in its language (its own `lang`, else the nearest
 * ancestor's; the package's translation pack is loaded for it), and nothing else changed but the
 * attributes the element reflects, rewritten when the element tidied the value (`theme=" DARK "` →
 * `theme="dark"`). The element never writes a default (`theme="light"`), so the markup a framework
 * hydrates matches what the browser makes of it. Other attributes (`class`, `id`,
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
  // A tag cut off by the end of the input would silently vanish from the page: refuse it instead.
  let cutOff: {code: string; startLine: number; startCol: number} | undefined;
  const onParseError = (error: {code: string; startLine: number; startCol: number}) => {
    if (/^eof-in-(tag|comment|doctype|cdata)$/.test(error.code)) cutOff ??= error;
  };
  const parseOptions = {sourceCodeLocationInfo: true, onParseError, treeAdapter: depthLimitedAdapter(limits.maxDepth)};
  const tree: Node = isDocument(source) ? parse(source, parseOptions) : parseFragment(source, parseOptions);
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
    const dir = element.attrs.find((attr) => attr.name === 'dir')?.value;
    const key = JSON.stringify([tag, Object.entries(attributes).sort(), config, lang, dir, options.now ?? '']);
    let widget = rendered.get(key);
    if (widget === undefined) {
      try {
        widget = await renderWidget(tag, attributes, config, {now: options.now, lang, dir});
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

    // At most one edit per attribute: the element reflects some (theme, layout, view) when set, so the
    // static copy styles like the live one: rewritten when the element tidied the value (a default is
    // never written, on the server or in the browser, so frameworks that hydrate see no difference).
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
