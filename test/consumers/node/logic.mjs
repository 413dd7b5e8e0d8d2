// meso-widgets/logic as a server or a worker uses it: no DOM, no Lit. Every function runs, in the
// main thread and in a worker thread. `node --conditions=browser logic.mjs` runs the same checks.
import assert from 'node:assert/strict';
import {Worker, isMainThread, parentPort} from 'node:worker_threads';

assert.equal(typeof globalThis.HTMLElement, 'undefined', 'this test needs a runtime without a DOM');
assert.equal(typeof globalThis.document, 'undefined', 'this test needs a runtime without a DOM');

const logic = await import('meso-widgets/logic');

function run() {
  const results = {};
  results.recommendTreatment = logic.recommendTreatment(['texture']).recommendation;
  assert.equal(results.recommendTreatment, 'mesotherapy');
  assert.equal(logic.recommendTreatment(['volume']).recommendation, 'filler');

  results.assessEligibility = logic.assessEligibility({goals: ['face'], health: {adult: 'yes', pregnant: 'yes', breastfeeding: 'no', bleeding: 'no', immune: 'no', skin: 'no', allergy: 'no', conditions: 'no', 'heart-stroke': 'no'}}).outcome;
  assert.equal(results.assessEligibility, 'not-now');
  const merged = logic.mergeRules(logic.DEFAULT_RULES, {skin: {hidden: true}, nope: {severity: 'not-now'}});
  assert.ok(merged.errors.length > 0, 'an unknown rule is reported, not thrown');
  // Every health question is in the safety floor: a clinic cannot hide one, and it is still asked.
  assert.ok(merged.errors.some((error) => error.path.includes('skin')), 'hiding a safety-floor question is refused');
  assert.ok(logic.visibleQuestions(merged.value).includes('skin'), 'a refused hide leaves the question asked');
  assert.ok(logic.visibleQuestions().includes('skin'));

  const plan = logic.aftercarePlan('2026-01-10T09:00:00Z', logic.DEFAULT_DURATIONS, new Date('2026-01-10T12:00:00Z'));
  assert.ok(plan, 'a plan from a valid time');
  results.aftercarePlan = plan.items.filter((item) => item.active).map((item) => item.id);
  assert.ok(results.aftercarePlan.includes('makeup'));
  assert.equal(logic.aftercarePlan('not a date'), null);

  const calendar = logic.aftercareCalendar(plan, {title: (id) => logic.aftercareEn.items[id]?.title ?? id, description: 'Aftercare', name: 'Aftercare'});
  assert.match(calendar, /^BEGIN:VCALENDAR\r\n/);
  assert.match(calendar, /END:VCALENDAR\r\n$/);
  results.aftercareCalendar = `${calendar.split('BEGIN:VEVENT').length - 1} events`;

  assert.equal(typeof logic.eligibilityEn.heading, 'string');
  assert.equal(typeof logic.aftercareEn.heading, 'string');
  assert.equal(typeof logic.vsFillerEn.heading, 'string');
  return results;
}

if (isMainThread) {
  const conditions = process.execArgv.find((arg) => arg.startsWith('--conditions')) ?? 'default conditions';
  console.log(`node ${process.version} (${conditions}), main thread:`, JSON.stringify(run()));
  const fromWorker = await new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), {execArgv: process.execArgv});
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  console.log(`node ${process.version} (${conditions}), worker thread:`, JSON.stringify(fromWorker));
} else {
  parentPort.postMessage(run());
}
