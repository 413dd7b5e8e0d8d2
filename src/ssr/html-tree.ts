/**
 * Reading HTML for `meso-widgets/ssr` with parse5 (a real tokenizer and tree builder, never regular
 * expressions): walking the tree, locating nodes for error messages, the depth limit, and applying
 * offset edits to the source.
 */
import {defaultTreeAdapter, Tokenizer, type DefaultTreeAdapterMap, type Token, type TokenHandler, type TreeAdapter} from 'parse5';
import {PrerenderError} from './options.js';

export type Node = DefaultTreeAdapterMap['node'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];
export type Element = DefaultTreeAdapterMap['element'];
export type Template = DefaultTreeAdapterMap['template'];

export const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/** The children of an element; a `<template>`'s are in its content. */
export const childrenOf = (node: Node): Node[] =>
  'tagName' in node && node.tagName === 'template' ? (node as Template).content.childNodes : 'childNodes' in node ? node.childNodes : [];


/**
 * An attribute value, quoted with `"`: `&`, `"`, `<` and `>` become character references, and so
 * does a carriage return, which the parser would otherwise turn into a line feed.
 */
export const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');

/** One change to a text: `remove` characters at `at` replaced with `text`. */
export interface Edit {
  at: number;
  remove: number;
  text: string;
}

/**
 * Applies edits to `text` in one pass. Edits are made so that they never overlap; one that does
 * is a bug, and stops the work rather than write broken markup.
 */
export function applyEdits(text: string, edits: readonly Edit[]): string {
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
export function* elementsUnder(root: Node): Generator<Element> {
  const stack: Node[] = [...childrenOf(root)].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (!('tagName' in node)) continue;
    yield node;
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

/** Where a node starts in the source, for error messages. */
export function where(node: Element): string {
  const at = node.sourceCodeLocation;
  return at ? `line ${at.startLine}, column ${at.startCol}` : 'unknown position';
}

export const childElements = (node: Node): Element[] => childrenOf(node).filter((child): child is Element => 'tagName' in child);

export const textOf = (node: Element): string =>
  childrenOf(node)
    .map((child) => (child.nodeName === '#text' && 'value' in child ? child.value : ''))
    .join('');

/** The nearest `lang` above `node` (parse5 trees keep parent links). */
export function inheritedLang(node: Element): string {
  for (let at: Node | null = node.parentNode; at && 'attrs' in at; at = at.parentNode) {
    const lang = at.attrs.find((attr) => attr.name === 'lang')?.value.trim();
    if (lang) return lang;
  }
  return '';
}

/** The nearest `<svg>` or `<math>` element above a foreign element, for error messages. */
export function foreignRoot(node: Element): string {
  for (let at: Node | null = node.parentNode; at && 'tagName' in at; at = at.parentNode) {
    if (at.tagName === 'svg' || at.tagName === 'math') return `<${at.tagName}>`;
  }
  return node.namespaceURI.endsWith('/svg') ? '<svg>' : '<math>';
}

/** Looks at input before parsing: HTML is text that starts with markup. */
export function checkLooksLikeHtml(source: unknown): asserts source is string {
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
export function depthLimitedAdapter(maxDepth: number): TreeAdapter<DefaultTreeAdapterMap> {
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
export function isSelfClosing(startTag: string): boolean {
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
