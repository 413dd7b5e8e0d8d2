// The React components' server render (meso-widgets/react in Node: Next.js, Remix, Astro…), against
// the build. Through React's own server renderer, each widget's static copy must be:
// - tidy: no Lit hydration markers, styles on one line, a relative link left relative;
// - sent once: one declarative shadow root per widget, exactly the one renderWidget renders;
// - refused as renderWidget and prerender refuse: a property the element does not document, a value
//   that is not text, a configuration the element refuses. A refused widget is sent as the bare tag
//   (the browser then reports the problem as for any widget), never with a static copy of its own.
// The property-based test writes the mapping from React properties to attributes out again (PROPS).
import assert from 'node:assert/strict';
import {before, describe, it} from 'node:test';
import {createElement as h} from 'react';
import {renderToString} from 'react-dom/server';
import {prerenderToNodeStream} from 'react-dom/static';
import {parseFragment} from 'parse5';
import {MesoAftercare, MesoEligibility, MesoVsFiller} from '../../dist/react.js';
import {MesoAftercare as AftercareElement, MesoEligibility as EligibilityElement, MesoVsFiller as VsFillerElement} from '../../dist/classes/index.js';
import {PrerenderError, renderWidget} from '../../dist/ssr.js';
import {check, fc, RUNS} from './property.mjs';

const COMPONENTS = {'meso-aftercare': MesoAftercare, 'meso-eligibility': MesoEligibility, 'meso-vs-filler': MesoVsFiller};
const CLASSES = {'meso-aftercare': AftercareElement, 'meso-eligibility': EligibilityElement, 'meso-vs-filler': VsFillerElement};
const TAGS = Object.keys(COMPONENTS);
/** The shipped translation packs. */
const LANGS = ['ar', 'de', 'es', 'fa', 'fr', 'it', 'pl', 'pt-BR', 'pt-PT', 'ru', 'tr'];
/** Attributes an element reflects on its host when they are set. */
const REFLECTED = ['theme', 'view', 'layout', 'remember'];

/** Each component's properties that have an attribute, written out again: property → [attribute, type]. */
const COMMON = {
  lang: ['lang', String],
  theme: ['theme', String],
  headingLevel: ['heading-level', Number],
  clinicName: ['clinic-name', String],
  bookingUrl: ['booking-url', String],
  bookingLabel: ['booking-label', String],
  clinicPhone: ['clinic-phone', String],
};
const PROPS = {
  'meso-aftercare': {...COMMON, treatedAt: ['treated-at', String], remember: ['remember', Boolean], now: ['now', String]},
  'meso-eligibility': {...COMMON, layout: ['layout', String], remember: ['remember', Boolean]},
  'meso-vs-filler': {...COMMON, view: ['view', String], selfCheckUrl: ['self-check-url', String]},
};
const CONFIG = {'meso-aftercare': ['content', 'durations', 'course'], 'meso-eligibility': ['content', 'rules'], 'meso-vs-filler': ['content']};

/** Lit's hydration markers, which a static copy never carries. */
const isLitMarker = (data) => /^\/?lit-part\b/.test(data) || /^lit-node \d+$/.test(data) || data === '?';

/** Every node under `node`, template contents included. */
function* walk(node) {
  for (const child of node.nodeName === 'template' ? node.content.childNodes : (node.childNodes ?? [])) {
    yield child;
    yield* walk(child);
  }
}

/** React's server HTML of one element, read back: the host, its attributes, its shadow root's markup. */
function readBack(html) {
  const fragment = parseFragment(html, {sourceCodeLocationInfo: true});
  assert.equal(fragment.childNodes.length, 1, `one element: ${html.slice(0, 200)}`);
  const host = fragment.childNodes[0];
  const template = host.childNodes.find((child) => child.tagName === 'template');
  const markup = template ? html.slice(template.sourceCodeLocation.startOffset, template.sourceCodeLocation.endTag.endOffset) : null;
  return {host, attributes: Object.fromEntries(host.attrs.map((a) => [a.name, a.value])), shadowRoot: markup, fragment};
}

/** renderWidget's shadow root markup and reflected attributes, or `null` when it refuses the input. */
const expectations = new Map();
async function expected(tag, attributes, config) {
  const key = fc.stringify([tag, attributes, config]);
  if (!expectations.has(key)) {
    let value = null;
    try {
      const {host, shadowRoot} = readBack(await renderWidget(tag, attributes, config));
      value = {shadowRoot, reflected: Object.fromEntries(host.attrs.filter((a) => REFLECTED.includes(a.name)).map((a) => [a.name, a.value]))};
    } catch (error) {
      assert.ok(error instanceof PrerenderError, `renderWidget threw ${error?.name}: ${error?.message}`);
    }
    expectations.set(key, value);
  }
  return expectations.get(key);
}

