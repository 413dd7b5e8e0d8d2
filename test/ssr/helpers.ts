// Server rendering in the browser tests: render a snippet through the test server's /__prerender
// (src/ssr.ts in Node), parse it into the page as declarative shadow DOM, and check the takeover.
import {expect, waitUntil} from '@open-wc/testing';
import {captureWarnings, textOf} from '../helpers.js';

export type Widget = HTMLElement & {updateComplete: Promise<boolean>; shadowRoot: ShadowRoot};

const containers: HTMLElement[] = [];
/** Removes what {@link serverRendered} added to the page. */
export function removeServerRendered(): void {
  for (const container of containers.splice(0)) container.remove();
}

/** Renders `snippet` on the server and parses the result into the page (declarative shadow DOM). */
export async function serverRendered(snippet: string): Promise<Widget> {
  const response = await fetch('/__prerender', {method: 'POST', body: snippet});
  const markup = await response.text();
  expect(response.status, markup).to.equal(200);
  const container = document.createElement('div');
  container.style.width = '700px';
  containers.push(container);
  document.body.append(container);
  (container as HTMLElement & {setHTMLUnsafe(html: string): void}).setHTMLUnsafe(markup);
  return container.querySelector<Widget>('meso-eligibility, meso-aftercare, meso-vs-filler')!;
}

/** Every box in the shadow root that a person sees, as rounded rectangles, keyed by position in the tree. */
export function boxes(el: Widget): string[] {
  return [...el.shadowRoot.querySelectorAll<HTMLElement>('h1,h2,h3,h4,p,li,th,td,table,fieldset,form,button,label,input,a')].map((node) => {
    const r = node.getBoundingClientRect();
    return `${node.localName}${node.id ? `#${node.id}` : ''} ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`;
  });
}

export const visibility = (el: Widget, selector: string) => getComputedStyle(el.shadowRoot.querySelector(selector)!).visibility;
export const headings = (el: Widget) => [...el.shadowRoot.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => textOf(h));

/** What must hold before and after the element code loads, and the takeover itself. */
export async function takeOver(el: Widget, load: () => Promise<unknown>, options: {whileWaiting?: (before: {boxes: string[]; text: string}) => void} = {}) {
  expect(customElements.get(el.localName), 'the element is not defined yet').to.equal(undefined);
  expect(el.shadowRoot, 'a declarative shadow root').to.not.equal(null);
  // Before the script: the content is there, controls are invisible and a note says why.
  expect(visibility(el, '.script-part')).to.equal('hidden');
  expect(visibility(el, '.script-note')).to.equal('visible');
  expect(textOf(el.shadowRoot.querySelector('.script-note'))).to.contain('JavaScript');
  const before = {boxes: boxes(el), text: textOf(el.shadowRoot.querySelector('.frame')), headings: headings(el)};
  const warnings = captureWarnings();
  try {
    await load();
    await el.updateComplete;
    // A widget waiting for its translation pack keeps the static copy meanwhile.
    options.whileWaiting?.(before);
    await waitUntil(() => el.shadowRoot.querySelectorAll('style').length === 0, 'the live copy replaces the static one', {timeout: 4000});
    await el.updateComplete;
  } finally {
    warnings.restore();
  }
  expect(warnings.messages.filter((message) => !message.startsWith('Lit is in dev mode'))).to.deep.equal([]);
  expect(el.shadowRoot.querySelectorAll('style').length, 'the static styles are gone; adopted ones remain').to.equal(0);
  expect(headings(el), 'no heading twice').to.deep.equal(before.headings);
  expect(textOf(el.shadowRoot.querySelector('.frame'))).to.equal(before.text);
  expect(boxes(el), 'nothing moved or resized').to.deep.equal(before.boxes);
  expect(visibility(el, '.script-part')).to.equal('visible');
  expect(visibility(el, '.script-note')).to.equal('hidden');
}

