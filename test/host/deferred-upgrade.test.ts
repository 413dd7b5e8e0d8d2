// Deferred upgrade (issue 26): a widget far below the fold renders first when it comes near the
// viewport or when the browser is idle, each widget in a task of its own; a prerendered widget
// shows its static copy meanwhile; a script that reads or changes the element, or focus entering
// it, renders it at once. Each test defines fresh tags (subclasses), so its elements upgrade here.
import {expect, nextFrame, waitUntil} from '@open-wc/testing';
import {MesoAftercare, MesoEligibility, MesoVsFiller} from '../../src/classes/index.js';
import {textOf} from '../helpers.js';

type Widget = HTMLElement & {updateComplete: Promise<boolean>; hasUpdated: boolean; shadowRoot: ShadowRoot; theme: string};

let count = 0;
const classes = {eligibility: MesoEligibility, aftercare: MesoAftercare, 'vs-filler': MesoVsFiller};
/** Defines a fresh tag for the element `name` and returns it. */
function freshTag(name: keyof typeof classes): string {
  const tag = `late-${name}-${++count}`;
  customElements.define(tag, class extends classes[name] {} as unknown as CustomElementConstructor);
  return tag;
}

// The browser's idle callbacks are held here, so a test decides when the browser is "idle".
const idle: Array<() => void> = [];
const realIdle = globalThis.requestIdleCallback;
const realCancel = globalThis.cancelIdleCallback;
beforeEach(() => {
  idle.length = 0;
  globalThis.requestIdleCallback = ((run: () => void) => idle.push(run)) as typeof requestIdleCallback;
  globalThis.cancelIdleCallback = (() => {}) as typeof cancelIdleCallback;
});
const containers: HTMLElement[] = [];
afterEach(() => {
  // WebKit has none: leave none behind there.
  if (realIdle) globalThis.requestIdleCallback = realIdle;
  else delete (globalThis as Partial<typeof globalThis>).requestIdleCallback;
  if (realCancel) globalThis.cancelIdleCallback = realCancel;
  else delete (globalThis as Partial<typeof globalThis>).cancelIdleCallback;
  containers.splice(0).forEach((container) => container.remove());
  window.scrollTo(0, 0);
});

/** Puts `markup` into the page, `below` px under the top of the page (far out of view by default). */
function place(markup: string, below = 6000): HTMLElement {
  const container = document.createElement('div');
  container.style.paddingTop = `${below}px`;
  container.style.width = '700px';
  containers.push(container);
  document.body.append(container);
  (container as HTMLElement & {setHTMLUnsafe(html: string): void}).setHTMLUnsafe(markup);
  return container;
}

const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await nextFrame();
};
/** Whether the live widget is drawn (its frame, with no static copy's styles left). Reads no property that would render it. */
const live = (el: Widget) => !!el.shadowRoot?.querySelector('.frame') && el.shadowRoot.querySelectorAll('style').length === 0;

