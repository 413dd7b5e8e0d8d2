// Real host pages, served by the test server, each loading the built bundle (dist/), in an iframe.
// They prove the widgets survive what clinic pages do to them. Run `npm run build` first.
import {expect, waitUntil} from '@open-wc/testing';

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

/** Opens a host page in an iframe of the given width and waits until every widget on it rendered. */
async function open(page: string, width = 1000): Promise<HostWindow> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '800px';
  frame.src = `/test/host/pages/${page}`;
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as HostWindow;
  await waitUntil(() => TAGS.every((tag) => win.customElements.get(tag)), `the bundle did not define the tags on ${page}`, {timeout: 5000});
  for (const el of allWidgets(win.document)) await el.updateComplete;
  return win;
}

/** Every widget in a document, also inside other elements' shadow roots. */
function allWidgets(root: Document | ShadowRoot): Widget[] {
  const found: Widget[] = [];
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    if (TAGS.includes(el.localName)) found.push(el as Widget);
    else if (el.shadowRoot) found.push(...allWidgets(el.shadowRoot));
  }
  return found;
}

const $ = <T extends Element = HTMLElement>(el: Widget, selector: string) => el.shadowRoot.querySelector<T>(selector);
const buttonNamed = (el: Widget, name: string) =>
  [...el.shadowRoot.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent?.trim() === name);

/** Resources the page fetched besides itself, its probe and the bundle. */
function otherRequests(win: HostWindow, allowed: RegExp): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => !allowed.test(path));
}

afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

