/**
 * `#meso-react-ssr` in Node: the React components' server render. The component's properties are
 * turned into what `renderWidget` takes (documented attributes as text, and the configuration
 * keys), pass the same allow-list (`checkWidgetInput`), and are rendered by the same renderer, so
 * this path refuses what `renderWidget` and `prerender` refuse and sends the same tidy markup (no
 * Lit markers). The output is read back with parse5: the attributes the element reflects on its
 * host, and its declarative shadow root to put inside the tag.
 * @packageDocumentation
 */
import {parseFragment} from 'parse5';
import {childElements, type Element} from '../ssr/html-tree.js';
import {DEFAULT_LIMITS} from '../ssr/options.js';
import {checkWidgetInput, isWidgetTag, renderChecked, usePack, WIDGETS, type WidgetTag} from '../ssr/render.js';
import type {ServerShadowRoot} from './no-ssr.js';

export type {ServerShadowRoot};

/** What Lit's `static properties` says of one property (the parts read here). */
interface Declaration {
  attribute?: boolean | string;
  type?: unknown;
  reflect?: boolean;
  state?: boolean;
}

/** A property's attribute name, as Lit derives it, or `undefined` when it has none. */
function attributeOf(key: string, declaration: Declaration): string | undefined {
  if (declaration.state || declaration.attribute === false) return undefined;
  return typeof declaration.attribute === 'string' ? declaration.attribute : key.toLowerCase();
}

/** The reactive properties of a widget's class (finalized by reading `observedAttributes`). */
function declarations(tag: WidgetTag): Map<string, Declaration> {
  const ctor = WIDGETS[tag] as unknown as {observedAttributes: unknown; elementProperties: Map<PropertyKey, Declaration>};
  void ctor.observedAttributes;
  return ctor.elementProperties as Map<string, Declaration>;
}

/**
 * A React component's properties as `renderWidget` takes them: a property with an attribute becomes
 * that attribute, as Lit would write it (text as is, a finite number as its digits, `true` of a
 * Boolean property as an empty value; `null`, `undefined` and `false` of a Boolean property mean no
 * attribute); a configuration key (`content`, `rules`, `durations`) stays a value. Anything else is
 * kept as it came, so that `checkWidgetInput` refuses it by name: a property without an attribute
 * or that the element does not declare, or a value that is not text.
 */
function toWidgetInput(tag: WidgetTag, properties: Record<string, unknown>): {attributes: Record<string, unknown>; config: Record<string, unknown>} {
  // Entries, made into objects at the end: `Object.fromEntries` makes even `__proto__` a plain key.
  const attributes: [string, unknown][] = [];
  const config: [string, unknown][] = [];
  const declared = declarations(tag);
  const keys: readonly string[] = WIDGETS[tag].configKeys;
  for (const [key, value] of Object.entries(properties)) {
    if (value === undefined || value === null) continue;
    if (keys.includes(key)) {
      config.push([key, value]);
      continue;
    }
    const declaration = declared.get(key);
    const attribute = declaration && attributeOf(key, declaration);
    if (!declaration || attribute === undefined) attributes.push([key, value]);
    else if (declaration.type === Boolean && typeof value === 'boolean') {
      if (value) attributes.push([attribute, '']);
    } else if (declaration.type === Number && typeof value === 'number' && Number.isFinite(value)) attributes.push([attribute, String(value)]);
    else attributes.push([attribute, value]);
  }
  return {attributes: Object.fromEntries(attributes), config: Object.fromEntries(config)};
}

/** The names of the attributes a widget reflects on its host (`theme`, `layout`, `view`, `remember`). */
function reflectedAttributes(tag: WidgetTag): Set<string> {
  const names = new Set<string>();
  for (const [key, declaration] of declarations(tag)) {
    const attribute = declaration.reflect ? attributeOf(String(key), declaration) : undefined;
    if (attribute) names.add(attribute);
  }
  return names;
}

/**
 * The static copy of `<tagName>` with `properties` set: synchronously, or (while the translation
 * pack of its `lang` loads) as a promise, the same one for every widget in that language. `null`
 * when the input does not pass the allow-list, the element refuses a value, the output would pass
 * `prerender`'s output limit, or the pack cannot be loaded: the tag is then sent bare, and the
 * browser reports a refused value as it does for any widget.
 */
export function serverShadowRoot(tagName: string, properties: Record<string, unknown>): ServerShadowRoot | Promise<ServerShadowRoot | null> | null {
  if (!isWidgetTag(tagName)) return null;
  let attributes: Record<string, string>;
  let config: Record<string, unknown>;
  try {
    const input = toWidgetInput(tagName, properties);
    checkWidgetInput(tagName, input.attributes, input.config);
    ({attributes, config} = input as {attributes: Record<string, string>; config: Record<string, unknown>});
  } catch {
    return null;
  }
  const render = (): ServerShadowRoot | null => {
    try {
      return readBack(tagName, renderChecked(tagName, attributes, config));
    } catch {
      return null;
    }
  };
  const loading = usePack(attributes.lang?.trim() ?? '');
  return loading ? loading.then(render, () => null) : render();
}

/** The rendered widget read with parse5: the attributes it reflects on its host, and its shadow root's markup. */
function readBack(tag: WidgetTag, widget: string): ServerShadowRoot | null {
  if (widget.length > DEFAULT_LIMITS.maxOutputLength) return null;
  const host = parseFragment(widget, {sourceCodeLocationInfo: true}).childNodes[0] as Element | undefined;
  const shadow = host && childElements(host).find((child) => child.tagName === 'template')?.sourceCodeLocation;
  if (!host || host.tagName !== tag || !shadow?.endTag) return null;
  const reflected = reflectedAttributes(tag);
  return {
    attributes: Object.fromEntries(host.attrs.filter((attr) => reflected.has(attr.name)).map((attr) => [attr.name, attr.value])),
    shadowRoot: widget.slice(shadow.startOffset, shadow.endTag.endOffset),
  };
}