/** Asserts what every server render must be: no Lit marker anywhere, each <style> on one line. */
function assertTidy(html) {
  for (const node of walk(parseFragment(html))) {
    if (node.nodeName === '#comment') assert.ok(!isLitMarker(node.data), `a Lit marker <!--${node.data}-->`);
    if (node.tagName === 'style') assert.ok(!node.childNodes.some((text) => text.value.includes('\n')), 'a <style> on one line');
  }
}

async function renderAll(element) {
  const {prelude} = await prerenderToNodeStream(element);
  let html = '';
  for await (const chunk of prelude) html += chunk;
  return html;
}

before(async () => {
  // Every translation pack, loaded once (React waits for one with `use`; renderToString cannot).
  for (const lang of LANGS) await renderAll(h(MesoVsFiller, {lang}));
});

describe('the React components on the server', () => {
  it('send each widget once, with exactly the static copy renderWidget renders, and no Lit marker', async () => {
    const html = renderToString(
      h('main', null,
        h(MesoEligibility, {clinicName: 'Harbour Clinic', bookingUrl: 'https://clinic.example/book', layout: 'list'}),
        h(MesoAftercare, {treatedAt: '2026-11-24T10:30', now: '2026-11-25T12:00', durations: {makeup: 72}, headingLevel: 3}),
        h(MesoVsFiller, {theme: ' DARK ', remember: undefined, id: 'compare', className: 'wide'}),
      ),
    );
    assertTidy(html);
    const main = parseFragment(html).childNodes[0];
    assert.deepEqual(main.childNodes.map((child) => child.tagName), ['meso-eligibility', 'meso-aftercare', 'meso-vs-filler']);
    for (const host of main.childNodes) {
      assert.deepEqual(host.childNodes.map((child) => child.tagName), ['template'], `<${host.tagName}> holds its shadow root only`);
      assert.equal(host.childNodes[0].attrs.find((a) => a.name === 'shadowrootmode')?.value, 'open');
    }
    const one = (tag) => readBack(html.slice(html.indexOf(`<${tag}`), html.indexOf(`</${tag}>`) + tag.length + 3));
    const cases = [
      ['meso-eligibility', {'clinic-name': 'Harbour Clinic', 'booking-url': 'https://clinic.example/book', layout: 'list'}, {}],
      ['meso-aftercare', {'treated-at': '2026-11-24T10:30', now: '2026-11-25T12:00', 'heading-level': '3'}, {durations: {makeup: 72}}],
      ['meso-vs-filler', {theme: ' DARK '}, {}],
    ];
    for (const [tag, attributes, config] of cases) {
      const want = await expected(tag, attributes, config);
      const got = one(tag);
      assert.equal(got.shadowRoot, want.shadowRoot, `<${tag}>'s static copy`);
      for (const name of REFLECTED) if (name in want.reflected) assert.equal(got.attributes[name], want.reflected[name], name);
    }
    // The element tidied the theme, and the host props stay the host's.
    assert.deepEqual(one('meso-vs-filler').attributes, {theme: 'dark', id: 'compare', class: 'wide'});
    // Each widget's content once: the durations applied, and every heading written once.
    assert.match(html, /3 days/);
    for (const heading of ['Is mesotherapy right for me?', 'Mesotherapy or dermal fillers?']) assert.equal(html.split(heading).length, 2, heading);
  });

  it('keeps a relative booking link relative, as the live widget resolves it', () => {
    for (const url of ['/book', 'book?x=1&y=2', '#book']) {
      const html = renderToString(h(MesoVsFiller, {bookingUrl: url}));
      const links = [...walk(parseFragment(html))].filter((node) => node.tagName === 'a').map((a) => a.attrs.find((x) => x.name === 'href')?.value);
      assert.ok(links.includes(url), `${url} in ${JSON.stringify(links)}`);
      assert.ok(!html.includes('localhost'), 'no server placeholder address');
    }
  });

  it('renders a translation, as renderWidget does', async () => {
    const html = await renderAll(h(MesoVsFiller, {lang: 'fr'}));
    assertTidy(html);
    assert.match(html, /Mésothérapie ou injections de comblement\s\?/);
    assert.equal(readBack(html).shadowRoot, (await expected('meso-vs-filler', {lang: 'fr'}, {})).shadowRoot);
  });

  it('sends the bare tag for what renderWidget refuses, and never turns text into markup', async () => {
    const refused = [
      ['meso-vs-filler', {bookingUrl: 'javascript:alert(1)'}, {'booking-url': 'javascript:alert(1)'}, {}],
      ['meso-vs-filler', {bookingUrl: '//evil.example/book'}, {'booking-url': '//evil.example/book'}, {}],
      ['meso-aftercare', {durations: {makeup: -5}}, {}, {durations: {makeup: -5}}],
      ['meso-aftercare', {treatedAt: 'yesterday'}, {'treated-at': 'yesterday'}, {}],
      ['meso-eligibility', {theme: {toString: () => 'dark'}}, {theme: {toString: () => 'dark'}}, {}],
      ['meso-eligibility', {rules: 'not rules'}, {}, {rules: 'not rules'}],
      ['meso-vs-filler', {answers: {concerns: ['volume']}}, {answers: {concerns: ['volume']}}, {}],
      ['meso-vs-filler', {content: {heading: ''}}, {}, {content: {heading: ''}}],
    ];
    for (const [tag, props, attributes, config] of refused) {
      await assert.rejects(renderWidget(tag, attributes, config), PrerenderError, `renderWidget refuses ${JSON.stringify(props)}`);
      const html = renderToString(h(COMPONENTS[tag], props));
      assert.equal(readBack(html).host.childNodes.length, 0, `${JSON.stringify(props)}: ${html.slice(0, 120)}`);
    }
    const payload = '"><img src=x onerror=alert(1)><script>alert(2)</script>';
    const html = renderToString(h(MesoVsFiller, {clinicName: payload, bookingLabel: payload, content: {heading: payload}}));
    assertTidy(html);
    const tags = [...walk(parseFragment(html))].filter((node) => node.tagName).map((node) => node.tagName);
    assert.ok(!tags.includes('img') && !tags.includes('script'), `no element from text: ${[...new Set(tags)].join(' ')}`);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
  });
});

