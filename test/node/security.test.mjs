// Regression tests for the security review of 2026-12 (../shared/reviews/security-review-2026-12.md):
// each reproduction of the review, and variants of it, against the build (npm run build first).
// Finding numbers are the review's.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {chmodSync, lstatSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {parseFragment} from 'parse5';
import {main} from '../../dist/cli.js';
import * as ssr from '../../dist/ssr.js';

const {prerender, PrerenderError, renderWidget, widgetAttributes} = ssr;

const BIN = new URL('../../bin/meso-widgets.js', import.meta.url).pathname;
const MANIFEST = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));

/** The elements of a fragment, in document order (template contents included). */
function elements(node, out = []) {
  for (const child of node.nodeName === 'template' ? node.content.childNodes : (node.childNodes ?? [])) {
    if (child.tagName) out.push(child);
    elements(child, out);
  }
  return out;
}

/** The attributes of the first `tag` element of `html`, as a browser's parser reads them. */
function attributesOf(html, tag) {
  const element = elements(parseFragment(html)).find((el) => el.tagName === tag);
  assert.ok(element, `no <${tag}> in ${html.slice(0, 200)}`);
  return Object.fromEntries(element.attrs.map((attr) => [attr.name, attr.value]));
}

/** The light DOM of `html`: every element but those inside a shadow root's template, as `tag[attr=value]` lines. */
function lightDom(html) {
  const out = [];
  const walk = (node) => {
    for (const child of node.childNodes ?? []) {
      if (!child.tagName) continue;
      if (child.tagName === 'template' && child.attrs.some((a) => a.name === 'shadowrootmode')) continue;
      out.push(`${child.tagName}${child.attrs.map((a) => `[${a.name}=${JSON.stringify(a.value)}]`).join('')}`);
      walk(child.tagName === 'template' ? child.content : child);
    }
  };
  walk(parseFragment(html));
  return out;
}

const rejects = (promise, pattern, limit) =>
  assert.rejects(promise, (error) => {
    assert.ok(error instanceof PrerenderError, `expected a PrerenderError, got ${error?.name}: ${error?.message}`);
    assert.match(error.message, pattern);
    if (limit) assert.equal(error.limit, limit);
    return true;
  });

