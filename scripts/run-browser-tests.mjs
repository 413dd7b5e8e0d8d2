// Runs web-test-runner in Chromium, Firefox and WebKit. WebKit's MiniBrowser has no headless
// mode, so its WebDriver is started here under a virtual display and stopped afterwards.
import {spawn} from 'node:child_process';
import {existsSync, statSync} from 'node:fs';
import {createServer} from 'node:net';
import {requireBrowsers, selectedEngines} from './browsers.mjs';

const engines = selectedEngines();
const browsers = requireBrowsers(engines);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

async function waitForDriver(port, driver, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${driver.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${timeoutMs} ms`);
}

let driver;
/** Starts WebKitWebDriver under a virtual display on a free port, for the WebKit launcher. */
async function startDriver(env) {
  const port = await freePort();
  env.WEBKIT_DRIVER_PORT = String(port);
  driver = spawn(browsers.xvfbRun.path, ['-a', browsers.webkitDriver.path, `--port=${port}`], {
    env: {...process.env, LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8'},
    stdio: 'ignore',
    detached: true,
  });
  await waitForDriver(port, driver);
}

function stopDriver() {
  if (driver && driver.exitCode === null) {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}
process.on('exit', stopDriver);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

// The summary reporter writes this file when a run ends, with or without failing tests.
const summary = 'reports/browser-tests.json';

/** One whole run: `{code, finished}`, where `finished` says whether web-test-runner got to the end. */
async function run() {
  const env = {...process.env};
  if (engines.includes('webkit')) await startDriver(env);
  const started = Date.now();
  const wtr = spawn(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...process.argv.slice(2)], {env, stdio: 'inherit'});
  const code = await new Promise((resolve) =>
    wtr.on('exit', (exitCode, signal) => {
      // Killed from outside (out of memory, say): web-test-runner itself had no chance to say so.
      if (signal) console.error(`run-browser-tests: web-test-runner was killed by ${signal} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
      resolve(exitCode ?? 1);
    }),
  );
  stopDriver();
  return {code, finished: existsSync(summary) && statSync(summary).mtimeMs >= started};
}

// A run that ends, passed or failed, is the answer. A run that stopped part-way (the runner or a
// browser driver died; the progress lines above say where) says nothing about the tests, so the
// whole suite runs once more, from the start, in fresh browsers; that run's result is the answer.
let {code, finished} = await run();
if (!finished) {
  console.error(`\nrun-browser-tests: the run stopped before it finished (exit code ${code}); running the whole suite once more\n`);
  ({code, finished} = await run());
  if (!finished) console.error(`run-browser-tests: the second run stopped before it finished too (exit code ${code})`);
}
process.exit(code);
