// Property-based tests of meso-widgets/ssr (fast-check), against the build:
// - prerender on random HTML around random widgets: outside the widgets' start tags the output is
//   the input, byte for byte; read back with a parser, each widget has exactly its input attributes
//   (plus those the element reflects); and nothing appears but the widget's declarative shadow root,
//   exactly as renderWidget renders it;
// - renderWidget with random attribute maps: documented names render with exactly those attributes,
//   every other name throws PrerenderError.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {parseFragment, Tokenizer} from 'parse5';
import {prerender, PrerenderError, renderWidget, widgetAttributes} from '../../dist/ssr.js';
import {check, fc, RUNS} from './property.mjs';

const TAGS = ['meso-vs-filler', 'meso-eligibility', 'meso-aftercare'];
/** Attributes an element reflects: prerender may add them or tidy their value. */
const REFLECTED = ['theme', 'view', 'layout', 'remember'];

// --- Generators ---------------------------------------------------------------------------------

/** Text for attribute values and text nodes: quotes, entities, markup-like text, line breaks, emoji. */
const tricky = fc.constantFrom(
  '"', "'", '=', '>', '<', '/', ' ', '\n', '\r\n', '\t', '&amp;', '&quot;', '&#39;', '&lt;', '&gt;', '&amp', '&ampx', '&notanentity;', '&#x3C;',
  ' theme=', ' onfocus=alert(1) ', 'autofocus ', '</template>', '<img src=x onerror=alert(1)>', '-->', '<!--', 'é', '😀', 'ﬀ', '\u00a0',
);
const textOf = (pieces) => fc.array(pieces, {maxLength: 8}).map((parts) => parts.join(''));
const valueText = textOf(fc.oneof(tricky, fc.string({maxLength: 6})));