describe('finding 1: prerender never turns attribute text into attributes', () => {
  // The review's DOMPurify-clean payload, its Vue-style variant, and variants of both.
  const payloads = [
    '<p>Compare:</p><meso-vs-filler view="compare" theme="auto" data-a.b="x theme=" data-n1="tabindex=0 autofocus onfocus=alert(document.domain) z=" data-c.d="y theme=" data-n2="v2"></meso-vs-filler>',
    '<meso-vs-filler :title="Compare treatments onclick=" view="compare"></meso-vs-filler>',
    '<meso-vs-filler :title="Compare treatments onclick=" data-x="alert(1)"></meso-vs-filler>',
    '<meso-vs-filler x-on:click="a theme=" data-q=" onmouseover=alert(1) " view="compare"></meso-vs-filler>',
    '<meso-eligibility xml:lang="a layout=" data-z="onfocus=alert(1) autofocus x=" layout="list"></meso-eligibility>',
    '<meso-aftercare @click="b remember=" data-r="hidden inert style=display:none q="></meso-aftercare>',
    '<meso-vs-filler data-a.b="x theme=" data-c.d="y theme=" data-e.f="z theme=" theme=" DARK "></meso-vs-filler>',
    `<meso-vs-filler data-a.b='x theme="' onclick-text="1" view='compare'></meso-vs-filler>`,
    '<meso-vs-filler data-a.b=x&quot;theme=&quot; theme=DARK view=compare></meso-vs-filler>',
    '<meso-vs-filler title="&quot; onfocus=&quot;alert(1)" clinic-name="dark &lt;x&gt; &amp;" theme=" DARK "></meso-vs-filler>',
  ];
  for (const [index, input] of payloads.entries()) {
    it(`payload ${index + 1}: the widget has exactly its own attributes, plus the ones it reflects`, async () => {
      const tag = input.match(/<(meso-[a-z-]+)/)[1];
      const before = attributesOf(input, tag);
      const out = await prerender(input);
      const after = attributesOf(out, tag);
      const reflected = ['theme', 'view', 'layout', 'remember'];
      for (const [name, value] of Object.entries(before)) {
        if (reflected.includes(name) && name in after) continue;
        assert.equal(after[name], value, `attribute ${name}`);
      }
      const extra = Object.keys(after).filter((name) => !(name in before));
      assert.deepEqual(extra.filter((name) => !reflected.includes(name)), [], `attributes that were not in the input: ${extra}`);
      assert.ok(!Object.keys(after).some((name) => /^on/.test(name) && !(name in before)), 'no event handler appears');
      // Only the widget's start tag and shadow root changed: the light DOM is the input's.
      assert.deepEqual(lightDom(out).filter((line) => !line.startsWith(tag)), lightDom(input).filter((line) => !line.startsWith(tag)));
    });
  }

  it('writes a tidied value with <, >, & and " escaped', async () => {
    const out = await prerender('<meso-vs-filler theme=" DARK "></meso-vs-filler>');
    assert.ok(out.startsWith('<meso-vs-filler theme="dark" view="both"><template'), out.slice(0, 80));
  });

  it('finding 10f: keeps the / that ends an unquoted value, and drops only a real self-closing /', async () => {
    const out = await prerender('<meso-vs-filler booking-url=https://clinic.example/book/></meso-vs-filler>');
    assert.equal(attributesOf(out, 'meso-vs-filler')['booking-url'], 'https://clinic.example/book/');
    assert.ok(out.startsWith('<meso-vs-filler booking-url=https://clinic.example/book/ theme="light" view="both"><template'), out.slice(0, 100));
    const closed = await prerender('<div><meso-vs-filler view=compare /></div>');
    assert.ok(closed.startsWith('<div><meso-vs-filler view=compare  theme="light"><template'), closed.slice(0, 100));
  });
});

describe('finding 2: renderWidget accepts only documented attribute names', () => {
  const documented = (tag) => MANIFEST.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag).attributes.map((a) => a.name);

  it('takes the attributes custom-elements.json documents, and only those', () => {
    for (const tag of ['meso-eligibility', 'meso-aftercare', 'meso-vs-filler']) {
      assert.deepEqual([...widgetAttributes(tag)].sort(), [...documented(tag)].sort(), tag);
    }
  });

  const attacks = [
    ['an event handler', {onmouseover: 'alert(document.domain)'}],
    ['a tag breakout', {'x><img src=x onerror=alert(document.domain)><y': ''}],
    ['a quote in the name', {'a" onfocus="alert(1)" autofocus b': 'v'}],
    ['a template breakout', {'x></template><img src=x onerror=alert(1)>': 'v'}],
    ['a name with a space', {'theme autofocus': 'dark'}],
    ['an upper-case documented name', {THEME: 'dark'}],
    ['style', {style: 'display:none'}],
    ['slot', {slot: 'x'}],
    ['__proto__', JSON.parse('{"__proto__": "x"}')],
    ['constructor', {constructor: 'x'}],
    ['an empty name', {'': 'x'}],
  ];
  for (const [name, attributes] of attacks) {
    it(`refuses ${name} with PrerenderError`, async () => {
      await rejects(renderWidget('meso-vs-filler', attributes), /has no attribute/);
    });
  }

  it('refuses a value that is not a string, and attributes or config that are not objects', async () => {
    await rejects(renderWidget('meso-vs-filler', {theme: 7}), /"theme" is a number; expected a string/);
    await rejects(renderWidget('meso-vs-filler', 'theme=dark'), /attributes as an object/);
    await rejects(renderWidget('meso-vs-filler', {}, ['content']), /configuration as an object/);
    await rejects(renderWidget('meso-nope'), /unknown element <meso-nope>/);
  });

  it('escapes every character that could end a value: the value stays one attribute', async () => {
    const value = '"><img src=x onerror=alert(1)> & \'';
    const out = await renderWidget('meso-vs-filler', {'clinic-name': value});
    assert.deepEqual(attributesOf(out, 'meso-vs-filler')['clinic-name'], value);
    assert.equal(elements(parseFragment(out)).filter((el) => el.tagName === 'img').length, 0);
  });
});

