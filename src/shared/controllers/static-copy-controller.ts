import type {LitElement} from 'lit';

/**
 * Adds to `host` a controller that takes over a declarative shadow root (from `prerender` or a
 * server render) with a clean client render: the static copy is removed and the live one drawn in
 * the same task, before the browser paints, so nothing flickers, moves or shows twice. No hydration
 * code is needed. While `keep()` says so (the widget waits for its translation pack), the static
 * copy, already in that language, stays, its controls still hidden behind their "needs JavaScript"
 * note.
 * @returns `takeOver(root)`: call it from `createRenderRoot` with the new render root, which it
 * returns; the static copy in it is then removed just before the first update that does not keep it.
 */
export function staticCopyController(host: LitElement, keep: () => boolean): <R extends ParentNode>(root: R) => R {
  let staticCopy: ChildNode[] | undefined;
  host.addController({
    hostUpdate() {
      if (!keep()) {
        staticCopy?.forEach((node) => node.remove());
        staticCopy = undefined;
      }
    },
  });
  return (root) => {
    // Lit would render before the static copy's first node; the live copy goes after it instead.
    host.renderOptions.renderBefore = undefined;
    staticCopy = [...root.childNodes];
    root.querySelectorAll<HTMLElement>('.script-part').forEach((part) => (part.style.visibility = 'hidden'));
    root.querySelectorAll<HTMLElement>('.script-note').forEach((note) => (note.style.visibility = 'visible'));
    return root;
  };
}
