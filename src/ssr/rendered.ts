/**
 * What `renderWidget` does to Lit's server output: relative URLs stay relative, and Lit's hydration
 * markers go (the static copy is replaced, never hydrated). Read with parse5, edited at its offsets.
 */
import {parseFragment, type DefaultTreeAdapterMap} from 'parse5';
import {applyEdits, childrenOf, elementsUnder, escapeAttribute, type Edit, type Node} from './html-tree.js';

/** URLs are resolved against this base on the server, where there is no page. */
const SERVER_BASE = 'http://localhost/';

/**
 * The relative URLs among a widget's attributes (`booking-url="/book"`), by the address the
 * element resolves them to on the server, where there is no page to resolve them against.
 */
export function relativeUrls(attributes: Record<string, string>): Map<string, string> {
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

/**
 * The server renderer's output made plain: without Lit's hydration comments (the widgets take over
 * without hydrating), with each `<style>` on one line, and with a relative URL written back where
 * the element wrote the server's placeholder address for it. Edits are made at offsets parse5 gives.
 */
export function tidyRendered(rendered: string, urls: Map<string, string>): string {
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