describe('finding 3: --output never follows a planted link', () => {
  const io = () => {
    const chunks = {stdout: '', stderr: ''};
    return {
      chunks,
      io: {
        stdin: (async function* () {})(),
        stdout: {write: (text) => (chunks.stdout += text)},
        stderr: {write: (text) => (chunks.stderr += text)},
      },
    };
  };

  it('leaves a file that a link at the old temporary name points to as it was', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'meso-plant-'));
    const page = join(dir, 'page.html');
    writeFileSync(page, '<p>page</p><meso-vs-filler view="compare"></meso-vs-filler>');
    const target = join(dir, 'index.html');
    writeFileSync(target, 'old output');
    chmodSync(target, 0o600);
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'secret');
    chmodSync(victim, 0o640);
    // The names the command used to write through: <target>.<pid>.tmp, for this process and the next ones.
    for (let pid = process.pid; pid < process.pid + 50; pid++) symlinkSync(victim, `${target}.${pid}.tmp`);
    const {io: streams, chunks} = io();
    assert.equal(await main(['prerender', page, '--output', target], streams), 0, chunks.stderr);
    assert.equal(readFileSync(victim, 'utf8'), 'secret');
    assert.equal(statSync(victim).mode & 0o777, 0o640);
    assert.ok(lstatSync(target).isFile(), 'the output is a file, not a link');
    assert.equal(statSync(target).mode & 0o777, 0o600, 'the output keeps its mode');
    assert.match(readFileSync(target, 'utf8'), /<template shadowroot/);
    // Nothing left behind but what was there.
    assert.deepEqual(readdirSync(dir).filter((name) => !name.endsWith('.tmp')).sort(), ['index.html', 'page.html', 'victim.txt']);
    assert.equal(readdirSync(dir).filter((name) => name.endsWith('.tmp')).length, 50);
  });

  it('the real binary, with links planted for a range of process ids', () => {
    const dir = mkdtempSync(join(tmpdir(), 'meso-plant-'));
    const target = join(dir, 'index.html');
    writeFileSync(target, 'old');
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'secret');
    const probe = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], {encoding: 'utf8'});
    const next = Number(probe.stdout);
    for (let pid = next; pid < next + 400; pid++) symlinkSync(victim, `${target}.${pid}.tmp`);
    const result = spawnSync(process.execPath, [BIN, 'prerender', '--output', target], {input: '<meso-vs-filler></meso-vs-filler>', encoding: 'utf8'});
    assert.equal(result.status, 0, result.stderr);
    assert.equal(readFileSync(victim, 'utf8'), 'secret');
    assert.ok(lstatSync(target).isFile());
  });

  it('writes a new file with the usual mode, and leaves no temporary file when it cannot rename', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'meso-out-'));
    const {io: streams, chunks} = io();
    const fresh = join(dir, 'fresh.html');
    streams.stdin = (async function* () {
      yield '<meso-vs-filler></meso-vs-filler>';
    })();
    assert.equal(await main(['prerender', '-o', fresh], streams), 0, chunks.stderr);
    assert.equal(statSync(fresh).mode & 0o777, 0o666 & ~process.umask());
    const {io: again, chunks: said} = io();
    again.stdin = (async function* () {
      yield '<meso-vs-filler></meso-vs-filler>';
    })();
    // A folder in the way: the rename fails, and the temporary file goes.
    const blocked = join(dir, 'blocked');
    spawnSync('mkdir', [join(blocked), join(blocked, 'inside')]);
    assert.equal(await main(['prerender', '-o', blocked], again), 1);
    assert.match(said.stderr, /cannot write/);
    assert.deepEqual(readdirSync(dir).sort(), ['blocked', 'fresh.html']);
  });
});