describe('deferred upgrade: a widget out of view renders later, and at once when needed', () => {
  it('an off-screen widget has not rendered until it is scrolled near the viewport', async () => {
    const tag = freshTag('vs-filler');
    const el = place(`<${tag}></${tag}>`).querySelector<Widget>(tag)!;
    await frames(4);
    expect(live(el), 'not rendered while far out of view').to.equal(false);
    el.scrollIntoView();
    await waitUntil(() => live(el), 'rendered once scrolled into view', {timeout: 3000});
    expect(textOf(el.shadowRoot.querySelector('h2'))).to.contain('Mesotherapy');
  });

  it('an off-screen widget renders when the browser is idle', async () => {
    const tag = freshTag('aftercare');
    const el = place(`<${tag} now="2026-11-25T12:00"></${tag}>`).querySelector<Widget>(tag)!;
    await frames(4);
    expect(live(el)).to.equal(false);
    expect(idle.length, 'it asked to be told when the browser is idle').to.be.greaterThan(0);
    idle.splice(0).forEach((run) => run());
    await waitUntil(() => live(el), 'rendered when idle', {timeout: 3000});
    expect([...el.shadowRoot.querySelectorAll('h2,h3')].map((h) => textOf(h))).to.include('When to get help');
  });

  it('a script awaiting updateComplete gets the render at once', async () => {
    const tag = freshTag('eligibility');
    const el = place(`<${tag}></${tag}>`).querySelector<Widget>(tag)!;
    await frames(2);
    expect(live(el)).to.equal(false);
    await el.updateComplete;
    expect(live(el)).to.equal(true);
    expect([...el.shadowRoot.querySelectorAll('button')].map((b) => textOf(b))).to.include('Start');
  });

  it('a property set by a script renders it at once, with that value', async () => {
    const tag = freshTag('vs-filler');
    const el = place(`<${tag}></${tag}>`).querySelector<Widget>(tag)!;
    await frames(2);
    expect(live(el)).to.equal(false);
    el.theme = 'dark';
    await waitUntil(() => live(el), 'rendered after the property was set', {timeout: 1000});
    expect(el.getAttribute('theme')).to.equal('dark');
  });

  it('a prerendered widget shows its static copy meanwhile, and focus entering it renders it at once', async () => {
    const response = await fetch('/__prerender', {method: 'POST', body: '<meso-vs-filler booking-url="https://clinic.example/book"></meso-vs-filler>'});
    expect(response.status).to.equal(200);
    const tag = `late-vs-filler-${++count}`;
    const markup = (await response.text()).replaceAll('meso-vs-filler', tag);
    const el = place(markup).querySelector<Widget>(tag)!;
    const heading = textOf(el.shadowRoot.querySelector('h2'));
    customElements.define(tag, class extends MesoVsFiller {});
    await frames(4);
    // Still the static copy, readable, its controls behind the "needs JavaScript" note.
    expect(live(el)).to.equal(false);
    expect(el.shadowRoot.querySelectorAll('style').length, 'the static copy is on screen').to.be.greaterThan(0);
    expect(textOf(el.shadowRoot.querySelector('h2'))).to.equal(heading);
    expect(getComputedStyle(el.shadowRoot.querySelector('.script-note')!).visibility).to.equal('visible');
    // The patient tabs into it: the booking link of the static copy takes focus.
    el.shadowRoot.querySelector<HTMLAnchorElement>('a[part="booking"]')!.focus();
    await waitUntil(() => live(el), 'rendered when focus entered it', {timeout: 1000});
    expect(textOf(el.shadowRoot.querySelector('h2'))).to.equal(heading);
    expect(getComputedStyle(el.shadowRoot.querySelector('.script-part')!).visibility).to.equal('visible');
  });

  it('widgets near the viewport render top first, each in a task of its own, not in the task that defined them', async () => {
    const names = ['eligibility', 'vs-filler', 'aftercare'] as const;
    const tags = names.map((name) => `late-${name}-${++count}`);
    const container = place(tags.map((tag) => `<${tag}></${tag}>`).join(''), 0);
    const els = tags.map((tag) => container.querySelector<Widget>(tag)!);
    const seen: number[] = [];
    let first: Widget | undefined;
    // A mutation observer's callback runs at the end of the task that changed the shadow roots.
    const observer = new MutationObserver(() => {
      first ??= els.find((el) => el.hasUpdated);
      seen.push(els.filter((el) => el.hasUpdated).length);
    });
    tags.forEach((tag, i) => {
      customElements.define(tag, class extends classes[names[i]] {} as unknown as CustomElementConstructor);
      observer.observe(els[i].shadowRoot, {childList: true, subtree: true});
    });
    expect(els.filter((el) => el.hasUpdated).length, 'none rendered in the task that defined them').to.equal(0);
    await waitUntil(() => live(els[0]) && live(els[1]), 'the two near the viewport render', {timeout: 3000});
    // The third may now be pushed far below the viewport by the two above it: it renders when idle.
    idle.splice(0).forEach((run) => run());
    await waitUntil(() => els.every(live), 'all three render', {timeout: 3000});
    observer.disconnect();
    expect(seen[0], 'the first task that rendered drew one widget').to.equal(1);
    expect(first, 'the top one first').to.equal(els[0]);
    expect(seen.includes(2), 'then a second, in another task').to.equal(true);
  });
});
