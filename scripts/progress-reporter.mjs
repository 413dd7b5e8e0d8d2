// A web-test-runner reporter for CI logs: one line as each test file finishes in each browser (with
// the time since the run started), and, when no file has finished for a while, which files are
// still running and for how long. The default reporter prints a file only once every browser has
// run it, so a browser that hangs or dies would otherwise leave no trace of where it was.
//
// Lines are written to the process's own stdout, not through `console`: web-test-runner buffers
// console output and flushes it a tick later, and when it stops on an uncaught error it exits before
// that flush, so the error it logged is lost. For the same reason an uncaught error or an
// unhandled rejection is written here, at once, with its stack.

import {format} from 'node:util';
import {countSuite} from './summary-reporter.mjs';

const STATUS_FINISHED = 'FINISHED';
const RUNNING = new Set(['INITIALIZING', 'TEST_STARTED', 'TEST_FINISHED']);

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/**
 * @param {{quietMs?: number, log?: (line: string) => void}} [options]
 *   `quietMs`: after this long without a finished file, list the running ones (and again after
 *   each further `quietMs`).
 */
export function progressReporter({quietMs = 60000, log = (line) => process.stdout.write(`${line}\n`)} = {}) {
  let started = Date.now();
  let lastFinished = Date.now();
  let timer;
  /** session id → when it was first seen running */
  const since = new Map();
  const name = (session) => {
    const group = session.group?.name && session.group.name !== 'default' ? ` (${session.group.name})` : '';
    return `${session.browser?.name ?? 'browser'}${group} ${session.testFile.replace(`${process.cwd()}/`, '')}`;
  };

  const fatal = (error, origin) => {
    const text = error instanceof Error ? error.stack ?? error.message : String(error);
    process.stderr.write(`\n[${seconds(Date.now() - started)}] web-test-runner: ${origin ?? 'uncaught error'}: ${text}\n`);
  };

  return {
    start({sessions, startTime}) {
      process.on('uncaughtException', fatal);
      // web-test-runner's own errors ("Error while running tests", a browser that failed to stop)
      // go through console.error: write them at once, so an exit right after cannot swallow them.
      for (const key of ['error', 'warn']) console[key] = (...args) => process.stderr.write(`${format(...args)}\n`);
      started = startTime ?? Date.now();
      lastFinished = Date.now();
      sessions.on('session-status-updated', (session) => {
        if (RUNNING.has(session.status) && !since.has(session.id)) since.set(session.id, Date.now());
        if (session.status !== STATUS_FINISHED) return;
        const took = since.has(session.id) ? seconds(Date.now() - since.get(session.id)) : '';
        since.delete(session.id);
        lastFinished = Date.now();
        const {passed, failed, skipped} = countSuite(session.testResults);
        const counts = `${passed} passed${failed ? `, ${failed} failed` : ''}${skipped ? `, ${skipped} skipped` : ''}`;
        const errors = (session.errors ?? []).map((error) => String(error?.message ?? error).split('\n')[0]);
        const mark = session.passed ? '✓' : '✗';
        log(`[${seconds(Date.now() - started)}] ${mark} ${name(session)}: ${counts}, ${took}${errors.length ? ` — ${errors.join('; ')}` : ''}`);
      });
      timer = setInterval(() => {
        const quiet = Date.now() - lastFinished;
        if (quiet < quietMs) return;
        const running = [...sessions.all()].filter((session) => RUNNING.has(session.status));
        const list = running.map((session) => `${name(session)} (${session.status}, ${seconds(Date.now() - (since.get(session.id) ?? Date.now()))})`);
        log(`[${seconds(Date.now() - started)}] no file finished for ${seconds(quiet)}; running: ${list.join(', ') || 'none'}`);
        lastFinished = Date.now();
      }, Math.min(quietMs, 10000));
      timer.unref?.();
    },
    onTestRunFinished() {
      clearInterval(timer);
    },
    stop() {
      clearInterval(timer);
    },
  };
}
