// Every ```html snippet in the README and the Storybook guides, pasted into a page as a clinic
// would: it must not swallow what follows it (an unclosed or mismatched meso-* tag hides the rest
// of the host page) and must render without a warning or a meso-config-error. Snippets are read
// from the files themselves, so a new snippet is tested the day it is written.
// The privacy guide's intake-page script (```js, reads `#meso-share=`) is run the same way: against
// an address in the documented format, it must yield the checked object and clear the address bar.
import {expect} from '@open-wc/testing';
import '../../src/index.js';
import type {ConfigErrorDetail} from '../../src/index.js';

const DOCS = [
  '/README.md',
  '/stories/Introduction.mdx',
  '/stories/guides/getting-started.mdx',
  '/stories/guides/cms.mdx',
  '/stories/guides/content.mdx',
  '/stories/guides/events.mdx',
  '/stories/guides/accessibility.mdx',
  '/stories/guides/privacy.mdx',
  '/stories/guides/frameworks/react.mdx',
];
const WIDGETS = 'meso-eligibility, meso-aftercare, meso-vs-filler';

/** The ```html fenced blocks of a Markdown/MDX text. */
function htmlSnippets(text: string): string[] {
  return [...text.matchAll(/^```html\n([\s\S]*?)^```/gm)].map((match) => match[1]);
}

describe('htmlSnippets', () => {
  it('finds html fences only, with their text', () => {
    const text = '# t\n```html\n<p>a</p>\n```\n```js\nx\n```\n```html\n<b>b</b>\n```\n';
    expect(htmlSnippets(text)).to.deep.equal(['<p>a</p>\n', '<b>b</b>\n']);
  });
});

describe('HTML snippets in the docs', () => {
  const snippets: {file: string; n: number; html: string}[] = [];
  before(async () => {
    for (const file of DOCS) {
      const response = await fetch(file);
      expect(response.ok, file).to.equal(true);
      htmlSnippets(await response.text()).forEach((html, i) => snippets.push({file, n: i + 1, html}));
    }
  });

  it('exist: the README and the guides show HTML a clinic can paste', () => {
    expect(snippets.filter((snippet) => snippet.file === '/README.md').length).to.be.greaterThan(1);
    expect(snippets.length).to.be.greaterThan(5);
  });

  it('each close every meso-* element, so the page after them stays, and render without a warning', async () => {
    const problems: string[] = [];
    for (const {file, n, html} of snippets) {
      const where = `${file} snippet ${n}`;
      const warnings: string[] = [];
      const errors: ConfigErrorDetail[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
      const onError = (event: Event) => errors.push((event as CustomEvent<ConfigErrorDetail>).detail);
      document.addEventListener('meso-config-error', onError);
      const host = document.createElement('div');
      try {
        // innerHTML parses like a page does but runs no script: JSON config blocks stay data.
        host.innerHTML = `${html}<p id="after-snippet">after</p>`;
        document.body.append(host);
        const widgets = [...host.querySelectorAll<HTMLElement & {updateComplete?: Promise<unknown>}>(WIDGETS)];
        await Promise.all(widgets.map((widget) => widget.updateComplete));
        const after = host.querySelector('#after-snippet');
        const swallowedBy = after?.parentElement?.closest(WIDGETS);
        if (swallowedBy) problems.push(`${where}: <${swallowedBy.localName}> swallows the content after the snippet`);
        for (const widget of widgets) {
          if (!widget.shadowRoot?.querySelector('[part="heading"]')) problems.push(`${where}: <${widget.localName}> did not render`);
        }
        warnings.forEach((text) => problems.push(`${where}: console.warn ${text}`));
        errors.forEach((error) => problems.push(`${where}: meso-config-error ${error.path}: ${error.message}`));
      } finally {
        console.warn = warn;
        document.removeEventListener('meso-config-error', onError);
        host.remove();
      }
    }
    expect(problems).to.deep.equal([]);
  });
});

/** The ```js fenced blocks of a Markdown/MDX text. */
function jsSnippets(text: string): string[] {
  return [...text.matchAll(/^```js\n([\s\S]*?)^```/gm)].map((match) => match[1]);
}

// The privacy guide's intake-page script, run as a clinic's page would run it: against an address
// in the documented format (`#meso-share=` + the share detail as JSON, a URLSearchParams value).
describe("The privacy guide's intake-page script (share-url)", () => {
  const detail = {
    channel: 'url',
    outcome: 'ask-doctor',
    answers: {adult: 'yes', pregnant: 'no', bleeding: 'unsure', 'heart-stroke': 'no'},
    goals: ['face', 'hair'],
    date: '2026-12-02',
  };
  const fragment = (value: string) => `#${new URLSearchParams({'meso-share': value})}`;
  let script = '';
  let original = '';
  before(async () => {
    const scripts = jsSnippets(await (await fetch('/stories/guides/privacy.mdx')).text()).filter((code) => code.includes("'meso-share'"));
    expect(scripts, 'one js snippet reads meso-share').to.have.length(1);
    script = scripts[0];
  });
  beforeEach(() => {
    original = location.href;
  });
  afterEach(() => history.replaceState(history.state, '', original));

  /** Puts `hash` in this page's address, runs the guide's script and returns its `shared`. */
  function runWith(hash: string): unknown {
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
    return new Function(`${script}\nreturn shared;`)();
  }

  it('yields the shared object and clears it from the address bar, without a new history entry', () => {
    const entries = history.length;
    expect(runWith(fragment(JSON.stringify(detail)))).to.deep.equal(detail);
    expect(location.hash).to.equal('');
    expect(location.href).not.to.include('meso-share');
    expect(history.length).to.equal(entries);
  });

  it('reads a fragment encoded with encodeURIComponent too', () => {
    expect(runWith(`#meso-share=${encodeURIComponent(JSON.stringify(detail))}`)).to.deep.equal(detail);
  });

  it('refuses a tampered summary, and still clears it', () => {
    const tampered = [
      {...detail, answers: {pregnant: '<img src=x onerror=alert(1)>'}},
      {...detail, answers: {'not-a-question': 'yes'}},
      {...detail, answers: ['yes']},
      {...detail, outcome: 'eligible'},
      {...detail, channel: 'email'},
      {...detail, goals: ['face', 'botox']},
      {...detail, goals: 'face'},
      {...detail, date: '2 December 2026'},
      null,
    ];
    for (const value of tampered) {
      expect(runWith(fragment(JSON.stringify(value))), JSON.stringify(value)).to.equal(null);
      expect(location.hash).to.equal('');
    }
    expect(runWith(fragment('{not json'))).to.equal(null);
    expect(location.hash).to.equal('');
  });

  it('keeps only what it checked (nothing extra comes through)', () => {
    expect(runWith(fragment(JSON.stringify({...detail, name: 'Ann', extra: {a: 1}})))).to.deep.equal(detail);
  });

  it('leaves a page without the fragment alone', () => {
    const before = location.href;
    expect(runWith('#other=1')).to.equal(null);
    expect(location.href).to.equal(`${before.split('#')[0]}#other=1`);
  });
});