describe('host pages', () => {
  it('works under a strict Content-Security-Policy with Trusted Types, with no violation', async () => {
    const win = await open('csp.html');
    const [eligibility, aftercare, vsFiller] = TAGS.map((tag) => win.document.querySelector(tag) as Widget);
    buttonNamed(eligibility, 'Start')!.click();
    await eligibility.updateComplete;
    expect($(eligibility, '#step-heading')!.textContent).to.contain('What would you like to improve?');
    expect($(aftercare, '[part="timeline"]')).not.to.equal(null);
    $<HTMLInputElement>(vsFiller, '#concern-volume')!.click();
    await vsFiller.updateComplete;
    expect($(vsFiller, '[part="recommendation"]')!.textContent).to.contain('dermal fillers');
    expect(win.probe.violations).to.deep.equal([]);
    expect(win.probe.errors).to.deep.equal([]);
  });

  it('loads the bundle twice and the per-element modules after it: no error, one definition', async () => {
    const win = await open('twice.html');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(win.probe.errors).to.deep.equal([]);
    // Lit's own development-build notices come from the test server's Lit, not from the widgets.
    expect(win.probe.warnings.filter((warning) => !/^(Lit is in dev mode|Multiple versions of Lit)/.test(warning))).to.deep.equal([]);
    for (const tag of TAGS) {
      const instances = win.document.querySelectorAll(tag);
      expect(instances).to.have.length(1);
      expect(instances[0]).to.be.instanceOf(win.customElements.get(tag)!);
    }
  });

  it('keeps its layout and sizes under aggressive host CSS', async () => {
    const measure = (win: HostWindow) =>
      allWidgets(win.document).map((el) => {
        const box = (selector: string) => {
          const node = $(el, selector);
          if (!node) return null;
          const rect = node.getBoundingClientRect();
          const style = win.getComputedStyle(node);
          return {w: Math.round(rect.width), h: Math.round(rect.height), font: style.fontSize, line: style.lineHeight, family: style.fontFamily};
        };
        return {
          tag: el.localName,
          widget: {w: Math.round(el.getBoundingClientRect().width), h: Math.round(el.getBoundingClientRect().height)},
          heading: box('[part="heading"]'),
          button: box('button, [part="booking"]'),
          table: box('table'),
          input: box('input'),
          disclaimer: box('[part="disclaimer"]'),
        };
      });
    const plain = measure(await open('plain.html'));
    const hostile = await open('hostile.html');
    expect(hostile.getComputedStyle(hostile.document.documentElement).fontSize).to.equal('10px');
    // Both pages use the same font family (base.css): the widgets inherit it on purpose.
    expect(measure(hostile)).to.deep.equal(plain);
    expect(hostile.probe.errors).to.deep.equal([]);
  });

  it('runs 50 instances of each element on one page, answered independently', async () => {
    const win = await open('many.html');
    const widgets = allWidgets(win.document);
    expect(widgets).to.have.length(150);
    const vsFillers = widgets.filter((el) => el.localName === 'meso-vs-filler');
    const eligibilities = widgets.filter((el) => el.localName === 'meso-eligibility');
    $<HTMLInputElement>(vsFillers[7], '#concern-volume')!.click();
    $<HTMLInputElement>(vsFillers[42], '#concern-texture')!.click();
    buttonNamed(eligibilities[3], 'Start')!.click();
    await Promise.all(widgets.map((el) => el.updateComplete));
    const recommendations = vsFillers.map((el) => ($(el, '[part="recommendation"]')?.textContent ?? '').trim());
    expect(recommendations.filter(Boolean)).to.have.length(2);
    expect(recommendations[7]).to.contain('dermal fillers');
    expect(recommendations[42]).to.contain('mesotherapy');
    const started = eligibilities.filter((el) => !buttonNamed(el, 'Start'));
    expect(started).to.deep.equal([eligibilities[3]]);
    expect(win.probe.errors).to.deep.equal([]);
  });

  it('follows an ancestor lang on a right-to-left page, in the direction of its own language (issue 25)', async () => {
    const win = await open('rtl.html');
    // The page is English (en-GB) but right to left: English text still runs left to right inside
    // the widget, as an Arabic widget runs right to left on a left-to-right page.
    for (const el of allWidgets(win.document)) {
      expect(win.getComputedStyle($(el, '[part="heading"]')!).direction, el.localName).to.equal('ltr');
    }
    // The element's own dir still wins.
    const first = allWidgets(win.document)[0];
    first.setAttribute('dir', 'rtl');
    const headingDirection = () => win.getComputedStyle($(first, '[part="heading"]')!).direction;
    for (let i = 0; i < 50 && headingDirection() !== 'rtl'; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(headingDirection()).to.equal('rtl');
    first.removeAttribute('dir');
    // en-GB from the page: British dates in the disclaimer and the timeline.
    const aftercare = win.document.querySelector('meso-aftercare') as Widget;
    // The content's `updated` date: 2 December 2026 since issue 21's clinical changes (was 25 November).
    expect($(aftercare, '[part="disclaimer"] time')!.textContent).to.equal('2 December 2026');
    expect(win.probe.errors).to.deep.equal([]);
  });

  it('works inside another custom element’s shadow root', async () => {
    const win = await open('nested.html');
    const widgets = allWidgets(win.document);
    expect(widgets.map((el) => el.localName)).to.deep.equal(TAGS);
    for (const el of widgets) expect($(el, '[part="heading"]')!.textContent!.trim().length, el.localName).to.be.greaterThan(5);
    const [eligibility, aftercare, vsFiller] = widgets;
    buttonNamed(eligibility, 'Start')!.click();
    await eligibility.updateComplete;
    expect(eligibility.shadowRoot.activeElement?.id).to.equal('step-heading');
    // The content's `updated` date: 2 December 2026 since issue 21's clinical changes (was 25 November).
    expect($(aftercare, '[part="disclaimer"] time')!.textContent).to.equal('2 December 2026');
    $<HTMLInputElement>(vsFiller, '#concern-hair')!.click();
    await vsFiller.updateComplete;
    expect($(vsFiller, '[part="recommendation"]')).not.to.equal(null);
    expect(win.probe.errors).to.deep.equal([]);
  });

  it('reports malformed attributes and JSON blocks on every element, never throwing', async () => {
    const win = await open('malformed.html');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(win.probe.errors).to.deep.equal([]);
    const paths = win.probe.configErrors.map((error) => error.path);
    for (const expected of [
      'theme',
      'heading-level',
      'booking-url',
      'layout',
      'rules.skin.severity',
      'content.heading',
      'colour',
      'rules',
      'content.intro.start',
      'treated-at',
      'now',
      'durations.makeup',
      'durations.sleep',
      'durations.alcohol',
      'content.hiddenItems',
      'script[type="application/json"]',
      'view',
      'content.concerns.botox',
      'content.treatments',
    ]) {
      expect(paths, expected).to.include(expected);
    }
    expect(win.probe.warnings.length).to.equal(win.probe.configErrors.length);
    for (const el of allWidgets(win.document)) {
      expect($(el, '[part="heading"]'), el.localName).not.to.equal(null);
      expect($(el, '[part="booking"]'), el.localName).to.equal(null);
    }
  });

  describe('in another language', () => {
    const heading = (el: Widget) => $(el, '[part="heading"]')?.textContent?.trim() ?? '';
    /** Waits until every widget on the page shows a heading (a pack may still be loading). */
    const settled = (win: HostWindow) =>
      waitUntil(() => allWidgets(win.document).every((el) => heading(el) !== ''), 'a widget stayed empty', {timeout: 8000});

    it('shows French from the one-file bundle under strict CSP and Trusted Types, fetching the French pack only', async () => {
      const win = await open('csp-fr.html');
      await settled(win);
      const [eligibility, aftercare, vsFiller] = TAGS.map((tag) => win.document.querySelector(tag) as Widget);
      expect(heading(eligibility)).to.equal('La mésothérapie est-elle faite pour moi\u00a0?');
      expect(heading(aftercare)).to.equal('Vos soins après la séance');
      expect(heading(vsFiller)).to.equal('Mésothérapie ou injections de comblement\u00a0?');
      expect(buttonNamed(eligibility, 'Commencer')).not.to.equal(undefined);
      expect($(aftercare, '[part="disclaimer"]')!.textContent).to.contain('Traduction du texte anglais du');
      expect(
        otherRequests(win, /^\/(test\/host\/pages\/[\w-]+\.(js|css)|dist\/meso-widgets\.js|__web-dev-server__web-socket\.js)$/),
      ).to.deep.equal(['/dist/locales/fr.js']);
      expect(win.probe.violations).to.deep.equal([]);
      expect(win.probe.errors).to.deep.equal([]);
      expect(win.probe.configErrors).to.deep.equal([]);
    });

    it('shows Arabic right to left, with the same (Latin) digits in every engine, fetching the Arabic pack only', async () => {
      const win = await open('ar.html');
      await settled(win);
      const aftercare = win.document.querySelector('meso-aftercare') as Widget;
      for (const el of allWidgets(win.document)) {
        expect(heading(el), el.localName).to.match(/[\u0600-\u06FF]/);
        expect(heading(el), el.localName).not.to.match(/[A-Za-z]{4}/);
        expect(win.getComputedStyle($(el, '[part="heading"]')!).direction, el.localName).to.equal('rtl');
      }
      // The Arabic pack's `updated` date: 2 December 2026 since issue 21 (was 25 November).
      const updated = new Intl.DateTimeFormat('ar-u-nu-latn', {dateStyle: 'long', timeZone: 'UTC'}).format(new Date(Date.UTC(2026, 11, 2)));
      expect(updated).to.match(/^2 \S+ 2026$/);
      expect($(aftercare, '[part="disclaimer"] time')!.textContent).to.equal(updated);
      expect(otherRequests(win, /^\/(test\/host\/pages\/[\w-]+\.(js|css)|dist\/meso-widgets\.js|__web-dev-server__web-socket\.js)$/)).to.deep.equal([
        '/dist/locales/ar.js',
      ]);
      expect(win.probe.errors).to.deep.equal([]);
      expect(win.probe.configErrors).to.deep.equal([]);
    });

    it('uses the European Portuguese pack for a pt-PT section, and only that pack', async () => {
      const win = await open('pt-pt.html');
      await settled(win);
      const eligibility = win.document.querySelector('meso-eligibility') as Widget;
      expect(heading(eligibility)).to.equal('A mesoterapia é indicada para mim?');
      expect(otherRequests(win, /^\/(test\/host\/pages\/[\w-]+\.(js|css)|dist\/meso-widgets\.js|__web-dev-server__web-socket\.js)$/)).to.deep.equal([
        '/dist/locales/pt-PT.js',
      ]);
      expect(win.probe.configErrors).to.deep.equal([]);
    });

    it('falls back to English with one warning and one meso-config-error per widget when the pack cannot load', async () => {
      const win = await open('pack-missing.html');
      await settled(win);
      const widgets = allWidgets(win.document);
      expect(heading(widgets[0])).to.equal('Is mesotherapy right for me?');
      await waitUntil(() => win.probe.configErrors.length >= widgets.length, 'no meso-config-error', {timeout: 5000});
      expect(win.probe.configErrors.map((error) => error.path)).to.deep.equal(widgets.map(() => 'lang'));
      expect(win.probe.warnings.filter((warning) => warning.includes('could not load the "fr" translation'))).to.have.length(widgets.length);
      expect(win.probe.errors).to.deep.equal([]);
    });
  });

  it('makes no network request of its own', async () => {
    for (const page of ['csp.html', 'many.html', 'nested.html']) {
      const win = await open(page);
      const vsFiller = allWidgets(win.document).find((el) => el.localName === 'meso-vs-filler')!;
      $<HTMLInputElement>(vsFiller, '#concern-fat')!.click();
      await vsFiller.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(otherRequests(win, /^\/(test\/host\/pages\/[\w-]+\.(js|css)|dist\/meso-widgets\.js|__web-dev-server__web-socket\.js)$/), page).to.deep.equal([]);
    }
  });
});

describe('no flash, no jump', () => {
  interface Cls {
    shifts: number[];
    before: number[] | null;
    after: number[] | null;
    supported: boolean;
    done?: boolean;
  }
  async function loadCls(page: string): Promise<Cls> {
    const frame = document.createElement('iframe');
    frame.style.width = '1000px';
    frame.style.height = '800px';
    frame.src = `/test/host/pages/${page}`;
    frames.push(frame);
    document.body.append(frame);
    const win = () => frame.contentWindow as Window & {cls?: Cls};
    await waitUntil(() => win().cls?.done, `${page} did not finish loading`, {timeout: 8000});
    return win().cls!;
  }
  const total = (cls: Cls) => cls.shifts.reduce((sum, value) => sum + value, 0);

  it('without the snippet, the text after each widget moves (the test can fail)', async () => {
    const cls = await loadCls('cls-none.html');
    expect(cls.after).not.to.deep.equal(cls.before);
    if (cls.supported) expect(total(cls)).to.be.greaterThan(0);
  });

  it('with the :not(:defined) snippet, nothing moves: cumulative layout shift is 0', async () => {
    const cls = await loadCls('cls-reserved.html');
    expect(cls.after).to.deep.equal(cls.before);
    // The Layout Instability API exists in Chromium only; elsewhere the positions above are the measure.
    if (cls.supported) expect(total(cls)).to.equal(0);
  });
});
