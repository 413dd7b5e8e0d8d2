// Property-based tests (fast-check) of meso-widgets/logic, as plain JavaScript calls it, against the
// build: the plan, calendar, eligibility and recommendation logic on random inputs is total (a result,
// or a LogicInputError that says what is wrong, never another error), and right where it answers.
// The browser side (test/property/logic.property.test.ts) checks the same calls give the same results.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import * as logic from '../../dist/logic.js';
import {completeAnswers, durations, logicCall, planArgs} from '../property/logic-arbitraries.js';
import {decode, run} from '../property/logic-cases.js';
import {check, fc, RUNS} from './property.mjs';

const H = 3_600_000;
const SEVERITY = {adult: ['no', 'not-recommended'], pregnant: ['yes', 'not-now'], breastfeeding: ['yes', 'not-now'], skin: ['yes', 'not-now']};
/** The spec's rule table, written out again: what raises each question, and how far. */
const raises = (id, value) => (value === 'unsure' ? 'ask-doctor' : value === (SEVERITY[id]?.[0] ?? 'yes') ? (SEVERITY[id]?.[1] ?? 'not-recommended') : null);
const RANK = ['not-recommended', 'not-now', 'ask-doctor'];

describe(`meso-widgets/logic on random input (${RUNS} cases each)`, () => {
  it('is total: every call gives a result or a LogicInputError, never another error', async () => {
    await check(
      fc.property(logicCall, (call) => {
        const result = run(logic, JSON.parse(JSON.stringify(call)));
        if ('error' in result) assert.match(result.error, /^(LogicInputError|IncompleteAnswersError): \S/, `${call.fn}: ${result.error}`);
      }),
    );
  });

  it('assessEligibility gives the rule table\'s most serious reason, and no-concerns only when nothing raises one', async () => {
    await check(
      fc.property(completeAnswers, (answers) => {
        const result = logic.assessEligibility(answers);
        const found = Object.entries(answers.health).map(([id, value]) => raises(id, value)).filter(Boolean);
        if (answers.goals.length === 1 && answers.goals[0] === 'weight') found.push('not-recommended');
        const expected = found.length ? RANK.find((severity) => found.includes(severity)) : 'no-concerns';
        assert.equal(result.outcome, expected);
        if (result.outcome === 'no-concerns') assert.deepEqual(result.reasons, []);
      }),
    );
  });

  it('assessEligibility never reassures when an answer is missing', async () => {
    await check(
      fc.property(completeAnswers, fc.subarray(['goals', ...Object.keys(SEVERITY), 'bleeding', 'immune', 'allergy', 'conditions', 'heart-stroke'], {minLength: 1}), (answers, drop) => {
        const partial = {goals: drop.includes('goals') ? [] : answers.goals, health: Object.fromEntries(Object.entries(answers.health).filter(([id]) => !drop.includes(id)))};
        assert.throws(() => logic.assessEligibility(partial), (error) => error instanceof logic.IncompleteAnswersError && drop.every((id) => error.missing.includes(id)));
      }),
    );
  });

  it('aftercarePlan: every end is the treatment time plus the window (defaults for items not given), and the calendar holds', async () => {
    await check(
      fc.property(planArgs, (args) => {
        let plan;
        try {
          plan = logic.aftercarePlan(...decode(JSON.parse(JSON.stringify(args))));
        } catch (error) {
          assert.ok(error instanceof logic.LogicInputError, String(error));
          return;
        }
        if (plan === null) return;
        const given = decode(args[1]);
        for (const item of plan.items) {
          const hours = given && typeof given === 'object' && item.id in given ? given[item.id] : logic.DEFAULT_DURATIONS[item.id];
          assert.equal(item.hours, hours, item.id);
          if (hours === null) assert.equal(item.endsAt, null);
          // A Date holds whole milliseconds (TimeClip truncates).
          else assert.equal(item.endsAt.getTime(), Math.trunc(plan.treatedAt.getTime() + hours * H), item.id);
          assert.ok(['upcoming', 'active', 'done', 'ongoing'].includes(item.status));
        }
        assert.ok(plan.progress >= 0 && plan.progress <= 1, String(plan.progress));
        const ics = logic.aftercareCalendar(plan, {title: (id) => `Über ${id}, ok; \\ done`, description: 'Guide\nline 2', name: 'Plan', language: 'de'});
        const lines = ics.split('\r\n');
        assert.equal(lines.pop(), '');
        for (const line of lines) assert.ok(new TextEncoder().encode(line).length <= 75, line);
        assert.equal((ics.match(/BEGIN:VEVENT/g) ?? []).length, plan.items.filter((item) => item.endsAt).length);
      }),
    );
  });

  it('mergeDurations keeps every window a plan can use', async () => {
    await check(
      fc.property(durations, (override) => {
        const {value} = logic.mergeDurations(logic.DEFAULT_DURATIONS, decode(override));
        for (const hours of Object.values(value)) assert.ok(hours === null || (Number.isFinite(hours) && hours >= 0 && hours <= logic.MAX_DURATION_HOURS), String(hours));
      }),
    );
  });
});