// --- Property: the same refusals and the same markup as renderWidget, for random properties -------

const tricky = fc.constantFrom(
  '"', "'", '>', '<', '&amp;', '&quot;', '</template>', '<img src=x onerror=alert(1)>', '-->', '<!--', '<!--lit-part-->', '<!--?-->', 'é', '😀', '\r\n', ' ',
  'javascript:alert(1)', '//evil.example', '/book', 'https://clinic.example/book', '2026-11-24T10:30', 'dark', ' DARK ', 'list', 'compare', 'fr', '3',
);
const text = fc.array(fc.oneof(tricky, fc.string({maxLength: 6})), {maxLength: 5}).map((parts) => parts.join(''));
/** Values each property accepts (among them ones the element tidies), so that about half the cases render. */
const GOOD = {
  lang: ['', 'en', 'fr', 'de', 'en-GB', ' fr ', 'ar'],
  theme: ['light', 'dark', 'auto', ' DARK '],
  headingLevel: [2, 3, '4', ' 5 '],
  clinicName: ['Harbour', "O'Brien & <Co>", '"><img src=x onerror=alert(1)>', ''],
  bookingUrl: ['https://clinic.example/book', '/book', 'book?x=1&y="2"', ''],
  bookingLabel: ['Book now', '" onclick="alert(1)', '<!--lit-part-->'],
  clinicPhone: ['+44 20 7946 0000', ''],
  treatedAt: ['2026-11-24T10:30', ''],
  now: ['2026-11-25T12:00'],
  remember: [true, false, ''],
  layout: ['steps', 'list'],
  view: ['both', 'compare', 'helper'],
  selfCheckUrl: ['/check', 'https://clinic.example/check'],
};
const valueFor = (key) =>
  fc.oneof(
    {weight: 24, arbitrary: fc.constantFrom(...(GOOD[key] ?? ['']))},
    {weight: 2, arbitrary: text},
    {weight: 1, arbitrary: fc.oneof(fc.anything(), fc.boolean(), fc.integer({min: -2, max: 9}), fc.double())},
  );
