// fast-check generators of calls to meso-widgets/logic (see logic-cases.js), shared by the Node
// property tests and the browser ones: valid inputs of every shape, and hostile ones.
import fc from 'fast-check';

export const GOALS = ['face', 'hair', 'body', 'weight'];
export const QUESTIONS = ['adult', 'pregnant', 'breastfeeding', 'bleeding', 'immune', 'skin', 'allergy', 'conditions', 'heart-stroke'];
export const ITEMS = ['makeup', 'alcohol', 'exercise', 'heat-water', 'irritants', 'massage', 'sun', 'smoking', 'blood-thinners'];
export const CONCERNS = ['texture', 'dullness', 'fine-lines', 'hair', 'fat', 'deep-lines', 'volume', 'contour'];

/** Values a caller in plain JavaScript might pass by mistake. */
export const hostile = fc.oneof(
  fc.constantFrom(null, true, 0, -1, 1e300, '', 'yes', '__proto__', [], {}, {$date: 'NaN'}, {$date: 8.64e15}),
  fc.string({maxLength: 8}),
  fc.integer(),
);

const answer = fc.constantFrom('yes', 'no', 'unsure');
/** Complete answers: every question, at least one goal. */
export const completeAnswers = fc.record({
  goals: fc.uniqueArray(fc.constantFrom(...GOALS), {minLength: 1, maxLength: 4}),
  health: fc.record(Object.fromEntries(QUESTIONS.map((id) => [id, answer]))),
});
const someAnswers = fc.record({
  goals: fc.oneof(fc.uniqueArray(fc.constantFrom(...GOALS), {maxLength: 4}), fc.array(fc.oneof(fc.constantFrom(...GOALS), hostile), {maxLength: 3}), hostile),
  health: fc.oneof(fc.dictionary(fc.constantFrom(...QUESTIONS, 'tattoo'), fc.oneof(answer, hostile), {maxKeys: 9}), hostile),
});
const eligibility = fc.oneof(
  {weight: 3, arbitrary: completeAnswers.map((answers) => ({fn: 'assessEligibility', args: [answers]}))},
  {weight: 2, arbitrary: someAnswers.map((answers) => ({fn: 'assessEligibility', args: [answers]}))},
  {weight: 1, arbitrary: hostile.map((answers) => ({fn: 'assessEligibility', args: [answers]}))},
);

const MIN = Date.UTC(1970, 0, 1);
const MAX = Date.UTC(2100, 0, 1);
const pad = (n, size = 2) => String(n).padStart(size, '0');
/** An ISO 8601 date-time as a patient's page writes it: local, UTC or with an offset. */
const isoTime = fc.tuple(fc.integer({min: MIN, max: MAX}), fc.constantFrom('', 'Z', '+02:00', '-05:30', ':ss')).map(([ms, zone]) => {
  const d = new Date(ms);
  const base = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  return zone === ':ss' ? `${base}:${pad(d.getUTCSeconds())}` : `${base}${zone}`;
});
const treatedAt = fc.oneof(
  {weight: 3, arbitrary: isoTime},
  {weight: 2, arbitrary: fc.integer({min: MIN, max: MAX}).map((ms) => ({$date: ms}))},
  {weight: 1, arbitrary: fc.oneof(fc.string({maxLength: 20}), fc.constantFrom('2026-02-31T10:00', '2026-11-24', 'tomorrow'), hostile, fc.double().map((ms) => ({$date: Number.isFinite(ms) ? ms : 'NaN'})))},
);
const hours = fc.oneof(fc.constant(null), fc.integer({min: 0, max: 8760}), fc.double({min: 0, max: 8760, noNaN: true}), hostile, fc.constantFrom(8761, 3_000_000_000, -24));
export const durations = fc.oneof(
  {weight: 3, arbitrary: fc.dictionary(fc.constantFrom(...ITEMS), fc.oneof(fc.constant(null), fc.integer({min: 0, max: 8760})), {maxKeys: 9})},
  {weight: 2, arbitrary: fc.dictionary(fc.constantFrom(...ITEMS, 'tanning'), hours, {maxKeys: 4})},
  {weight: 1, arbitrary: hostile},
);
const now = fc.oneof({weight: 4, arbitrary: fc.integer({min: MIN, max: MAX}).map((ms) => ({$date: ms}))}, {weight: 1, arbitrary: hostile});
export const planArgs = fc.tuple(treatedAt, durations, now);
const plan = planArgs.map((args) => ({fn: 'aftercarePlan', args}));
const calendar = fc
  .tuple(
    planArgs,
    fc.record({title: fc.string({maxLength: 30}), description: fc.string({maxLength: 200}), name: fc.string({maxLength: 40}), language: fc.constantFrom('en', 'fr-CA', 'x;y', 'ar')}),
    fc.oneof(fc.integer({min: MIN, max: MAX}).map((ms) => ({$date: ms})), fc.constant({$date: 'NaN'})),
  )
  .map((args) => ({fn: 'aftercareCalendar', args}));
const recommend = fc
  .tuple(fc.oneof(fc.array(fc.oneof(fc.constantFrom(...CONCERNS), fc.string({maxLength: 6})), {maxLength: 6}), hostile), fc.oneof(fc.constantFrom('mild', 'moderate', 'marked', null), hostile))
  .map((args) => ({fn: 'recommendTreatment', args}));

/** Any call, of the four decisions the widgets make. */
export const logicCall = fc.oneof(eligibility, plan, calendar, recommend);
export {eligibility as eligibilityCall, plan as planCall, calendar as calendarCall, recommend as recommendCall};