describe('finding 5: widgets in SVG or MathML', () => {
  for (const [name, input] of [
    ['<svg>', '<p>x</p>\n<svg><meso-vs-filler></meso-vs-filler></svg>'],
    ['<math>', '<math><meso-aftercare></meso-aftercare></math>'],
    ['<svg> deep inside', '<svg><g><g><text><meso-eligibility></meso-eligibility></text></g></g></svg>'],
    ['<svg> with an upper-case tag', '<SVG><MESO-VS-FILLER></MESO-VS-FILLER></SVG>'],
    ['<math> in <mtext> inside <annotation>', '<math><semantics><annotation><meso-vs-filler></meso-vs-filler></annotation></semantics></math>'],
  ]) {
    it(`refuses a widget inside ${name}, naming where`, async () => {
      await rejects(prerender(input), /<meso-[a-z-]+> at line \d+, column \d+ is inside <(svg|math)>, where it can have no shadow root/);
    });
  }

  it('renders a widget in an HTML island of SVG or MathML (foreignObject, desc, mi), where it is an HTML element', async () => {
    for (const input of [
      '<svg><foreignObject><meso-vs-filler></meso-vs-filler></foreignObject></svg>',
      '<svg><desc><meso-vs-filler></meso-vs-filler></desc></svg>',
      '<math><mi><meso-vs-filler></meso-vs-filler></mi></math>',
    ]) {
      const out = await prerender(input);
      assert.match(out, /<meso-vs-filler theme="light" view="both"><template shadowroot/, input);
    }
  });
});

describe('finding 6: a relative booking-url stays relative', () => {
  for (const url of ['/book', 'book', '../clinic/book?x=1&y=2', '?book', '#book', ' /book ']) {
    it(`"${url}" is written as it is, not against localhost`, async () => {
      for (const html of [await prerender(`<meso-vs-filler booking-url="${url}"></meso-vs-filler>`), await renderWidget('meso-vs-filler', {'booking-url': url})]) {
        assert.doesNotMatch(html, /localhost/);
        const link = elements(parseFragment(html)).find((el) => el.attrs.some((a) => a.name === 'part' && a.value.split(' ').includes('booking')));
        assert.equal(link.attrs.find((a) => a.name === 'href').value, url.trim());
      }
    });
  }

  it('an absolute booking-url stays absolute, and no address points at localhost', async () => {
    const html = await prerender('<meso-vs-filler view="helper" self-check-url="/self-check" booking-url="https://clinic.example/book"></meso-vs-filler>');
    assert.doesNotMatch(html, /localhost/);
    const hrefs = elements(parseFragment(html)).flatMap((el) => el.attrs.filter((a) => a.name === 'href').map((a) => a.value));
    assert.ok(hrefs.includes('https://clinic.example/book'), hrefs.join(' '));
    if (hrefs.some((href) => href.includes('self-check'))) assert.ok(hrefs.includes('/self-check'), hrefs.join(' '));
  });
});

