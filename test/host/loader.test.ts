// The loader (dist/meso-loader.js) and prerendered pages, as a clinic page uses them, in iframes.
// They load the build: run `npm run build` first.
import {expect, waitUntil} from '@open-wc/testing';
import {textOf} from '../helpers.js';

interface Probe {
  errors: string[];
  violations: string[];
  warnings: string[];
  configErrors: {path: string; message: string}[];
}
type HostWindow = Window & typeof globalThis & {probe: Probe};
type Widget = HTMLElement & {updateComplete: Promise<boolean>; shadowRoot: ShadowRoot};

const TAGS = ['meso-eligibility', 'meso-aftercare', 'meso-vs-filler'];
const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

/** Opens `url` in an iframe (optionally sandboxed) and waits for its load event. */
async function open(url: string, sandbox?: string): Promise<HostWindow> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.src = url;
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as HostWindow;
}

async function defined(win: HostWindow, tags: string[]) {
  await waitUntil(() => tags.every((tag) => win.customElements.get(tag)), `not defined: ${tags.join(', ')}`, {timeout: 5000});
  for (const el of win.document.querySelectorAll<Widget>(tags.join(','))) await el.updateComplete;
}

/** Paths the page fetched from dist/. */
const distRequests = (win: HostWindow) =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/'));

const litNotices = (warnings: string[]) => warnings.filter((warning) => !/^(Lit is in dev mode|Multiple versions of Lit)/.test(warning));
const widgets = (win: HostWindow) => TAGS.map((tag) => win.document.querySelector(tag) as Widget);
const headings = (el: Widget) => [...el.shadowRoot.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => textOf(h));

describe('meso-loader.js', () => {
  it('on a page with only <meso-vs-filler>, fetches no eligibility or aftercare code; a later <meso-aftercare> is defined', async () => {
    const win = await open('/test/host/pages/loader.html');
    await defined(win, ['meso-vs-filler']);
    const first = distRequests(win);
    expect(first.filter((path) => path.startsWith('/dist/loader/vs-filler-')), first.join()).to.have.length(1);
    expect(first.filter((path) => path.startsWith('/dist/loader/core-')), first.join()).to.have.length(1);
    expect(first.filter((path) => /eligibility|aftercare|storage/.test(path)), first.join()).to.deep.equal([]);
    expect(win.customElements.get('meso-aftercare')).to.equal(undefined);

    const section = win.document.createElement('section');
    section.innerHTML = '<meso-aftercare now="2026-11-25T12:00"></meso-aftercare>';
    win.document.body.append(section);
    await defined(win, ['meso-aftercare']);
    expect(textOf(win.document.querySelector<Widget>('meso-aftercare')!.shadowRoot.querySelector('h2'))).to.equal('Your aftercare plan');
    const after = distRequests(win);
    expect(after.filter((path) => path.startsWith('/dist/loader/aftercare-'))).to.have.length(1);
    expect(after.filter((path) => path.startsWith('/dist/loader/core-')), 'one core for both').to.have.length(1);
    expect(after.filter((path) => path.includes('eligibility'))).to.deep.equal([]);
    expect(win.probe.errors).to.deep.equal([]);
  });

  it('works under the strict Content-Security-Policy with Trusted Types', async () => {
    const win = await open('/test/host/pages/loader-csp.html');
    await defined(win, TAGS);
    const [eligibility, aftercare, vsFiller] = widgets(win);
    [...eligibility.shadowRoot.querySelectorAll('button')].find((button) => textOf(button) === 'Start')!.click();
    await eligibility.updateComplete;
    expect(textOf(eligibility.shadowRoot.querySelector('#step-heading'))).to.contain('What would you like to improve?');
    expect(aftercare.shadowRoot.querySelector('[part="timeline"]')).to.not.equal(null);
    vsFiller.shadowRoot.querySelector<HTMLInputElement>('#concern-volume')!.click();
    await vsFiller.updateComplete;
    expect(textOf(vsFiller.shadowRoot.querySelector('[part="recommendation"]')).toLowerCase()).to.contain('dermal fillers');
    expect(win.probe.violations).to.deep.equal([]);
    expect(win.probe.errors).to.deep.equal([]);
  });

  for (const [order, page] of [
    ['after', 'loader-bundle.html'],
    ['before', 'loader-first.html'],
  ]) {
    it(`${order} the one-file bundle: one definition, no element chunk fetched, no warning`, async () => {
      const win = await open(`/test/host/pages/${page}`);
      await defined(win, TAGS);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(distRequests(win).filter((path) => path.startsWith('/dist/loader/'))).to.deep.equal([]);
      expect(win.probe.errors).to.deep.equal([]);
      expect(litNotices(win.probe.warnings)).to.deep.equal([]);
      for (const el of widgets(win)) expect(headings(el).length).to.be.greaterThan(0);
    });
  }
});

