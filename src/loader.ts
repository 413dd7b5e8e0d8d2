/**
 * `dist/meso-loader.js`: the pay-per-widget loader. Put it in the page once
 * (`<script type="module" src=".../meso-loader.js"></script>`) and it defines each `meso-*` tag
 * when the tag first appears in the document, now or later (content added by script is watched),
 * by importing only that element's code. The elements share one core chunk (Lit and the shared
 * element base). Chunks are found next to the loader, from its own URL, so the same file works
 * self-hosted and from a CDN. A tag already defined (by the one-file bundle, say) is not loaded
 * again. Widgets inside other elements' shadow roots are not seen: load their element modules.
 * @packageDocumentation
 */

/**
 * Each tag and how to fetch its element: a dynamic import, which the build turns into a chunk. A
 * chunk registers nothing on import; its default export defines the tag when the loader calls it.
 */
const elements: Record<string, () => Promise<{default: () => boolean}>> = {
  'meso-eligibility': () => import('./loader/eligibility.js'),
  'meso-aftercare': () => import('./loader/aftercare.js'),
  'meso-vs-filler': () => import('./loader/vs-filler.js'),
};

/**
 * Resolves once the page's first contentful paint is on screen (Paint Timing API), so a prerendered
 * widget reaches the screen as soon as static HTML would; its code is fetched and takes it over in
 * place (no shift) just after. Also resolves when the page has loaded with nothing painted (a
 * widget in a hidden panel), where the API is missing (a frame later), and at once in a hidden tab.
 */
const painted: Promise<unknown> = new Promise((resolve) => {
  const later = (ms?: number) => () => setTimeout(resolve, ms);
  if (document.visibilityState === 'hidden') return resolve(0);
  if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) return requestAnimationFrame(later());
  new PerformanceObserver((list) => list.getEntriesByName('first-contentful-paint').length && later()()).observe({type: 'paint', buffered: true});
  // Nothing painted half a second after the load event: nothing on screen to keep.
  if (document.readyState === 'complete') later(500)();
  else addEventListener('load', later(500), {once: true});
});

/**
 * Resolves once the page's HTML is parsed and its deferred and module scripts have run
 * (`DOMContentLoaded`): a one-file bundle placed after the loader has then defined its tags, and
 * their code is not fetched a second time.
 */
const parsed: Promise<unknown> = new Promise((resolve) => {
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (document.readyState === 'loading' || (document.readyState === 'interactive' && navigation && !navigation.domContentLoadedEventStart))
    addEventListener('DOMContentLoaded', resolve, {once: true});
  else resolve(0);
});

/** Tags found in the page (loading or loaded); a failed fetch is reported and forgets its tag, so a later appearance retries. */
const found = new Set<string>();

/**
 * Starts loading each tag that `root` is or holds, once: a bare tag's code as soon as the page is
 * parsed, a prerendered widget's (one with a declarative shadow root) after the first contentful
 * paint. A tag defined by then (by the one-file bundle, say) is not fetched.
 */
function scan(root: Element | Document): void {
  for (const tag in elements) {
    const el = (root as Element).localName === tag ? (root as Element) : root.querySelector(tag);
    if (el && !found.has(tag)) {
      found.add(tag);
      parsed
        .then(() => el.shadowRoot && painted)
        .then((): unknown => customElements.get(tag) || elements[tag]().then((chunk) => chunk.default()))
        .catch((error: unknown) => {
          // A missing loader/ folder or a strict policy is a deployment slip: one warning and one event, like any widget's.
          found.delete(tag);
          const cause = String(error);
          // Lit creates the Trusted Types policy "lit-html" as its code runs; a page that enforces Trusted Types must allow it.
          const hint = /createPolicy|trusted ?types?|policy/i.test(cause)
            ? `the page's Trusted Types setting refused the policy "lit-html": add it to the Content-Security-Policy (trusted-types lit-html)`
            : 'is the loader/ folder next to meso-loader.js?';
          console.warn(`<${tag}>: could not load its code: ${hint}`, error);
          el.dispatchEvent(new CustomEvent('meso-config-error', {detail: {path: 'loader', message: `could not load its code: ${hint} (${cause})`}, bubbles: true}));
        });
    }
  }
}

new MutationObserver((records) => records.forEach((record) => record.addedNodes.forEach((node) => node.nodeType === 1 && scan(node as Element)))).observe(
  document,
  {childList: true, subtree: true},
);
scan(document);