describe('finding 8: limits, each a PrerenderError that names it', () => {
  it('5,000 nested tags: maxDepth, at once (the parser stops at the 513th level, not at the end)', async () => {
    // <div> is 5 characters: the 513th starts at column 512 * 5 + 1 = 2561, whatever the input's length.
    await rejects(prerender('<div>'.repeat(5000)), /deeper than maxDepth \(512 levels\) \(at line 1, column 2561\)/, 'maxDepth');
    await rejects(prerender('<div>'.repeat(50_000)), /maxDepth \(512 levels\) \(at line 1, column 2561\)/, 'maxDepth');
    await rejects(prerender(`<meso-vs-filler><template>${'<b>'.repeat(1000)}</template></meso-vs-filler>`), /maxDepth/, 'maxDepth');
  });

  it('accepts nesting up to the limit', async () => {
    const out = await prerender(`${'<div>'.repeat(100)}<meso-vs-filler></meso-vs-filler>`, {maxDepth: 101});
    assert.match(out, /<template shadowroot/);
    await rejects(prerender(`${'<div>'.repeat(100)}<meso-vs-filler></meso-vs-filler>`, {maxDepth: 50}), /maxDepth \(50 levels\)/, 'maxDepth');
  });

  it('widgets, output and input have limits too', async () => {
    const many = '<meso-vs-filler></meso-vs-filler>'.repeat(201);
    await rejects(prerender(many), /201 widgets, more than maxWidgets \(200\)/, 'maxWidgets');
    await rejects(prerender('<meso-vs-filler></meso-vs-filler>', {maxOutputLength: 1000}), /more than maxOutputLength \(1000\)/, 'maxOutputLength');
    await rejects(prerender('<p>hello</p>', {maxInputLength: 5}), /more than maxInputLength \(5\)/, 'maxInputLength');
    await rejects(prerender('<p>x</p>', {maxDepth: 0}), /maxDepth must be a whole number above 0/);
  });

  it('renders 200 identical widgets, the most one page may hold', async () => {
    // How fast is for the benchmarks (npm run bench), not a timed test.
    const out = await prerender('<meso-vs-filler view="compare"></meso-vs-filler>\n'.repeat(200));
    assert.equal(out.match(/<template shadowroot/g).length, 200);
  });

  it('the command says which limit, with no stack trace', () => {
    const result = spawnSync(process.execPath, [BIN, 'prerender'], {input: '<div>'.repeat(5000), encoding: 'utf8'});
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^meso-widgets: standard input: elements nest deeper than maxDepth \(512 levels\)/);
    assert.doesNotMatch(result.stderr, /\n\s+at /);
  });
});

