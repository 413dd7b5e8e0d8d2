/**
 * How a `meso-widgets/react` component renders, around the `@lit/react` component made from the
 * element. Not a public entry: `src/react.ts` (generated) wraps each element with `widget()`.
 * @packageDocumentation
 */
import * as React from 'react';
import type {EventName, ReactWebComponent} from '@lit/react';
import {defineElement, type VersionedConstructor} from '../shared/define.js';
// `node`: renders the element on the server with @lit-labs/ssr; elsewhere: nothing (package.json `imports`).
import {serverShadowRoot, type ServerShadowRoot} from '#meso-react-ssr';

type Events = Record<string, EventName | string>;

/** Props React keeps for itself, or that belong on the host element rather than on the element's properties. */
const HOST_PROPS = new Set(['children', 'localName', 'ref', 'style', 'className', 'key']);

/**
 * A meso-widgets React component from `Component` (made by `@lit/react`'s `createComponent`):
 *
 * - In the browser it registers `tagName` in a layout effect. A component's layout effects run
 *   after its children's, so `@lit/react` has already set the element's properties (`content`,
 *   `durations`, …) and event listeners (`onMesoBook`, …) when the element upgrades: on a full page
 *   load the widget never runs, not even for a frame, without the page's handlers and data, which
 *   React's hydration alone would leave out.
 * - On a server (React's server renderer in Node), it renders the element with @lit-labs/ssr into a
 *   declarative shadow root inside the tag, so the widget's content is in the HTML, once, before
 *   any script; in the browser the element takes that static copy over in place. The host
 *   attributes the element reflects (`theme`, `layout`, `view`, only when set) come with it. A widget that cannot
 *   be rendered on the server (a refused value) is sent as the bare tag, and the browser says why.
 */
export function widget<I extends HTMLElement, E extends Events>(
  Component: ReactWebComponent<I, E>,
  tagName: string,
  elementClass: VersionedConstructor & {prototype: I},
  events: E,
): ReactWebComponent<I, E> {
  // `@lit/react` tells properties from attributes by `name in elementClass.prototype`. Lit puts a
  // reactive property's accessor on the prototype when the class is finalized, which `define`
  // would do; the tag is defined later here, so finalize now (reading `observedAttributes` does).
  void (elementClass as unknown as {observedAttributes: unknown}).observedAttributes;
  const Widget = React.forwardRef<I, Record<string, unknown>>((props, ref) => {
    if (typeof document === 'undefined') return serverElement(tagName, elementClass, events, props);
    React.useLayoutEffect(() => void defineElement(tagName, elementClass), []);
    return React.createElement(Component as unknown as React.ComponentType<Record<string, unknown>>, {...props, ref});
  });
  Widget.displayName = Component.displayName;
  return Widget as unknown as ReactWebComponent<I, E>;
}

/** The server's HTML for a widget: its tag, with the element's static copy inside when it can be rendered. */
function serverElement(tagName: string, elementClass: {prototype: object}, events: Events, props: Record<string, unknown>): React.ReactElement {
  const host: Record<string, unknown> = {};
  const properties: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (key in events) continue; // listeners exist in the browser only
    if (HOST_PROPS.has(key)) host[key === 'className' ? 'class' : key] = value;
    else if (key in elementClass.prototype) properties[key] = value;
    else host[key] = value;
  }
  let rendered: ServerShadowRoot | Promise<ServerShadowRoot | null> | null = host.children == null ? serverShadowRoot(tagName, properties) : null;
  // A translation pack still loading: React waits for it (`use`, React 19), then renders again.
  if (rendered instanceof Promise) rendered = typeof React.use === 'function' ? React.use(rendered) : null;
  if (!rendered) return React.createElement(tagName, host);
  return React.createElement(tagName, {...rendered.attributes, ...host, dangerouslySetInnerHTML: {__html: rendered.shadowRoot}});
}
