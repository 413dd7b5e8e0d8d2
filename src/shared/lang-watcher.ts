const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` whenever a `lang` or `dir` attribute changes anywhere in the document's light DOM, so
 * widgets that inherit their language follow the page. One observer serves every instance; it
 * stops when the last widget disconnects.
 * @returns a function that stops watching.
 */
export function watchLang(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => listeners.forEach((notify) => notify()));
    observer.observe(document.documentElement, {attributes: true, attributeFilter: ['lang', 'dir'], subtree: true});
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}

/**
 * The language that applies to `element`: its own `lang` attribute, else the nearest ancestor
 * with one, crossing shadow roots to their hosts, else the empty string.
 */
export function inheritedLang(element: Element): string {
  let node: Node | null | undefined = element;
  while (node) {
    if (node.nodeType === 1) {
      const lang = (node as Element).getAttribute('lang');
      if (lang !== null && lang.trim() !== '') return lang.trim();
    }
    // A shadow root (a document fragment with a host) leads on to its host element.
    const host: Element | undefined = node.nodeType === 11 ? (node as ShadowRoot).host : undefined;
    node = host ?? node.parentNode;
  }
  return '';
}