/** Writes an attribute value quoted as the generator chose, or leaves the attribute out when it cannot be written so. */
function writeValue(value, quote) {
  if (quote === '"') return `"${value.replace(/"/g, '&quot;')}"`;
  if (quote === "'") return `'${value.replace(/'/g, '&#39;')}'`;
  // Unquoted: no space, quote, =, <, >, ` and not empty.
  return /^[^\s"'=<>`]+$/.test(value) ? value : `"${value.replace(/"/g, '&quot;')}"`;
}

/** Documented attributes with values the element accepts (invalid ones are refused: a separate test). */
const DOCUMENTED_VALUES = {
  theme: ['light', 'dark', 'auto', ' DARK ', 'Light'],
  'heading-level': ['2', '3', ' 4 '],
  'clinic-name': ['Harbour', "O'Brien & <Co>", 'x theme=dark', ''],
  'booking-url': ['https://clinic.example/book', '/book', 'book/', 'https://clinic.example/b?x=1&y="2"', ''],
  'booking-label': ['Book now', '" onclick="alert(1)'],
  'clinic-phone': ['+44 20 7946 0000', ''],
  lang: ['', 'en', 'fr', 'de', 'en-GB', ' fr '],
};
const PER_TAG = {
  'meso-vs-filler': {view: ['both', 'compare', 'helper']},
  'meso-eligibility': {layout: ['steps', 'list'], remember: ['', 'remember']},
  'meso-aftercare': {remember: [''], 'treated-at': ['2026-11-24T10:30'], now: ['2026-11-25T12:00']},
};

const DOCUMENTED_NAMES = new Set(TAGS.flatMap((tag) => widgetAttributes(tag)));

/** Attribute names that are not the element's: data-* with dots, framework syntax, event handlers, odd case. */
const otherName = fc.oneof(
  fc.constantFrom('class', 'id', 'data-a.b', 'data-n1', ':title', '@click', 'x-on:click', 'xml:lang', 'onclick', 'onfocus', 'hidden', 'style', 'slot', 'title', 'aria-label', 'v-bind:theme', 'data-theme', 'THEME-X'),
  fc.stringMatching(/^[a-z][a-z0-9._:-]{0,8}$/),
).filter((name) => !DOCUMENTED_NAMES.has(name.toLowerCase()) && !name.startsWith('meso'));

const quote = fc.constantFrom('"', "'", '');

/** One widget: its tag, its attributes as written (name, value, quote; maybe a bare name), and what else it holds. */
const widget = fc
  .constantFrom(...TAGS)
  .chain((tag) => {
    const documented = {...DOCUMENTED_VALUES, ...PER_TAG[tag]};
    const documentedAttr = fc.constantFrom(...Object.keys(documented)).chain((name) =>
      fc.record({name: fc.constant(name), value: fc.constantFrom(...documented[name]), quote, upper: fc.boolean()}),
    );
    const otherAttr = fc.record({name: otherName, value: valueText, quote, upper: fc.boolean()});
    const bare = fc.record({name: otherName, value: fc.constant(null), quote: fc.constant(''), upper: fc.constant(false)});
    return fc.record({
      tag: fc.constant(tag),
      attrs: fc.array(fc.oneof({weight: 3, arbitrary: documentedAttr}, {weight: 3, arbitrary: otherAttr}, {weight: 1, arbitrary: bare}), {maxLength: 7}),
      // Blank text where the default has text is refused (a separate test): a heading here has text.
      heading: fc.option(fc.string({minLength: 1, maxLength: 12}).filter((text) => text.trim() !== ''), {nil: undefined}),
      selfClosing: fc.boolean(),
      space: fc.constantFrom('', ' ', '\n  '),
    });
  });

/** Markup around the widgets. Raw-text and escapable contexts hold widget-like text that must stay text. */
const FAKE_WIDGET = '<meso-vs-filler theme="dark"></meso-vs-filler>';
const leaf = fc.oneof(
  textOf(fc.oneof(fc.constantFrom('Hello ', '&amp; ', '&lt;meso-vs-filler&gt;', '> ', 'a < b ', 'é ', '😀', '\r\n', '\n'), fc.string({maxLength: 5}).map((s) => s.replace(/[<&]/g, ' ')))).map((text) => ({html: text})),
  fc.string({maxLength: 8}).map((s) => ({html: `<!-- ${s.replace(/-|>/g, '_')} ${FAKE_WIDGET} -->`})),
  fc.constantFrom(
    {html: `<script>var s = '${FAKE_WIDGET.replace('</', '<\\/')}';</script>`},
    {html: `<script type="application/json">{"x": 1}</script>`},
    {html: `<textarea>${FAKE_WIDGET}</textarea>`},
    {html: `<title>${FAKE_WIDGET}</title>`},
    {html: `<style>p > a { color: red }</style>`},
    {html: '<svg viewBox="0 0 1 1"><circle r="1"/><text>&lt;meso&gt;</text></svg>'},
    {html: '<math><mi>x</mi><mo>=</mo></math>'},
    {html: '<br/>'},
    {html: '<img alt="a > b" src=x.png>'},
    {html: '<input value=\'<meso-vs-filler>\'>'},
  ),
);

/** A tree of nodes: leaves, widgets, and containers that hold more. */
const nodes = fc.letrec((tie) => ({
  node: fc.oneof(
    {depthSize: 'small', withCrossShrink: true},
    {weight: 4, arbitrary: leaf},
    {weight: 3, arbitrary: widget.map((w) => ({widget: w}))},
    {
      weight: 2,
      arbitrary: fc.record({
        wrap: fc.constantFrom(['<div class="a">', '</div>'], ['<section data-x=">">', '</section>'], ['<p>', '</p>'], ['<span title="x theme=">', '</span>'], ['<template>', '</template>'], ['<table><tbody><tr><td>', '</td></tr></tbody></table>'], ['<svg><foreignObject>', '</foreignObject></svg>'], ['<b>', '</b>'], ['<ul><li>', '</li></ul>']),
        children: tie('nodes'),
      }),
    },
  ),
  nodes: fc.array(tie('node'), {maxLength: 4}),
}));

const page = fc.record({
  body: nodes.nodes,
  document: fc.boolean(),
  lang: fc.constantFrom('', 'en', 'fr', 'de'),
  crlf: fc.boolean(),
});

/**
 * Writes the page as segments: plain HTML (must come out unchanged) and widget start tags (get their
 * shadow root). Widgets inside <template> still count; the nearest `lang` is the widget's or the page's.
 */
function write(generated) {
  const segments = [];
  const html = (text) => segments.push({html: text});
  const visit = (list, inTemplate) => {
    for (const node of list) {
      if (node.html !== undefined) html(node.html);
      else if (node.wrap) {
        html(node.wrap[0]);
        visit(node.children, inTemplate || node.wrap[0] === '<template>');
        html(node.wrap[1]);
      } else {
        const w = node.widget;
        let tagText = `<${w.tag}`;
        for (const attr of w.attrs) {
          const name = attr.upper ? attr.name.toUpperCase() : attr.name;
          tagText += attr.value === null ? ` ${name}` : ` ${name}=${writeValue(attr.value, attr.quote)}`;
        }
        // A / right after an unquoted value belongs to the value (as in a browser): a space ends the value first.
        const unquotedLast = /=[^"'\s]+$/.test(tagText) && w.attrs.length > 0;
        tagText += `${w.selfClosing && unquotedLast && !w.space ? ' ' : w.space}${w.selfClosing ? '/' : ''}>`;
        // A template's content has no parent to inherit a language from.
        segments.push({widget: w, html: tagText, lang: generated.document && !inTemplate ? generated.lang : ''});
        if (w.heading !== undefined) html(`<script type="application/json">${JSON.stringify({content: {heading: w.heading}}).replace(/</g, '\\u003c')}</script>`);
        html(`</${w.tag}>`);
      }
    }
  };
  if (generated.document) html(`<!doctype html>\n<html${generated.lang ? ` lang="${generated.lang}"` : ''}><head><title>t</title></head><body>`);
  visit(generated.body, false);
  if (generated.document) html('</body></html>\n');
  if (generated.crlf) for (const segment of segments) if (!segment.widget) segment.html = segment.html.replace(/\n/g, '\r\n');
  return segments;
}

/** The first start tag in `text`, as parse5's tokenizer reads it: attributes (first of duplicates) and where it ends. */
function readStartTag(text) {
  let found;
  const ignore = () => undefined;
  const tokenizer = new Tokenizer(
    {sourceCodeLocationInfo: true},
    {onStartTag: (token) => (found ??= token), onEndTag: ignore, onComment: ignore, onDoctype: ignore, onEof: ignore, onCharacter: ignore, onNullCharacter: ignore, onWhitespaceCharacter: ignore},
  );
  tokenizer.write(text, true);
  return {attrs: Object.fromEntries(found.attrs.map((a) => [a.name, a.value])), end: found.location.endOffset};
}

const rendered = new Map();
/** What renderWidget gives for these settings (cached: the generators reuse settings). */
async function expectedWidget(tag, attributes, config, lang) {
  const key = JSON.stringify([tag, Object.entries(attributes).sort(), config, lang]);
  if (!rendered.has(key)) rendered.set(key, await renderWidget(tag, attributes, config, {lang}));
  return rendered.get(key);
}

// --- Properties ---------------------------------------------------------------------------------

describe(`prerender on random pages (${RUNS} cases)`, () => {
  it('changes nothing outside the widgets, keeps every attribute, and adds only the shadow root', async () => {
    await check(
      fc.asyncProperty(page, async (generated) => {
        const segments = write(generated);
        const input = segments.map((segment) => segment.html).join('');
        if (!input.trim().startsWith('<')) return; // Text-only input is refused as "not HTML": another test.
        const output = await prerender(input);
        let at = 0;
        for (const segment of segments) {
          if (!segment.widget) {
            assert.equal(output.slice(at, at + segment.html.length), segment.html, `unchanged markup at ${at}`);
            at += segment.html.length;
            continue;
          }
          const {tag, heading} = segment.widget;
          const before = readStartTag(segment.html).attrs;
          const after = readStartTag(output.slice(at));
          // The same attributes, value for value, but for the reflected ones the element tidies or adds.
          const documented = widgetAttributes(tag);
          const settings = Object.fromEntries(Object.entries(before).filter(([name]) => documented.includes(name)));
          const lang = settings.lang?.trim() || segment.lang;
          const widgetHtml = await expectedWidget(tag, settings, heading === undefined ? {} : {content: {heading}}, segment.lang);
          const host = parseFragment(widgetHtml).childNodes[0];
          const hostAttrs = Object.fromEntries(host.attrs.map((a) => [a.name, a.value]));
          const expected = {...before};
          for (const name of REFLECTED) if (name in hostAttrs) expected[name] = hostAttrs[name];
          assert.deepEqual(after.attrs, expected, `attributes of <${tag}> (lang ${lang})`);
          at += after.end;
          // Then exactly the shadow root renderWidget renders, and nothing else.
          const shadow = widgetHtml.slice(widgetHtml.indexOf('<template shadowroot'), widgetHtml.lastIndexOf(`</${tag}>`));
          assert.equal(output.slice(at, at + shadow.length), shadow, `the shadow root of <${tag}>`);
          at += shadow.length;
        }
        assert.equal(at, output.length, 'nothing after the last segment');
      }),
    );
  });

  it('is idempotent: a prerendered page prerenders to itself', async () => {
    await check(
      fc.asyncProperty(page, async (generated) => {
        const input = write(generated)
          .map((segment) => segment.html)
          .join('');
        if (!input.trim().startsWith('<')) return;
        const once = await prerender(input);
        assert.equal(await prerender(once), once);
      }),
    );
  });
});

describe(`renderWidget with random attribute maps (${RUNS} cases)`, () => {
  const anyName = fc.oneof(
    fc.constantFrom(...new Set(TAGS.flatMap((tag) => widgetAttributes(tag)))),
    otherName,
    fc.string({maxLength: 12}),
    fc.constantFrom('__proto__', 'constructor', 'toString', 'x><img src=x onerror=alert(1)>', 'a" onfocus="alert(1)', 'onmouseover', 'THEME', ''),
  );
  const anyValue = fc.oneof({weight: 6, arbitrary: valueText}, {weight: 1, arbitrary: fc.anything()});

  it('renders exactly the documented attributes, and refuses every other name with PrerenderError', async () => {
    await check(
      fc.asyncProperty(fc.constantFrom(...TAGS), fc.dictionary(anyName, anyValue, {maxKeys: 5}), async (tag, attributes) => {
        const documented = widgetAttributes(tag);
        const names = Object.keys(attributes);
        let html;
        try {
          html = await renderWidget(tag, attributes);
        } catch (error) {
          assert.ok(error instanceof PrerenderError, `${error?.name}: ${error?.message}`);
          if (names.some((name) => !documented.includes(name))) assert.match(error.message, /has no attribute/);
          else if (names.some((name) => typeof attributes[name] !== 'string')) assert.match(error.message, /expected a string/);
          // Otherwise the element refused a value: its own message, as a PrerenderError.
          else assert.match(error.message, /\S/);
          return;
        }
        assert.ok(names.every((name) => documented.includes(name) && typeof attributes[name] === 'string'), `rendered ${JSON.stringify(names)}`);
        const fragment = parseFragment(html);
        assert.equal(fragment.childNodes.length, 1, 'one element');
        const host = fragment.childNodes[0];
        assert.equal(host.tagName, tag);
        const got = Object.fromEntries(host.attrs.map((a) => [a.name, a.value]));
        // As a browser reads them: its parser turns a carriage return (and CRLF) into a line feed.
        for (const name of names) if (!REFLECTED.includes(name)) assert.equal(got[name], attributes[name].replace(/\r\n?/g, '\n'), name);
        assert.deepEqual(Object.keys(got).filter((name) => !names.includes(name) && !REFLECTED.includes(name)), []);
        assert.deepEqual(host.childNodes.map((child) => child.nodeName), ['template']);
      }),
    );
  });
});
