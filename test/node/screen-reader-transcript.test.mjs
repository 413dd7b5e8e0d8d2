// The screen-reader runner's pure helpers (scripts/screen-reader/transcript.mjs).
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {expandKeys, isOtherDocumentLoaded} from '../../scripts/screen-reader/transcript.mjs';

test('"Finished loading" of another document is told apart from the page under test', () => {
  const page = 'Aftercare plan (ar)';
  // Firefox's own untitled pages, and an earlier flow's page still held by the tab.
  assert.equal(isOtherDocumentLoaded('Finished loading.', page), true);
  assert.equal(isOtherDocumentLoaded('Finished loading Self-check: ask a doctor.', page), true);
  // The page itself loading again in the middle of a flow is a failure, never left out.
  assert.equal(isOtherDocumentLoaded('Finished loading Aftercare plan (ar).', page), false);
  // Anything else Orca says, the page's own text included, is kept.
  assert.equal(isOtherDocumentLoaded('Loading.', page), false);
  assert.equal(isOtherDocumentLoaded('Finished loading', page), false);
  assert.equal(isOtherDocumentLoaded('Your timeline heading level 3.', page), false);
});

test('keys expand "Name*n" into n presses and leave typed text alone', () => {
  assert.deepEqual(expandKeys(['Tab*3', 'Return', {type: '9'}]), ['Tab', 'Tab', 'Tab', 'Return', {type: '9'}]);
});
