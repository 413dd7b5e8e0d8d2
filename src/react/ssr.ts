/**
 * `#meso-react-ssr` in Node: the React components' server render. Each widget is rendered with
 * `@lit-labs/ssr` from the component's properties, and comes back as the attributes the element
 * reflects on its host and the declarative shadow root to put inside the tag.
 * @packageDocumentation
 */
import {parseFragment, type DefaultTreeAdapterMap} from 'parse5';
import {isWidgetTag, renderNow, usePack} from '../ssr/render.js';
import type {ServerShadowRoot} from './no-ssr.js';

export type {ServerShadowRoot};

type Element = DefaultTreeAdapterMap['element'];

/**
 * The static copy of `<tagName>` with `properties` set: synchronously, or (while the translation
 * pack of its `lang` loads) as a promise, the same one for every widget in that language. `null`
 * when the element refuses a value or the pack cannot be loaded: the tag is then sent bare, and
 * the browser reports the problem as it does for any widget.
 */
export function serverShadowRoot(tagName: string, properties: Record<string, unknown>): ServerShadowRoot | Promise<ServerShadowRoot | null> | null {
  if (!isWidgetTag(tagName)) return null;
  const render = (): ServerShadowRoot | null => {
    try {
      const out = renderNow(tagName, {}, properties);
      const start = out.indexOf('<template shadowroot');
      const end = out.lastIndexOf(`</${tagName}>`);
      if (start < 0 || end < start) return null;
      // The start tag, read by an HTML parser: the attributes the element reflected (`theme`, `view`…).
      const host = parseFragment(`${out.slice(0, start)}</${tagName}>`).childNodes[0] as Element;
      return {attributes: Object.fromEntries(host.attrs.map((attr) => [attr.name, attr.value])), shadowRoot: out.slice(start, end)};
    } catch {
      return null;
    }
  };
  const lang = typeof properties.lang === 'string' ? properties.lang.trim() : '';
  const loading = usePack(lang);
  return loading ? loading.then(render, () => null) : render();
}
