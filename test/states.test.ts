// Every main state of every element (test/states.ts), in every engine: no violation from axe or
// IBM Equal Access in a wide and a 320 px column; no sideways scrolling at 320 px; and with the
// WCAG 1.4.12 text spacing applied inside the shadow root, nothing clipped or sticking out.
import {expect, fixture, fixtureCleanup, html} from '@open-wc/testing';
import {expectAccessible} from './a11y.js';
import {STATES, applyTextSpacing, clipped, overflowing, reach} from './states.js';

const column = (width: number) => fixture<HTMLElement>(html`<div style="inline-size: ${width}px"></div>`);

describe('every state', () => {
  for (const state of STATES) {
    describe(state.name, () => {
      it('passes axe and IBM Equal Access in a 1000 px and a 320 px column', async function () {
        // Two engines on two layouts of the longest states take a while in WebKit under load.
        this.timeout(40000);
        // One widget at a time: IBM's input_checkboxes_grouped compares names across the whole
        // document, shadow roots included (see the accessibility guide).
        for (const width of [1000, 320]) {
          fixtureCleanup();
          const el = await reach(await column(width), state);
          await expectAccessible(el);
        }
      });

      it('reflows into 320 px, also with WCAG text spacing, clipping nothing', async () => {
        const el = await reach(await column(320), state);
        expect(overflowing(el), 'at 320 px').to.deep.equal([]);
        const before = el.getBoundingClientRect().height;
        applyTextSpacing(el);
        await el.updateComplete;
        expect(el.getBoundingClientRect().height, 'text spacing applied').to.be.greaterThan(before);
        expect(overflowing(el), 'with text spacing').to.deep.equal([]);
        expect(clipped(el), 'clipped with text spacing').to.deep.equal([]);
      });
    });
  }
});