describe('meso-loader.js without its chunks', () => {
  it('says so once per tag: one warning and one meso-config-error, and nothing thrown', async () => {
    const win = await open('/test/host/pages/loader-missing.html');
    await waitUntil(() => win.probe.warnings.length > 0, 'no warning', {timeout: 5000});
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(win.probe.warnings).to.have.length(1);
    expect(win.probe.warnings[0]).to.match(/^<meso-vs-filler>: could not load its code: is the loader\/ folder next to meso-loader\.js\? \w*Error/);
    expect(win.probe.configErrors).to.have.length(1);
    expect(win.probe.configErrors[0].path).to.equal('loader');
    expect(win.probe.errors).to.deep.equal([]);
  });
});

describe('meso-loader.js where Trusted Types allow no policy (security review 10c)', () => {
  it('names the real cause, the refused "lit-html" policy, in its one warning and one meso-config-error', async () => {
    const win = await open('/test/host/pages/loader-tt-none.html');
    if (!('trustedTypes' in win)) {
      // An engine without Trusted Types enforces nothing: the widget works.
      await defined(win, ['meso-vs-filler']);
      expect(win.probe.warnings).to.deep.equal([]);
      return;
    }
    await waitUntil(() => win.probe.warnings.length > 0, 'no warning', {timeout: 5000});
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(win.probe.warnings).to.have.length(1);
    expect(win.probe.warnings[0]).to.match(/^<meso-vs-filler>: could not load its code: the page's Trusted Types setting refused the policy "lit-html"/);
    expect(win.probe.warnings[0]).not.to.match(/loader\/ folder/);
    expect(win.probe.configErrors).to.have.length(1);
    expect(win.probe.configErrors[0].path).to.equal('loader');
    expect(win.probe.configErrors[0].message).to.match(/trusted-types lit-html.*\(\w*Error: .+\)$/);
    expect(win.probe.errors).to.deep.equal([]);
  });
});

describe('a prerendered page', () => {
  const PAGE = '/__prerendered/test/host/pages/static.html';

  it('shows each widget with JavaScript off: content, care cards, phone; controls replaced by a note', async () => {
    const win = await open(PAGE, 'allow-same-origin');
    const [eligibility, aftercare, vsFiller] = widgets(win);
    for (const tag of TAGS) expect(win.customElements.get(tag), `${tag} is not defined without script`).to.equal(undefined);
    expect(headings(eligibility)[0]).to.equal('Is mesotherapy right for me?');
    expect(textOf(eligibility.shadowRoot.querySelector('[part="phone"]'))).to.contain('+44 20 7946 0000');
    expect(textOf(aftercare.shadowRoot.querySelector('[part="guide"]'))).to.contain('for at least 2 days');
    expect(aftercare.shadowRoot.querySelectorAll('[part="care-card"]').length).to.equal(3);
    expect(vsFiller.shadowRoot.querySelectorAll('table tbody tr').length).to.be.greaterThan(5);
    for (const el of [eligibility, aftercare, vsFiller]) {
      const note = el.shadowRoot.querySelector('.script-note')!;
      expect(win.getComputedStyle(note).visibility, el.localName).to.equal('visible');
      expect(textOf(note)).to.contain('needs JavaScript');
      expect(win.getComputedStyle(el.shadowRoot.querySelector('.script-part')!).visibility).to.equal('hidden');
      // The static copy is styled: the heading is large and bold, like the live one.
      expect(parseFloat(win.getComputedStyle(el.shadowRoot.querySelector('h2')!).fontSize)).to.be.greaterThan(24);
    }
  });

  it('with JavaScript on, upgrades in place through the loader: no duplicate text, no layout shift', async () => {
    const win = await open(PAGE);
    await defined(win, TAGS);
    for (const el of widgets(win)) {
      expect(el.shadowRoot.querySelectorAll('style').length, 'the static copy is gone').to.equal(0);
      expect(headings(el).filter((h) => h === headings(el)[0]), `${el.localName}: one top heading`).to.have.length(1);
      expect(win.getComputedStyle(el.shadowRoot.querySelector('.script-note')!).visibility).to.equal('hidden');
    }
    expect(textOf(widgets(win)[1].shadowRoot.querySelector('[part="guide"]'))).to.contain('for at least 2 days');
    // The static copy is painted first: no element code is even requested before the first contentful paint.
    const fcp = win.performance.getEntriesByName('first-contentful-paint')[0];
    if (fcp) {
      const chunks = win.performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname.startsWith('/dist/loader/'));
      expect(chunks.length).to.be.greaterThan(0);
      for (const chunk of chunks) expect(chunk.startTime, chunk.name).to.be.at.least(fcp.startTime);
    }
    // Chromium reports layout shifts; the other engines are covered box by box in test/ssr/takeover.test.ts.
    if (PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) {
      const shifts = await new Promise<number>((resolve) => {
        new win.PerformanceObserver((list) => resolve(list.getEntries().reduce((sum, entry) => sum + (entry as PerformanceEntry & {value: number}).value, 0))).observe({
          type: 'layout-shift',
          buffered: true,
        });
        setTimeout(() => resolve(0), 500);
      });
      expect(shifts).to.equal(0);
    }
    expect(win.probe.errors).to.deep.equal([]);
    expect(litNotices(win.probe.warnings)).to.deep.equal([]);
  });
});
