// Forced colours (Windows High Contrast and the like), emulated in Chromium through the DevTools
// Protocol: the widget's borders, the outcome banners, the error summary and the focus ring stay
// visible, in system colours that differ from the background.
import {expect, fixture, fixtureCleanup, html} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {focused, tabTo} from '../keyboard.js';
import {STATES, reach, type Widget} from '../states.js';

const state = (name: string) => STATES.find((s) => s.name === name)!;
const show = async (name: string): Promise<Widget> => {
  fixtureCleanup();
  return reach(await fixture<HTMLElement>(html`<div style="inline-size: 800px"></div>`), state(name));
};

/** A border that can be seen: drawn, at least 1 px, in a colour other than the background behind it. */
function expectVisibleBorder(node: Element | null, what: string) {
  expect(node, what).not.to.equal(null);
  const style = getComputedStyle(node!);
  expect(style.borderInlineStartStyle, `${what} border style`).to.equal('solid');
  expect(parseFloat(style.borderInlineStartWidth), `${what} border width`).to.be.at.least(1);
  expect(style.borderInlineStartColor, `${what} border colour`).not.to.equal(backgroundBehind(node!));
}

/** The first opaque background colour at or above `node` (crossing the shadow boundary). */
function backgroundBehind(node: Element): string {
  for (let current: Element | null = node; current; current = current.parentElement ?? ((current.getRootNode() as ShadowRoot).host ?? null)) {
    const color = getComputedStyle(current).backgroundColor;
    if (color && color !== 'rgba(0, 0, 0, 0)' && color !== 'transparent') return color;
  }
  return getComputedStyle(document.documentElement).backgroundColor;
}

describe('forced colours', () => {
  before(async () => {
    await executeServerCommand('meso-forced-colors', {active: true});
  });
  after(async () => {
    await executeServerCommand('meso-forced-colors', {active: false});
  });

  it('are in force', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  it('keep the widget frame and every outcome banner visible', async () => {
    for (const name of ['eligibility-result-no-concerns', 'eligibility-result-not-recommended', 'eligibility-result-not-now', 'eligibility-result-ask-doctor']) {
      const el = await show(name);
      expectVisibleBorder(el.shadowRoot.querySelector('.widget'), `${name} frame`);
      expectVisibleBorder(el.shadowRoot.querySelector('[part="outcome"]'), `${name} banner`);
    }
  });

  it('keep the error summaries, the error bar and the aftercare cards visible', async () => {
    const eligibility = await show('eligibility-question-error');
    expectVisibleBorder(eligibility.shadowRoot.querySelector('[part="error-summary"]'), 'eligibility error summary');
    expectVisibleBorder(eligibility.shadowRoot.querySelector('.question--error'), 'question error bar');
    const aftercare = await show('aftercare-form-error');
    expectVisibleBorder(aftercare.shadowRoot.querySelector('[part="error-summary"]'), 'aftercare error summary');
    const timeline = await show('aftercare-timeline');
    expectVisibleBorder(timeline.shadowRoot.querySelector('[part="timeline"]'), 'timeline');
    expectVisibleBorder(timeline.shadowRoot.querySelector('[part="care-card"]'), 'care card');
  });

  it('keep a visible focus ring on buttons, links, checkboxes and date fields', async () => {
    const checks: [string, string][] = [
      ['eligibility-intro', 'button.button--primary'],
      ['vs-filler-result', '#concern-hair'],
      ['vs-filler-result', 'a.row-link'],
      ['aftercare-guide', '#date'],
    ];
    for (const [name, selector] of checks) {
      const el = await show(name);
      const target = await tabTo(el, selector);
      expect(focused(el)).to.equal(target);
      const style = getComputedStyle(target);
      expect(style.outlineStyle, `${selector} outline`).to.equal('solid');
      expect(parseFloat(style.outlineWidth), `${selector} outline width`).to.be.at.least(2);
      expect(style.outlineColor, `${selector} outline colour`).not.to.equal(backgroundBehind(target));
    }
  });
});
