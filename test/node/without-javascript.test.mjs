// What a prerendered page shows a patient whose browser runs no JavaScript, against the build
// (npm run build first): the page from prerender() in headless Chromium with JavaScript turned off,
// read as rendered text (what is laid out and visible), beside the same page with JavaScript on
// before any widget code has loaded.
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {launchChromium} from '../../scripts/browsers.mjs';
import {aftercareEn} from '../../dist/content/en/aftercare.js';
import {vsFillerEn} from '../../dist/content/en/vs-filler.js';
import {prerender} from '../../dist/ssr.js';

const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title></head><body>${body}</body></html>`;

let browser;
before(async () => {
  browser = await launchChromium();
});
after(() => browser?.close());

/** The rendered text of each widget's shadow root (innerText: only what is laid out), JavaScript on or off. */
async function renderedText(html, {javaScript}) {
  const tab = await browser.newPage();
  try {
    await tab.setJavaScriptEnabled(javaScript);
    await tab.setViewport({width: 375, height: 800});
    await tab.setContent(await prerender(page(html)));
    return await tab.evaluate(() =>
      [...document.querySelectorAll('meso-eligibility, meso-aftercare, meso-vs-filler')].map((el) =>
        [...el.shadowRoot.children].map((child) => child.innerText ?? '').join('\n').replace(/\s+/g, ' '),
      ),
    );
  } finally {
    await tab.close();
  }
}

const cautions = [vsFillerEn.hairNote, vsFillerEn.fatCaveat, vsFillerEn.fillerCaveat, vsFillerEn.healthNote];

describe('a prerendered page with JavaScript off', () => {
  it('the key of the decision helper comes with every caution the helper gives with its lines, and the health note with the self-check link', async () => {
    const [text] = await renderedText('<meso-vs-filler view="helper" self-check-url="https://clinic.example/check"></meso-vs-filler>', {javaScript: false});
    assert.match(text, /Thinning hair: Mesotherapy/);
    assert.match(text, /Small areas of stubborn fat or cellulite: Mesotherapy/);
    assert.match(text, /Deep creases and folds: Dermal fillers/);
    for (const caution of cautions) assert.ok(text.includes(caution), `shows "${caution.slice(0, 40)}…"`);
    assert.ok(text.includes(vsFillerEn.selfCheckLink), 'links to the self-check');
    // Each caution once: the helper's own result (hidden until it runs) holds none yet.
    for (const caution of cautions) assert.equal(text.split(caution).length - 1, 1, `"${caution.slice(0, 40)}…" once`);
  });

  it('with the comparison too, the key still carries the hair note and the health note', async () => {
    const [text] = await renderedText('<meso-vs-filler></meso-vs-filler>', {javaScript: false});
    assert.match(text, /How they compare/);
    assert.ok(text.includes(vsFillerEn.hairNote));
    assert.ok(text.includes(vsFillerEn.healthNote));
  });

  it('the aftercare guide, its note on where the times start and the care cards show', async () => {
    const [text] = await renderedText('<meso-aftercare emergency-number="999"></meso-aftercare>', {javaScript: false});
    assert.ok(text.includes(aftercareEn.plannedNote));
    assert.ok(text.includes(aftercareEn.medicineWarning));
    assert.match(text, /When to get help/);
    assert.match(text, /999/);
  });
});

describe('the same page with JavaScript on, before the widget code loads', () => {
  it('the key fits the space of the live helper: its lines, without the cautions the helper itself will give', async () => {
    const [text] = await renderedText('<meso-vs-filler view="helper"></meso-vs-filler>', {javaScript: true});
    assert.match(text, /Thinning hair: Mesotherapy/);
    assert.match(text, /still loading/);
    for (const caution of cautions) assert.ok(!text.includes(caution), `leaves "${caution.slice(0, 40)}…" to the helper`);
  });
});
