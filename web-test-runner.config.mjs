import {existsSync} from 'node:fs';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {defaultReporter} from '@web/test-runner';
import {chromeLauncher} from '@web/test-runner-chrome';
import {puppeteerLauncher} from '@web/test-runner-puppeteer';
import {webdriverLauncher} from '@web/test-runner-webdriver';
import {assistivePlugin} from './scripts/assistive-plugin.mjs';
import {CHROMIUM_ARGS, requireBrowsers, selectedEngines} from './scripts/browsers.mjs';
import {summaryReporter} from './scripts/summary-reporter.mjs';
import {progressReporter} from './scripts/progress-reporter.mjs';
import {prerenderMiddleware} from './scripts/prerender-middleware.mjs';
import {logicMiddleware} from './scripts/logic-middleware.mjs';


const engines = selectedEngines();
const found = requireBrowsers(engines);

/**
 * @web/test-runner-webdriver (0.9) starts each test page without awaiting the navigation
 * (`SessionManager.queueStartSession` drops the promise), so a navigation that fails is an
 * unhandled rejection, and web-test-runner then stops the whole run with exit code 1 and, its
 * console being buffered, without a word. Here the start awaits it: a failed navigation is tried
 * once more (and said so), then fails that file's session with its message; the run goes on.
 */
function awaitNavigation(launcher) {
  launcher.startSession = async (id, url) => {
    await launcher.ensureManagerInitialized();
    try {
      await launcher.driverManager.startSession(id, url);
    } catch (error) {
      process.stderr.write(`${launcher.name}: opening the test page failed (${String(error?.message ?? error).split('\n')[0]}); trying once more\n`);
      await launcher.driverManager.startSession(id, url);
    }
  };
  return launcher;
}

const launchers = {
  chromium: () =>
    chromeLauncher({launchOptions: {executablePath: found.chromium.path, headless: true, args: CHROMIUM_ARGS}}),
  firefox: (prefs = {}) =>
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: found.firefox.path,
        headless: true,
        extraPrefsFirefox: {'network.dns.disableIPv6': true, ...prefs},
      },
    }),
  // WebKitWebDriver runs under Xvfb, started by scripts/run-browser-tests.mjs on this port.
  webkit: () =>
    awaitNavigation(
      webdriverLauncher({
        hostname: '127.0.0.1',
        port: Number(process.env.WEBKIT_DRIVER_PORT ?? 4444),
        path: '/',
        logLevel: 'error',
        capabilities: /** @type {any} */ ({
          browserName: 'MiniBrowser',
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': {binary: found.webkit.path, args: ['--automation']},
        }),
      }),
    ),
};

/** The strict policy of test/host/pages/csp.html: no inline code, no eval, Trusted Types enforced. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
  "base-uri 'none'; require-trusted-types-for 'script'";

/** The default font size of the "firefox-large-font" group's Firefox, set by pref at launch. */
const FIREFOX_FONT_SIZE = 32;

/**
 * test/assistive/ drives the browser itself (DevTools Protocol, prefs), so it runs in its own
 * groups: all of it in Chromium, and the large-font test in a Firefox launched with a 32 px default
 * font. A run given `--files` runs just those files in the chosen engines, without the groups.
 */
const targeted = process.argv.includes('--files');
const firefoxLargeFont =
  !targeted && engines.includes('firefox') ? launchers.firefox({'font.size.variable.x-western': FIREFOX_FONT_SIZE}) : null;
const groups = targeted
  ? []
  : [
      engines.includes('chromium') && {name: 'assistive', files: ['test/assistive/**/*.test.ts'], browsers: [launchers.chromium()]},
      firefoxLargeFont && {name: 'firefox-large-font', files: ['test/assistive/large-font.test.ts'], browsers: [firefoxLargeFont]},
    ].filter(Boolean);

export default {
  files: ['test/**/*.test.ts', ...(targeted ? [] : ['!test/assistive/**'])],
  groups,
  nodeResolve: true,
  middleware: [
    // POST /__prerender renders HTML with src/ssr.ts; /__prerendered/<page> serves a page prerendered.
    prerenderMiddleware(),
    // POST /__logic runs meso-widgets/logic calls in Node, to compare with the browser's results.
    logicMiddleware(),
    // A clinic that uploaded the bundle without its locales/ folder: the bundle is there, its packs are not.
    async (context, next) => {
      if (context.path === '/test/host/bundle-only/meso-widgets.js') context.url = '/dist/meso-widgets.js';
      await next();
    },
    // A translation pack loaded on demand from source asks for src/locales/<tag>.js by URL, as the
    // built bundle does; serve the TypeScript module there (esbuild then compiles it).
    async (context, next) => {
      const ts = context.path.replace(/\.js$/, '.ts');
      if (context.path.startsWith('/src/locales/') && ts !== context.path && existsSync(`.${ts}`) && !existsSync(`.${context.path}`))
        context.url = ts;
      await next();
    },
    async (context, next) => {
      await next();
      if (['/test/host/pages/csp.html', '/test/host/pages/loader-csp.html', '/test/host/pages/csp-fr.html'].includes(context.path))
        context.set('Content-Security-Policy', STRICT_CSP);
    },
  ],
  plugins: [
    esbuildPlugin({ts: true, target: 'es2021', tsconfig: './tsconfig.json'}),
    assistivePlugin({
      largeFont: firefoxLargeFont ? {launcher: firefoxLargeFont, size: FIREFOX_FONT_SIZE} : undefined,
      update: process.env.MESO_UPDATE_TRANSCRIPTS === '1',
    }),
  ],
  browsers: engines.map((engine) => launchers[engine]()),
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 300000,
  // Two accessibility engines on a large state take seconds in WebKit on a busy machine.
  testFramework: {config: {timeout: 30000}},
  // Tests run Lit in dev mode for its extra checks; its banner is noise.
  filterBrowserLogs: ({args}) => !String(args[0] ?? '').startsWith('Lit is in dev mode'),
  // One line per file and browser as it finishes, so a CI log shows where a run stopped.
  reporters: [defaultReporter({reportTestResults: true, reportTestProgress: false}), progressReporter(), summaryReporter()],
};
