// What a screen reader is given, under review: the Chromium accessibility tree of each main state
// (roles, names, levels, states, descriptions, live text, focus) compared with the readable
// transcript committed in test/transcripts/. After an intended change of copy or markup, run
// `npm run transcripts:update` and read the diff.
import {expect, fixture, fixtureCleanup, html} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {STATES, reach} from '../states.js';

describe('accessibility tree transcripts', () => {
  // Transcripts are taken at the browser's 16 px default, whatever ran before in this browser.
  before(async () => {
    await executeServerCommand('meso-default-font', {reset: true});
  });

  for (const state of STATES.filter((s) => s.transcript)) {
    it(`${state.name} reads as test/transcripts/${state.name}.txt`, async () => {
      fixtureCleanup();
      await reach(await fixture<HTMLElement>(html`<div style="inline-size: 1000px"></div>`), state);
      const {actual, expected} = await executeServerCommand<{actual: string; expected: string}, {name: string}>('meso-transcript', {
        name: state.name,
      });
      expect(actual).to.equal(expected);
    });
  }
});
