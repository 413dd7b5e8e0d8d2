const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` whenever a `lang` attribute changes anywhere in the document's light DOM, so
 * widgets that inherit their language follow the page. One observer serves every instance; it
 * stops when the last widget disconnects.
 * @returns a function that stops watching.
 */
export function watchLang(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => listeners.forEach((notify) => notify()));
    observer.observe(document.documentElement, {attributes: true, attributeFilter: ['lang'], subtree: true});
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
