// Property-based tests (fast-check) of every element's configuration: random JSON blocks and random
// property values. Whatever the values, the widget renders (a heading and text, never blank), nothing
// is thrown, and every refusal is reported as one console.warn and one meso-config-error.
// 1,000 cases per element in Chromium (MESO_PROPERTY_RUNS in the page's URL is not needed: CI runs the
// default), 100 in Firefox and WebKit; a failure prints the seed.
import {expect, fixture, html} from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import {aftercareEn, eligibilityEn, vsFillerEn} from '../../src/index.js';
import {captureConfigErrors, captureWarnings, textOf} from '../helpers.js';

type Widget = HTMLElement & {updateComplete: Promise<boolean>; shadowRoot: ShadowRoot; [key: string]: unknown};

const chromium = /Chrome\//.test(navigator.userAgent);
const RUNS = chromium ? 1000 : 100;

/** Runs `property` RUNS times with a printed seed, so a failure can be replayed. */
async function check<T>(property: fc.IAsyncProperty<T>) {
  const seed = (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
  try {
    await fc.assert(property, {numRuns: RUNS, seed});
  } catch (error) {
    const cause = (error as Error & {cause?: unknown}).cause;
    throw new Error(`fast-check seed ${seed} (${RUNS} runs): ${(error as Error).message}${cause instanceof Error ? `\nWhat failed: ${cause.message}` : ''}`);
  }
}

/** Every path to a leaf of a content object (`summary.heading`, `questions.adult.label`, `extraDonts`). */
function paths(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => paths(child, [...prefix, key]));
}

/** Values of every kind, the hostile ones the review tried included: forged Lit results, huge numbers. */
const hostile = fc.oneof(
  fc.jsonValue({maxDepth: 2}),
  fc.constantFrom<unknown>(
    {_$litType$: 1, strings: ['<img src=x onerror=alert(1)>'], values: []},
    {_$litDirective$: 1, values: []},
    {['__proto__']: {polluted: true}},
    1e300,
    -1,
    3_000_000_000,
    Number.MAX_SAFE_INTEGER,
    0.5,
    '',
    '<img src=x onerror=alert(1)>',
    [{a: 1}, 5, null],
    ['a', 2],
    [],
    {},
    null,
    true,
  ),
);

/** An override shaped like the content (real paths, random values), or anything at all. */
function overrideFor(content: object) {
  const leaves = paths(content).filter((path) => path.length);
  const shaped = fc.array(fc.tuple(fc.constantFrom(...leaves), fc.oneof(hostile, fc.string())), {maxLength: 4}).map((pairs) => {
    const out: Record<string, unknown> = {};
    for (const [path, value] of pairs) {
      let at = out;
      path.slice(0, -1).forEach((key) => (at = (at[key] = typeof at[key] === 'object' && at[key] !== null ? at[key] : {}) as Record<string, unknown>));
      at[path[path.length - 1]] = value;
    }
    return out;
  });
  return fc.oneof({weight: 4, arbitrary: shaped}, {weight: 1, arbitrary: hostile});
}

const ITEMS = ['makeup', 'alcohol', 'exercise', 'heat-water', 'irritants', 'massage', 'sun', 'smoking', 'blood-thinners', 'tan'];
const QUESTIONS = ['adult', 'pregnant', 'breastfeeding', 'bleeding', 'immune', 'skin', 'allergy', 'conditions', 'heart-stroke', 'tattoo'];
const durations = fc.oneof({weight: 4, arbitrary: fc.dictionary(fc.constantFrom(...ITEMS), hostile, {maxKeys: 4})}, {weight: 1, arbitrary: hostile});
const rules = fc.oneof(
  {weight: 4, arbitrary: fc.dictionary(fc.constantFrom(...QUESTIONS), fc.oneof(fc.record({severity: fc.oneof(fc.constantFrom('not-recommended', 'not-now', 'ask-doctor', 'no-concerns'), hostile), hidden: fc.oneof(fc.boolean(), hostile)}, {requiredKeys: []}), hostile), {maxKeys: 4})},
  {weight: 1, arbitrary: hostile},
);

const ELEMENTS = {
  'meso-eligibility': {content: eligibilityEn, extra: {rules}},
  'meso-aftercare': {content: aftercareEn, extra: {durations}},
  'meso-vs-filler': {content: vsFillerEn, extra: {}},
} as const;

/** A configuration: what goes in the JSON block, and what is set as properties. */
function configFor(tag: keyof typeof ELEMENTS) {
  const {content, extra} = ELEMENTS[tag];
  const config = fc.record({content: overrideFor(content), ...extra}, {requiredKeys: []});
  return fc.record({
    block: fc.oneof({weight: 5, arbitrary: config.map((value) => JSON.stringify(value) ?? '')}, {weight: 1, arbitrary: fc.string()}, {weight: 1, arbitrary: fc.jsonValue().map((value) => JSON.stringify(value))}),
    properties: fc.option(config, {nil: undefined}),
    unknownKey: fc.boolean(),
  });
}

/** Renders the widget as configured, and what it told the page. */
async function render(tag: keyof typeof ELEMENTS, {block, properties}: {block: string; properties?: Record<string, unknown>}) {
  const uncaught: string[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(String(event.error ?? event.message));
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(`unhandled: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const warnings = captureWarnings();
  const reported = captureConfigErrors();
  try {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement(tag) as unknown as Widget;
    if (tag === 'meso-aftercare') {
      // A plan and its calendar are drawn, so durations reach the timeline.
      el.setAttribute('treated-at', '2026-11-24T10:30');
      el.setAttribute('now', '2026-11-25T12:00');
    }
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = block;
    el.append(script);
    if (properties) for (const [key, value] of Object.entries(properties)) el[key] = value;
    host.append(el);
    for (let i = 0; i < 3; i++) await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    return {el, uncaught, warnings: [...warnings.messages], errors: [...reported.errors]};
  } finally {
    warnings.restore();
    reported.stop();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
}

for (const tag of Object.keys(ELEMENTS) as (keyof typeof ELEMENTS)[]) {
  describe(`<${tag}> with random configuration (${RUNS} cases)`, () => {
    it('always renders, never throws, and reports every refusal once as a warning and a meso-config-error', async function () {
      this.timeout(600_000);
      await check(
        fc.asyncProperty(configFor(tag), async (config) => {
          const {el, uncaught, warnings, errors} = await render(tag, config);
          expect(uncaught, 'uncaught errors').to.deep.equal([]);
          const heading = el.shadowRoot.querySelector('h1, h2, h3, h4, h5, h6');
          expect(heading, 'a heading').to.not.equal(null);
          expect(textOf(heading).length, 'the heading has text').to.be.greaterThan(0);
          expect(textOf(el.shadowRoot.querySelector('[part="disclaimer"]')).length, 'the disclaimer shows').to.be.greaterThan(0);
          // Every warning is a refusal the page hears about: as many events as warnings.
          const ours = warnings.filter((warning) => warning.startsWith('<meso-'));
          expect(errors.length, `events ${JSON.stringify(errors)} for warnings ${JSON.stringify(warnings)}`).to.equal(ours.length);
          for (const error of errors) {
            expect(error.path, 'a path').to.be.a('string').and.not.equal('');
            expect(error.message, 'a message').to.be.a('string').and.not.equal('');
          }
          el.remove();
        }),
      );
    });
  });
}
