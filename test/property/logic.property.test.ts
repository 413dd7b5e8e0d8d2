// Property-based test (fast-check): meso-widgets/logic gives the same results in this browser as in
// Node. Random calls (test/property/logic-arbitraries.js) run here and, through the test server's
// POST /__logic, in Node; every result (or error message) must be the same. 1,000 calls per engine;
// a failure prints the seed.
import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import * as logic from '../../src/logic.js';
import {logicCall} from './logic-arbitraries.js';
import {run, type LogicCall, type LogicResult} from './logic-cases.js';

const RUNS = 1000;

describe(`meso-widgets/logic in this browser and in Node (${RUNS} calls)`, () => {
  it('gives the same result for every call, and never an error other than LogicInputError', async function () {
    this.timeout(120_000);
    const seed = (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
    const calls = fc.sample(logicCall, {numRuns: RUNS, seed}).map((call) => JSON.parse(JSON.stringify(call)) as LogicCall);
    const here = calls.map((call) => run(logic, call));
    const response = await fetch('/__logic', {method: 'POST', body: JSON.stringify(calls)});
    expect(response.status).to.equal(200);
    const there = (await response.json()) as LogicResult[];
    expect(there).to.have.length(calls.length);
    for (const [index, call] of calls.entries()) {
      const what = `fast-check seed ${seed}, call ${index}: ${JSON.stringify(call)}`;
      if (here[index].error) expect(here[index].error, what).to.match(/^(LogicInputError|IncompleteAnswersError): \S/);
      expect(here[index], what).to.deep.equal(there[index]);
    }
  });
});