const anyValue = fc.oneof({weight: 4, arbitrary: text}, {weight: 1, arbitrary: fc.anything()});
const CONFIG_VALUES = {
  content: fc.oneof({weight: 4, arbitrary: fc.record({heading: fc.oneof(text.filter((t) => t.trim() !== ''), fc.constantFrom('<b>x</b>', '<!--?-->'))}, {requiredKeys: []})}, {weight: 1, arbitrary: fc.anything()}),
  durations: fc.oneof({weight: 4, arbitrary: fc.record({makeup: fc.integer({min: -10, max: 9000}), exercise: fc.nat(100)}, {requiredKeys: []})}, {weight: 1, arbitrary: fc.anything()}),
  rules: fc.oneof({weight: 4, arbitrary: fc.constant({})}, {weight: 1, arbitrary: fc.anything()}),
  course: fc.oneof(
    {weight: 4, arbitrary: fc.record({sessions: fc.integer({min: 0, max: 20}), interval: fc.constantFrom('P2W', 'P1M', 'PT1H', 'P1Y')}, {requiredKeys: []})},
    {weight: 1, arbitrary: fc.anything()},
  ),
};
/**
 * Properties a widget does not document but has on its prototype (state, methods, the renderer's
 * own setter): `@lit/react` sets what is on the prototype as a property, so these reach the server
 * render, which must refuse them.
 */
const UNDOCUMENTED = ['answers', 'strings', 'locale', 'requestUpdate', 'updateComplete', '__mesoProps', 'connectedCallback'];
const undocumented = (tag) => fc.constantFrom(...UNDOCUMENTED.filter((key) => key in CLASSES[tag].prototype));
/** Props React keeps on the host as attributes. */
const hostProp = fc.record({name: fc.constantFrom('id', 'className', 'title', 'data-x', 'aria-label'), value: fc.string({maxLength: 8})});

const props = fc.constantFrom(...TAGS).chain((tag) =>
  fc.record({
    tag: fc.constant(tag),
    documented: fc.record(Object.fromEntries(Object.keys(PROPS[tag]).map((key) => [key, valueFor(key)])), {requiredKeys: []}),
    config: fc.record(Object.fromEntries(CONFIG[tag].map((key) => [key, CONFIG_VALUES[key]])), {requiredKeys: []}),
    undocumented: fc.oneof({weight: 7, arbitrary: fc.constant({})}, {weight: 1, arbitrary: fc.dictionary(undocumented(tag), anyValue, {minKeys: 1, maxKeys: 1})}),
    host: fc.array(hostProp, {maxLength: 2}),
  }),
);

/** The input renderWidget gets for these React properties, by the table above (refused values kept as they are). */
function widgetInput({tag, documented, config, undocumented: others}) {
  const attributes = {};
  for (const [key, value] of Object.entries(documented)) {
    const [name, type] = PROPS[tag][key];
    if (value === null || value === undefined) continue;
    if (type === Boolean && typeof value === 'boolean') {
      if (value) attributes[name] = '';
    } else if (type === Number && typeof value === 'number' && Number.isFinite(value)) attributes[name] = String(value);
    else attributes[name] = value;
  }
  for (const [key, value] of Object.entries(others)) if (value !== null && value !== undefined) attributes[key] = value;
  const configuration = Object.fromEntries(Object.entries(config).filter(([, value]) => value !== null && value !== undefined));
  return {attributes, config: configuration};
}

describe(`the React components on the server, with random properties (${RUNS} cases)`, () => {
  it('refuse exactly what renderWidget refuses, and otherwise send its static copy, tidy, once', async () => {
    await check(
      fc.asyncProperty(props, async (generated) => {
        const {tag, documented, config, undocumented: others, host} = generated;
        const hostProps = Object.fromEntries(host.map(({name, value}) => [name, value]));
        const html = renderToString(h(COMPONENTS[tag], {...hostProps, ...documented, ...config, ...others}));
        assertTidy(html);
        const got = readBack(html);
        assert.equal(got.host.tagName, tag);
        const hostAttributes = Object.fromEntries(host.map(({name, value}) => [name === 'className' ? 'class' : name, value]));
        const {attributes, config: configuration} = widgetInput(generated);
        const want = await expected(tag, attributes, configuration);
        if (!want) {
          assert.equal(got.host.childNodes.length, 0, `refused by renderWidget, so the bare tag: ${html.slice(0, 160)}`);
          assert.deepEqual(got.attributes, hostAttributes);
          return;
        }
        assert.equal(got.shadowRoot, want.shadowRoot, 'the static copy renderWidget renders');
        assert.deepEqual(got.host.childNodes.map((child) => child.tagName), ['template'], 'nothing but the shadow root');
        assert.deepEqual(got.attributes, {...want.reflected, ...hostAttributes}, 'the host props and the reflected attributes, nothing else');
      }),
    );
  });
});