describe('the DOM-free logic entry in plain JavaScript (issue 24: tried as a new user would)', async () => {
  const logic = await import('../../dist/logic.js');
  const at = new Date('2026-11-24T10:00:00Z');
  const safe = {adult: 'yes', pregnant: 'no', breastfeeding: 'no', bleeding: 'no', immune: 'no', skin: 'no', allergy: 'no', conditions: 'no', 'heart-stroke': 'no'};

  it('assessEligibility({goals: [], health: {}}) never says no-concerns: it throws IncompleteAnswersError listing what is missing', () => {
    assert.throws(
      () => logic.assessEligibility({goals: [], health: {}}),
      (error) => error instanceof logic.IncompleteAnswersError && error instanceof logic.LogicInputError && error.missing.includes('goals') && error.missing.includes('adult') && /not complete/.test(error.message),
    );
    assert.throws(() => logic.assessEligibility({goals: ['face'], health: {...safe, bleeding: undefined}}), (error) => error.missing?.join() === 'bleeding');
    assert.equal(logic.assessEligibility({goals: ['face'], health: safe}).outcome, 'no-concerns');
  });

  it('refuses answers of the wrong shape, saying where', () => {
    for (const [answers, where] of [
      [undefined, /^answers: expected an object/],
      [{goals: 'face', health: safe}, /^answers.goals: expected a list/],
      [{goals: ['wieght'], health: safe}, /^answers.goals\[0\]: expected one of/],
      [{goals: ['face'], health: {...safe, pregnant: true}}, /^answers.health.pregnant: expected one of "yes", "no", "unsure", got true/],
      [{goals: ['face'], health: {...safe, tattoo: 'yes'}}, /^answers.health.tattoo: unknown key/],
    ]) {
      assert.throws(() => logic.assessEligibility(answers), (error) => error instanceof logic.LogicInputError && where.test(error.message), String(where));
    }
  });

  it('aftercarePlan(t, {makeup: 48}) keeps the defaults for the rest, and the calendar works', () => {
    const plan = logic.aftercarePlan(at, {makeup: 48}, new Date('2026-11-25T10:00:00Z'));
    for (const item of plan.items) {
      const hours = item.id === 'makeup' ? 48 : logic.DEFAULT_DURATIONS[item.id];
      assert.equal(item.hours, hours, item.id);
      if (hours !== null) assert.equal(item.endsAt.getTime(), at.getTime() + hours * 3_600_000, item.id);
    }
    assert.equal(plan.items.find((item) => item.id === 'alcohol').status, 'active');
    const ics = logic.aftercareCalendar(plan, {title: (id) => id, description: 'Guide', name: 'Aftercare'});
    assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
    assert.equal(ics.match(/BEGIN:VEVENT/g).length, 6);
  });

  it('refuses durations it cannot plan with, saying which', () => {
    for (const [durations, where] of [
      [{makeup: 1e300}, /^durations.makeup: expected null or a number of hours from 0 to 8760/],
      [{makeup: 3_000_000_000}, /^durations.makeup/],
      [{makeup: -1}, /^durations.makeup/],
      [{makeup: '48'}, /^durations.makeup/],
      [{tanning: 24}, /^durations.tanning: expected one of/],
      [[48], /^durations: expected an object/],
    ]) {
      assert.throws(() => logic.aftercarePlan(at, durations, at), (error) => error instanceof logic.LogicInputError && where.test(error.message), String(where));
    }
    assert.equal(logic.aftercarePlan('not a date'), null);
    assert.throws(() => logic.aftercarePlan(42), /treatedAt: expected a Date or an ISO 8601/);
    assert.throws(() => logic.aftercarePlan(new Date(8.64e15)), /treatedAt: is too far/);
    assert.throws(() => logic.aftercareCalendar({items: []}, {}), /plan.treatedAt: expected a valid Date/);
    const plan = logic.aftercarePlan(at, {}, at);
    assert.throws(() => logic.aftercareCalendar(plan, {title: 'x', description: '', name: ''}), /text.title: expected a function/);
    assert.throws(() => logic.aftercareCalendar(plan, {title: (id) => id, description: '', name: ''}, new Date(Number.NaN)), /stamp: expected a valid Date/);
  });

  it('the other public functions check their arguments too', () => {
    assert.throws(() => logic.recommendTreatment('texture'), /concerns: expected a list of concern ids/);
    assert.throws(() => logic.recommendTreatment([1]), /concerns\[0\]: expected a string/);
    assert.throws(() => logic.bookingAllowed('maybe'), /outcome: expected one of/);
    assert.throws(() => logic.visibleQuestions({adult: {}}), logic.LogicInputError);
    assert.throws(() => logic.mergeRules(null, {}), /base: expected an object/);
    assert.throws(() => logic.mergeDurations(DEFAULTLESS, {}), logic.LogicInputError);
    assert.throws(() => logic.pluralText({one: 'x'}, 1, 'en'), /forms.other: expected a string/);
    assert.throws(() => logic.matchLocale(7, ['en']), /requested: expected a string/);
    assert.throws(() => logic.escapeText(null), /text: expected a string/);
    assert.throws(() => logic.parseTreatedAt(5), /input: expected a string/);
  });
});

const DEFAULTLESS = {makeup: 'soon'};

describe('security review 10a: prerender refuses //host booking URLs too', () => {
  for (const url of ['//evil.example/x', '\\\\evil.example', 'https:evil.example']) {
    it(JSON.stringify(url), async () => {
      await rejects(prerender(`<meso-vs-filler booking-url="${url}"></meso-vs-filler>`), /booking-url: .*is not a valid URL/);
    });
  }
});

