// The patient's default font size wins (WCAG 1.4.4) and large text reflows (1.4.10). Runs in
// Chromium (the DevTools Protocol sets a 32 px default font) and in a Firefox launched with
// font.size.variable.x-western = 32 (the "firefox-large-font" group).
import {expect, fixture, fixtureCleanup, html} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {STATES, overflowing, reach, type Widget} from '../states.js';

const px = (node: Element | null) => parseFloat(getComputedStyle(node!).fontSize);

describe('a 32 px browser default font', () => {
  before(async () => {
    await executeServerCommand('meso-default-font', {size: 32});
    await new Promise((resolve) => requestAnimationFrame(resolve));
  });
  afterEach(() => {
    document.documentElement.style.fontSize = '';
  });
  after(async () => {
    await executeServerCommand('meso-default-font', {reset: true});
  });

  it('is what the browser now uses for medium text', async () => {
    const probe = await fixture(html`<p style="font-size: medium; font-family: serif">probe</p>`);
    expect(px(probe)).to.equal(32);
  });

  for (const root of ['', '62.5%']) {
    it(`makes widget body text 32 px${root ? `, with the host's root font size at ${root}` : ''}`, async () => {
      document.documentElement.style.fontSize = root;
      const container = await fixture<HTMLElement>(html`<div></div>`);
      const check = async (name: string, selector: string) => {
        const el: Widget = await reach(container, STATES.find((state) => state.name === name)!);
        expect(px(el.shadowRoot.querySelector(selector)), `${name} ${selector}`).to.equal(32);
      };
      await check('eligibility-intro', '.intro p:not(.lead):not(.privacy)');
      await check('aftercare-guide', '.normal p');
      await check('vs-filler-start', '.hint');
    });
  }

  it('no state scrolls sideways in a 640 px column', async () => {
    const problems: Record<string, string[]> = {};
    for (const state of STATES) {
      fixtureCleanup();
      const el = await reach(await fixture<HTMLElement>(html`<div style="inline-size: 640px"></div>`), state);
      const out = overflowing(el);
      if (out.length) problems[state.name] = out;
    }
    expect(problems).to.deep.equal({});
  });

  it('shows the comparison as cards, not a table, at 640 px', async () => {
    const el = await reach(
      await fixture<HTMLElement>(html`<div style="inline-size: 640px"></div>`),
      STATES.find((state) => state.name === 'vs-filler-start')!,
    );
    expect(el.shadowRoot.querySelector('table')!.getClientRects()).to.have.length(0);
    expect(el.shadowRoot.querySelector('[part="cards"]')!.getClientRects().length).to.be.greaterThan(0);
  });
});
