// Renders each element to static HTML with declarative shadow DOM, using @lit-labs/ssr and the
// npm build (dist/index.js). This is the "floor" of the render benchmark: the same DOM, nothing to run.
import {render} from '@lit-labs/ssr';
import {collectResultSync} from '@lit-labs/ssr/lib/render-result.js';
import {html, unsafeStatic} from 'lit/static-html.js';
import '../dist/index.js';

/** The static HTML of `count` instances of `tag` with `attributes`. */
export function staticMarkup(tag, attributes, count) {
  const name = unsafeStatic(tag);
  const attrs = unsafeStatic(Object.entries(attributes).map(([key, value]) => `${key}="${value}"`).join(' '));
  const one = html`<${name} ${attrs}></${name}>`;
  return collectResultSync(render(html`${Array.from({length: count}, () => one)}`));
}
