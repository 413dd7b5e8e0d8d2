// Server rendering, then the browser takes over: each element is rendered by src/ssr.ts in Node
// (the test server's /__prerender), parsed into the page as declarative shadow DOM, looked at
// before any element code has loaded, and then its module is imported. The live element must
// replace the static copy in place: same text once, same boxes, no warnings, and it works.
import {expect} from '@open-wc/testing';
import {textOf} from '../helpers.js';
import {headings, removeServerRendered, serverRendered, takeOver} from './helpers.js';

afterEach(removeServerRendered);

describe('server render, then client takeover', () => {
  it('<meso-vs-filler>: the comparison shows before script, then the decision helper works', async () => {
    const el = await serverRendered('<meso-vs-filler booking-url="https://clinic.example/book"></meso-vs-filler>');
    expect(textOf(el.shadowRoot.querySelector('table'))).to.contain('Dermal fillers');
    expect(el.shadowRoot.querySelectorAll('input:checked').length, 'only the default radio is ticked').to.equal(1);
    // In the helper's place, before it runs: which treatment each concern points to.
    const key = [...el.shadowRoot.querySelectorAll('.script-note li')].map(textOf);
    expect(key).to.have.length(8);
    expect(key).to.include.members(['Thinning hair: Mesotherapy', 'Deep creases and folds: Dermal fillers', 'Lost volume, for example in the cheeks or lips: Dermal fillers']);
    // The cautions under the key show only with JavaScript off (test/node/without-javascript.test.mjs):
    // here a script is on its way, and the key must fit the space the live helper will take.
    expect(getComputedStyle(el.shadowRoot.querySelector('.key-cautions')!).display).to.equal('none');
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
    expect(textOf(el.shadowRoot.querySelector('.script-note'))).to.contain('The times below start from your treatment.');
    await takeOver(el, () => import('../../src/aftercare.js'));
    el.shadowRoot.querySelector<HTMLInputElement>('#date')!.value = '2026-11-24';
    el.shadowRoot.querySelector<HTMLInputElement>('#time')!.value = '10:30';
    el.shadowRoot.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot.querySelector('[part="timeline"]')).to.not.equal(null);
  });
});
