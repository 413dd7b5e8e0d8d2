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

/** Each tag and how to fetch its element: a dynamic import, which the build turns into a chunk. */
const elements: Record<string, () => Promise<unknown>> = {
  'meso-eligibility': () => import('./eligibility.js'),
  'meso-aftercare': () => import('./aftercare.js'),
  'meso-vs-filler': () => import('./vs-filler.js'),
};

/** Tags found in the page (loading or loaded); a failed fetch forgets its tag so a later appearance retries. */
const found = new Set<string>();

/** Starts loading each tag that `root` is or holds, once; a tag defined already (by the bundle) is skipped. */
function scan(root: Element | Document): void {
  for (const tag in elements) {
    if (!found.has(tag) && ((root as Element).localName === tag || root.querySelector(tag))) {
      found.add(tag);
      if (!customElements.get(tag)) elements[tag]().catch(() => found.delete(tag));
    }
  }
}

new MutationObserver((records) => records.forEach((record) => record.addedNodes.forEach((node) => node.nodeType === 1 && scan(node as Element)))).observe(
  document,
  {childList: true, subtree: true},
);
scan(document);
