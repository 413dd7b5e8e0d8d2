// A web-test-runner reporter that counts the browser tests over every engine and writes
// reports/browser-tests.json plus the plain line `N passed, N failed` that CI reads.
import {mkdirSync, writeFileSync} from 'node:fs';

/** Adds the tests of `suite` and its child suites to `totals` (by default a new count) and returns it. */
export function countSuite(suite, totals = {passed: 0, failed: 0, skipped: 0}) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) countSuite(child, totals);
  return totals;
}

export function summaryReporter({file = 'reports/browser-tests.json'} = {}) {
  return {
    onTestRunFinished({sessions}) {
      const totals = {passed: 0, failed: 0, skipped: 0, sessions: sessions.length, failedSessions: []};
      for (const session of sessions) {
        const failedBefore = totals.failed;
        if (session.testResults) countSuite(session.testResults, totals);
        // A file that failed to load, or threw outside a test, fails without a failing test: count it once.
        if (!session.passed) {
          if (totals.failed === failedBefore) totals.failed++;
          totals.failedSessions.push(`${session.browser?.name ?? 'browser'}: ${session.testFile}`);
        }
      }
      mkdirSync(new URL('.', `file://${process.cwd()}/${file}`), {recursive: true});
      writeFileSync(file, JSON.stringify(totals, null, 2));
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
    },
  };
}
