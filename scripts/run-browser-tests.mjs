// Runs web-test-runner in Chromium, Firefox and WebKit. WebKit's MiniBrowser has no headless
// mode, so its WebDriver is started here under a virtual display and stopped afterwards.
import {spawn} from 'node:child_process';
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

const env = {...process.env};
let driver;
if (engines.includes('webkit')) {
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

const wtr = spawn(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...process.argv.slice(2)], {
  env,
  stdio: 'inherit',
});
const code = await new Promise((resolve) => wtr.on('exit', (exitCode) => resolve(exitCode ?? 1)));
stopDriver();
process.exit(code);
