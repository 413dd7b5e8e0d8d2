// Every element fits a 320 px wide column (a phone, or a sidebar) without sideways scrolling,
// and stays within a 1280 px page, in each main state.
import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
import type {MesoAftercare, MesoEligibility, MesoVsFiller} from '../src/index.js';

type Widget = MesoEligibility | MesoAftercare | MesoVsFiller;

/** Elements inside the widget that stick out past its right or left edge. */
function overflowing(el: Widget): string[] {
  const box = el.getBoundingClientRect();
  const out: string[] = [];
  for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    const rect = node.getBoundingClientRect();
    if (rect.width === 0 || node.classList.contains('visually-hidden')) continue;
    if (rect.right > box.right + 0.5 || rect.left < box.left - 0.5) out.push(`${node.localName}.${node.className} (${Math.round(rect.left)}–${Math.round(rect.right)})`);
  }
  return out;
}

const click = async (el: Widget, selector: string) => {
  el.shadowRoot!.querySelector<HTMLElement>(selector)!.click();
  await el.updateComplete;
};

for (const width of [320, 1280]) {
  describe(`layout at ${width} px`, () => {
    const inColumn = async <T extends Widget>(template: unknown) => {
      const root = await fixture<HTMLElement>(html`<div style="width: ${width}px">${template}</div>`);
      const el = root.firstElementChild as T;
      await el.updateComplete;
      return el;
    };

    it('<meso-eligibility>: intro, question, error, summary and result fit', async () => {
      const el = await inColumn<MesoEligibility>(html`<meso-eligibility booking-url="https://clinic.example/book" clinic-phone="+44 20 7946 0000"></meso-eligibility>`);
      expect(overflowing(el), 'intro').to.deep.equal([]);
      await click(el, '.button--primary');
      await click(el, 'button[type="submit"]');
      expect(overflowing(el), 'error').to.deep.equal([]);
      await click(el, '#goal-body');
      await click(el, 'button[type="submit"]');
      for (const id of ['adult', 'pregnant', 'breastfeeding', 'bleeding', 'immune', 'skin', 'allergy', 'conditions', 'heart-stroke']) {
        await click(el, `#q-${id}-${id === 'bleeding' ? 'yes' : id === 'adult' ? 'yes' : 'no'}`);
        expect(overflowing(el), id).to.deep.equal([]);
        await click(el, 'button[type="submit"]');
      }
      expect(overflowing(el), 'summary').to.deep.equal([]);
      await click(el, '.button--primary');
      expect(el.result!.outcome).to.equal('not-recommended');
      expect(overflowing(el), 'result').to.deep.equal([]);
    });

    it('<meso-aftercare>: guide and timeline fit', async () => {
      const guide = await inColumn<MesoAftercare>(html`<meso-aftercare clinic-phone="+44 20 7946 0000"></meso-aftercare>`);
      expect(overflowing(guide), 'guide').to.deep.equal([]);
      const timeline = await inColumn<MesoAftercare>(html`<meso-aftercare treated-at="2026-11-24T10:30" now="2026-11-25T12:00"></meso-aftercare>`);
      expect(overflowing(timeline), 'timeline').to.deep.equal([]);
    });

    it('<meso-vs-filler>: comparison and result fit', async () => {
      const el = await inColumn<MesoVsFiller>(html`<meso-vs-filler booking-url="https://clinic.example/book"></meso-vs-filler>`);
      await click(el, '#concern-fat');
      await click(el, '#concern-contour');
      expect(overflowing(el)).to.deep.equal([]);
    });
  });
}