describe("the review's attacks on server rendering that held (74 to 87), kept as tests", () => {
  const visible = (html) => html.replace(/<style>[\s\S]*?<\/style>/g, '');

  it('74, 75: JSON text with quotes and markup (updated, heading) is escaped, never markup', async () => {
    const payload = '"></time></template><img src=x onerror=alert(1)>';
    const out = await prerender(`<meso-vs-filler><script type="application/json">${JSON.stringify({content: {heading: payload, updated: payload}}).replace(/</g, '\\u003c')}</script></meso-vs-filler>`).catch((error) => error);
    if (out instanceof Error) {
      assert.ok(out instanceof PrerenderError, String(out));
      return;
    }
    assert.equal(elements(parseFragment(out)).filter((el) => el.tagName === 'img').length, 0);
    assert.ok(!/<img src=x/.test(visible(out)));
  });

  for (const [name, input] of [
    ['<noscript>', '<noscript><meso-vs-filler></meso-vs-filler></noscript>'],
    ['a comment', '<!-- <meso-vs-filler></meso-vs-filler> --><p>x</p>'],
    ['CDATA in HTML (a bogus comment)', '<![CDATA[<meso-vs-filler></meso-vs-filler>]]><p>x</p>'],
    ['CDATA in SVG', '<svg><![CDATA[<meso-vs-filler></meso-vs-filler>]]></svg>'],
    ['<textarea>', '<textarea><meso-vs-filler></meso-vs-filler></textarea>'],
    ['<title>', '<title><meso-vs-filler></meso-vs-filler></title>'],
    ['<script>', '<script>"<meso-vs-filler></meso-vs-filler>"</script>'],
    ['<style>', '<style>/* <meso-vs-filler></meso-vs-filler> */</style>'],
    ['<plaintext>', '<p>x</p><plaintext><meso-vs-filler></meso-vs-filler>'],
    ['<xmp>', '<xmp><meso-vs-filler></meso-vs-filler></xmp>'],
    ['<iframe> text', '<iframe><meso-vs-filler></meso-vs-filler></iframe>'],
    ['an attribute value', '<p title="<meso-vs-filler></meso-vs-filler>">x</p>'],
  ]) {
    it(`76-82: no insertion inside ${name}`, async () => {
      assert.equal(await prerender(input), input);
    });
  }

  it('83: a widget inside a widget: only the outer one is rendered', async () => {
    const out = await prerender('<meso-vs-filler><meso-aftercare></meso-aftercare></meso-vs-filler>');
    assert.equal(out.match(/<template shadowroot/g).length, 1);
    assert.ok(out.includes('<meso-aftercare></meso-aftercare>'));
  });

  it('84: foster parenting inside a table still gives the widget its shadow root', async () => {
    const out = await prerender('<table><meso-vs-filler></meso-vs-filler><tr><td>x</td></tr></table>');
    assert.match(out, /^<table><meso-vs-filler theme="light" view="both"><template shadowroot/);
  });

  it('85: a widget that already holds a declarative shadow root is left as it is', async () => {
    const input = '<meso-vs-filler><template shadowrootmode="open"><p>mine</p></template></meso-vs-filler>';
    assert.equal(await prerender(input), input);
  });

  it('86, 87: __proto__ and constructor as attribute names or JSON keys pollute nothing', async () => {
    const out = await prerender('<meso-vs-filler __proto__="x" constructor="y" data-__proto__="z"></meso-vs-filler>');
    assert.match(out, /__proto__="x" constructor="y"/);
    await rejects(prerender('<meso-vs-filler><script type="application/json">{"__proto__": {"polluted": 1}, "content": {"__proto__": {"polluted": 1}}}</script></meso-vs-filler>'), /JSON block is not valid|__proto__/);
    assert.equal({}.polluted, undefined);
    assert.equal(Object.prototype.polluted, undefined);
  });
});
