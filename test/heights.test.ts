// The heights the README and the guides tell clinics to reserve (docs/widget-heights.json, turned
// into their tables by scripts/heights.mjs): measured here, in each engine, as a page first shows
// each widget (before the patient acts), in a 375 px and a 1280 px column, in the browser's
// sans-serif font at its default size. A widget that grows or shrinks fails this test until the
// figures are measured again: `MESO_UPDATE_HEIGHTS=1 node scripts/run-browser-tests.mjs --files
// test/heights.test.ts` (all three engines), then `node scripts/heights.mjs --write`.
import {expect, fixture, html} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import type {TemplateResult} from 'lit';
import '../src/index.js';

/** What each figure measures: the attributes of the README's "Embed" snippet, and the views that change the height. */
const CASES: Record<string, TemplateResult> = {
  eligibility: html`<meso-eligibility clinic-name="Bright Skin Clinic" booking-url="https://bright-skin.example/book" clinic-phone="+44 20 7946 0000"></meso-eligibility>`,
  aftercare: html`<meso-aftercare clinic-phone="+44 20 7946 0000"></meso-aftercare>`,
  'aftercare-timeline': html`<meso-aftercare clinic-phone="+44 20 7946 0000" treated-at="2026-11-24T10:30" now="2026-11-25T12:00"></meso-aftercare>`,
  'vs-filler': html`<meso-vs-filler booking-url="https://bright-skin.example/book"></meso-vs-filler>`,
  'vs-filler-compare': html`<meso-vs-filler booking-url="https://bright-skin.example/book" view="compare"></meso-vs-filler>`,
  'vs-filler-helper': html`<meso-vs-filler booking-url="https://bright-skin.example/book" view="helper"></meso-vs-filler>`,
};
const WIDTHS = [375, 1280];

/** The engine this page runs in, as web-test-runner's groups name them. */
function engine(): string {
  const agent = navigator.userAgent;
  if (/Firefox\//.test(agent)) return 'firefox';
  if (/Chrom(e|ium)\//.test(agent)) return 'chromium';
  return 'webkit';
}

/** Same figure, give or take a rounding step and a sub-pixel difference between runs. */
const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(4, b * 0.005);

describe('reserved heights in the README and the guides', () => {
  it('each widget is as tall, at 375 px and 1280 px, as docs/widget-heights.json says', async () => {
    const measured: Record<string, number> = {};
    for (const [name, template] of Object.entries(CASES)) {
      for (const width of WIDTHS) {
        const column = await fixture<HTMLElement>(html`<div style="width: ${width}px; font-family: sans-serif">${template}</div>`);
        const widget = column.firstElementChild as HTMLElement & {updateComplete: Promise<unknown>};
        await widget.updateComplete;
        await document.fonts.ready;
        measured[`${name}@${width}`] = Math.ceil(widget.getBoundingClientRect().height);
      }
    }
    const recorded = (await executeServerCommand('meso-heights', {engine: engine(), measured})) as Record<string, number> | null;
    expect(recorded, `no heights recorded for ${engine()}: run MESO_UPDATE_HEIGHTS=1 (see the top of this file)`).to.not.equal(null);
    const drifted = Object.entries(measured)
      .filter(([key, height]) => !close(height, recorded![key] ?? -1))
      .map(([key, height]) => `${key}: ${height} px, docs say ${recorded![key] ?? 'nothing'}`);
    expect(drifted, 'heights changed: measure again and update the docs (see the top of this file)').to.deep.equal([]);
  });
});
