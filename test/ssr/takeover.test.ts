// Server rendering, then the browser takes over: each element is rendered by src/ssr.ts in Node
// (the test server's /__prerender), parsed into the page as declarative shadow DOM, looked at
// before any element code has loaded, and then its module is imported. The live element must
// replace the static copy in place: same text once, same boxes, no warnings, and it works.
import {expect} from '@open-wc/testing';
import {captureWarnings, textOf} from '../helpers.js';

type Widget = HTMLElement & {updateComplete: Promise<boolean>; shadowRoot: ShadowRoot};

const containers: HTMLElement[] = [];
afterEach(() => {
  for (const container of containers.splice(0)) container.remove();
});

/** Renders `snippet` on the server and parses the result into the page (declarative shadow DOM). */
async function serverRendered(snippet: string): Promise<Widget> {
  const response = await fetch('/__prerender', {method: 'POST', body: snippet});
  const markup = await response.text();
  expect(response.status, markup).to.equal(200);
  const container = document.createElement('div');
  container.style.width = '700px';
  containers.push(container);
  document.body.append(container);
  (container as HTMLElement & {setHTMLUnsafe(html: string): void}).setHTMLUnsafe(markup);
  return container.firstElementChild as Widget;
}

/** Every box in the shadow root that a person sees, as rounded rectangles, keyed by position in the tree. */
function boxes(el: Widget): string[] {
  return [...el.shadowRoot.querySelectorAll<HTMLElement>('h1,h2,h3,h4,p,li,th,td,table,fieldset,form,button,label,input,a')].map((node) => {
    const r = node.getBoundingClientRect();
    return `${node.localName}${node.id ? `#${node.id}` : ''} ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`;
  });
}

const visibility = (el: Widget, selector: string) => getComputedStyle(el.shadowRoot.querySelector(selector)!).visibility;
const headings = (el: Widget) => [...el.shadowRoot.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => textOf(h));

/** What must hold before and after the element code loads, and the takeover itself. */
async function takeOver(el: Widget, load: () => Promise<unknown>) {
  expect(customElements.get(el.localName), 'the element is not defined yet').to.equal(undefined);
  expect(el.shadowRoot, 'a declarative shadow root').to.not.equal(null);
  // Before the script: the content is there, controls are invisible and a note says why.
  expect(visibility(el, '.script-part')).to.equal('hidden');
  expect(visibility(el, '.script-note')).to.equal('visible');
  expect(textOf(el.shadowRoot.querySelector('.script-note'))).to.contain('needs JavaScript');
  const before = {boxes: boxes(el), text: textOf(el.shadowRoot.querySelector('.frame')), headings: headings(el)};
  const warnings = captureWarnings();
  try {
    await load();
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

describe('server render, then client takeover', () => {
  it('<meso-vs-filler>: the comparison shows before script, then the decision helper works', async () => {
    const el = await serverRendered('<meso-vs-filler booking-url="https://clinic.example/book"></meso-vs-filler>');
    expect(textOf(el.shadowRoot.querySelector('table'))).to.contain('Dermal fillers');
    expect(el.shadowRoot.querySelectorAll('input:checked').length, 'only the default radio is ticked').to.equal(1);
    await takeOver(el, () => import('../../src/vs-filler.js'));
    el.shadowRoot.querySelector<HTMLInputElement>('#concern-volume')!.click();
    await el.updateComplete;
    expect(textOf(el.shadowRoot.querySelector('[part="result"]'))).to.contain('Dermal fillers');
  });

  it('<meso-eligibility>: the introduction and the clinic phone show before script, then Start works', async () => {
    const el = await serverRendered(
      '<meso-eligibility clinic-phone="+44 20 7946 0000"><script type="application/json">{"content": {"heading": "Could mesotherapy suit me?"}}</script></meso-eligibility>',
    );
    expect(headings(el)[0]).to.equal('Could mesotherapy suit me?');
    expect(textOf(el.shadowRoot.querySelector('[part="phone"]'))).to.contain('+44 20 7946 0000');
    await takeOver(el, () => import('../../src/eligibility.js'));
    const start = [...el.shadowRoot.querySelectorAll('button')].find((button) => textOf(button) === 'Start')!;
    start.click();
    await el.updateComplete;
    expect(textOf(el.shadowRoot.querySelector('#step-heading'))).to.contain('What would you like to improve?');
  });

  it('<meso-aftercare>: the guide and care cards show before script, then the form makes a plan', async () => {
    const el = await serverRendered('<meso-aftercare now="2026-11-25T12:00"></meso-aftercare>');
    expect(headings(el)).to.include('When to get help');
    expect(el.shadowRoot.querySelectorAll('[part="care-card"]').length).to.equal(3);
    await takeOver(el, () => import('../../src/aftercare.js'));
    el.shadowRoot.querySelector<HTMLInputElement>('#date')!.value = '2026-11-24';
    el.shadowRoot.querySelector<HTMLInputElement>('#time')!.value = '10:30';
    el.shadowRoot.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot.querySelector('[part="timeline"]')).to.not.equal(null);
  });
});
