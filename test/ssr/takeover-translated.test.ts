// Server rendering of pages in other languages, then the browser takes over. The server renders
// each widget in its page's language (it registers the translation pack itself); in the browser
// the element waits for the same pack, and meanwhile keeps the static copy on screen: no blank
// widget, no shift, and then the live copy in the same language, in the same place.
import {expect} from '@open-wc/testing';
import {textOf} from '../helpers.js';
import {boxes, headings, removeServerRendered, serverRendered, takeOver, visibility, type Widget} from './helpers.js';

afterEach(removeServerRendered);

/** The static copy is still there while the pack loads, unchanged, its controls still behind the note. */
const staticCopyKept = (el: Widget) => (before: {boxes: string[]; text: string}) => {
  expect(el.shadowRoot.querySelectorAll('style').length, 'the static copy is still on screen').to.be.greaterThan(0);
  expect(textOf(el.shadowRoot.querySelector('.frame'))).to.equal(before.text);
  expect(boxes(el), 'nothing moved or resized while the pack loads').to.deep.equal(before.boxes);
  expect(visibility(el, '.script-part')).to.equal('hidden');
  expect(visibility(el, '.script-note')).to.equal('visible');
};

describe('server render in the page language, then client takeover', () => {
  it('<meso-vs-filler> in a French section: French before script, the same French after', async () => {
    const el = await serverRendered('<section lang="fr"><meso-vs-filler></meso-vs-filler></section>');
    expect(headings(el)[0]).to.equal('Mésothérapie ou injections de comblement ?');
    await takeOver(el, () => import('../../src/vs-filler.js'), {whileWaiting: staticCopyKept(el)});
    expect(headings(el)[0]).to.equal('Mésothérapie ou injections de comblement ?');
  });

  it('<meso-eligibility lang="ar">: Arabic before script, the same Arabic after', async () => {
    const el = await serverRendered('<div dir="rtl"><meso-eligibility lang="ar" clinic-phone="+44 20 7946 0000"></meso-eligibility></div>');
    const heading = headings(el)[0];
    expect(heading).to.match(/[\u0600-\u06ff]/);
    await takeOver(el, () => import('../../src/eligibility.js'), {whileWaiting: staticCopyKept(el)});
    expect(headings(el)[0]).to.equal(heading);
  });

  it('<meso-aftercare> on a German page: German before script, the same German after', async () => {
    const el = await serverRendered('<main lang="de-AT"><meso-aftercare now="2026-11-25T12:00"></meso-aftercare></main>');
    expect(headings(el)).to.include('Wann Sie Hilfe holen sollten');
    await takeOver(el, () => import('../../src/aftercare.js'), {whileWaiting: staticCopyKept(el)});
    expect(headings(el)).to.include('Wann Sie Hilfe holen sollten');
  });
});
