// Consumer tests: the package as outsiders get it. `npm pack`, then each fixture app in
// test/consumers/ is copied to a temporary folder, installed from its own lockfile (`npm ci`) and
// given the tarball (`npm install --no-save <tgz>`), then checked:
// - react-ts: React 19 + TypeScript + Vite: `tsc -b` with the tags in JSX and the @lit/react
//   wrappers (including lines that must NOT type-check), `vite build`, and the built app renders
//   the three widgets in headless Chromium, where a `meso-book` handler runs;
// - vue-ts: Vue 3 + vue-tsc + Vite: type-check (with a line that must not type-check), build, render;
// - node: meso-widgets/logic in Node with no DOM, in a worker thread, with and without
//   --conditions=browser, and what it adds to a bundled app (at most 3 KB gzip, printed);
// - html: a plain page that loads the tarball's dist/meso-widgets.js, and a module worker that
//   loads dist/logic.js;
// - next: Next.js (App Router, Turbopack): type-check, `next build`, then `next start` and `next dev`;
// - astro: Astro, static output: `astro check`, `astro build` (prerender + the loader), the built site;
// - nuxt: Nuxt 3 (Vue server rendering): `nuxt typecheck`, `nuxt build`, the Node server;
// - sveltekit: SvelteKit (server rendering, adapter-node): `svelte-check`, `vite build`, the Node server.
// On the framework apps, every page is loaded in full (as a patient arrives) and must: render the
// three widgets; have the clinic's `meso-book` listener and `durations` on each widget before its
// tag is defined (so the live widget never runs without them); show the makeup window from
// `durations` (72 hours: "3 days"); let the patient reach a result (the decision helper's
// recommendation) and book through the clinic's handler, which keeps the page; and log no console
// error or warning (hydration warnings included). Where the server renders, a plain HTTP fetch
// must already hold each widget's content (a declarative shadow root), exactly once.
//
// Installs share one npm cache (`npm_config_cache`, default ~/.npm) and prefer it to the network;
// they run side by side, then the apps' checks run in parallel (MESO_CONSUMER_JOBS at once, default:
// the number of CPU cores, at least 2). A framework that needs a newer Node than the one running this
// script gets it from npm: the app's `node` devDependency puts that Node first on its scripts' PATH.
// Usage: node scripts/test-consumers.mjs [--only=react-ts,next,…] [--keep] [--reuse=<kept folder>]
// (`--keep` leaves the installed apps in a temporary folder; `--reuse=` runs the checks again on
// them, with no pack and no install: for working on an app.)
// Needs the npm registry (the fixtures' own dependencies) and Chromium. Builds dist/ if missing.
import {spawn} from 'node:child_process';
import {cpSync, existsSync, mkdtempSync, rmSync} from 'node:fs';
import {createServer} from 'node:net';
import {availableParallelism, homedir, tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {launchChromium} from './browsers.mjs';
import {serve} from './serve.mjs';

const ROOT = resolve('.');
const FIXTURES = ['react-ts', 'vue-ts', 'node', 'html', 'next', 'astro', 'nuxt', 'sveltekit'];
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
const unknown = only?.filter((name) => !FIXTURES.includes(name)) ?? [];
if (unknown.length) {
  console.error(`unknown fixture(s): ${unknown.join(', ')} (known: ${FIXTURES.join(', ')})`);
  process.exit(2);
}
const fixtures = FIXTURES.filter((name) => !only || only.includes(name));
const reuse = process.argv.find((arg) => arg.startsWith('--reuse='))?.slice('--reuse='.length);
const keep = process.argv.includes('--keep') || Boolean(reuse);
const jobs = Math.max(2, Number(process.env.MESO_CONSUMER_JOBS) || availableParallelism());
const NPM_CACHE = process.env.npm_config_cache || join(homedir(), '.npm');
const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
/** Quiet, offline-first npm and framework CLIs: no update notices, no telemetry, one cache. */
const ENV = {
  ...process.env,
  npm_config_update_notifier: 'false',
  npm_config_cache: NPM_CACHE,
  npm_config_prefer_offline: 'true',
  npm_config_fund: 'false',
  npm_config_audit: 'false',
  NEXT_TELEMETRY_DISABLED: '1',
  ASTRO_TELEMETRY_DISABLED: '1',
  NUXT_TELEMETRY_DISABLED: '1',
  CI: '1',
};

/** Runs a command; resolves with its output, rejects with it (printed) when it fails. */
function run(command, args, {cwd = ROOT, echo = false, env = {}} = {}) {
  return new Promise((resolveRun, rejectRun) => {
    const child = spawn(command, args, {cwd, env: {...ENV, ...env}});
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', rejectRun);
    child.on('close', (code) => {
      if (echo || code !== 0) process.stdout.write(output.replace(/^/gm, '    '));
      if (code === 0) resolveRun(output);
      else rejectRun(new Error(`${command} ${args.join(' ')} (in ${cwd}) exited with ${code}`));
    });
  });
}

const results = [];
async function step(fixture, name, work) {
  const since = Date.now();
  try {
    const note = await work();
    results.push({fixture, name, ok: true, ms: Date.now() - since});
    console.log(`  ✔ ${fixture}: ${name} (${seconds(since)})${note ? ` — ${note}` : ''}`);
    return true;
  } catch (error) {
    results.push({fixture, name, ok: false, ms: Date.now() - since});
    console.log(`  ✖ ${fixture}: ${name} (${seconds(since)}) — ${error.message}`);
    return false;
  }
}

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolvePort, rejectPort) => {
    const server = createServer();
    server.on('error', rejectPort);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Starts an app's server (`command args` in `cwd`, in its own process group) and resolves once
 * `url` answers 200; `stop()` ends the whole group. A server that exits or does not answer within
 * `timeout` ms rejects, with its output.
 */
async function startServer(command, args, {cwd, env = {}, url, timeout = 120000}) {
  const child = spawn(command, args, {cwd, env: {...ENV, ...env}, detached: true});
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let exited = null;
  child.on('exit', (code, signal) => (exited = signal ?? code));
  const stop = () => {
    if (exited !== null) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (exited !== null) break;
    try {
      const response = await fetch(url, {signal: AbortSignal.timeout(30000)});
      await response.arrayBuffer();
      if (response.ok) return {stop, output: () => output};
    } catch {
      // not listening yet
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 500));
  }
  stop();
  throw new Error(`${command} ${args.join(' ')} ${exited !== null ? `exited (${exited})` : `did not answer ${url} within ${timeout / 1000} s`}:\n${output.replace(/^/gm, '    ')}`);
}

/**
 * Before any page script: records, in order, each `meso-*` listener added anywhere and each
 * `meso-*` tag definition, with what the tag's elements already had at that moment (a
 * `durations` property set on the element, or a JSON block with `durations`).
 */
function instrument() {
  const log = [];
  Object.defineProperty(window, '__mesoLog', {value: log});
  const addEventListener = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (type, ...rest) {
    if (String(type).startsWith('meso-')) log.push({listen: type});
    return addEventListener.call(this, type, ...rest);
  };
  const define = CustomElementRegistry.prototype.define;
  CustomElementRegistry.prototype.define = function (name, ...rest) {
    if (String(name).startsWith('meso-')) {
      const elements = [...document.querySelectorAll(name)].map((element) => {
        const block = [...element.children].find((child) => child.localName === 'script' && child.type === 'application/json');
        return {durations: Object.hasOwn(element, 'durations') || /"durations"/.test(block?.textContent ?? '')};
      });
      log.push({define: name, elements});
    }
    return define.call(this, name, ...rest);
  };
}

/** Opens `url` in headless Chromium and runs `check(page)`; console warnings and errors fail it. */
async function inBrowser(browser, url, check, {instrumented = false} = {}) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    // Lit's own notice in a development build (`next dev`, `vite dev`), not a problem of the page.
    if (message.text().startsWith('Lit is in dev mode')) return;
    if (message.type() === 'error' || message.type() === 'warn') problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  try {
    if (instrumented) await page.evaluateOnNewDocument(instrument);
    await page.goto(url, {waitUntil: 'networkidle0', timeout: 120000});
    const note = await check(page);
    if (problems.length) throw new Error(problems.join('; '));
    return note;
  } finally {
    await page.close();
  }
}

/** The visible heading of every meso-* widget on the page, once all three have rendered. */
async function widgetHeadings(page) {
  await page.waitForFunction(
    () => {
      const widgets = [...document.querySelectorAll('meso-eligibility, meso-aftercare, meso-vs-filler')];
      return (
        widgets.length >= 3 &&
        widgets.every((widget) => widget.matches(':defined') && widget.shadowRoot?.querySelector('[part="heading"]')?.textContent?.trim())
      );
    },
    {timeout: 30000},
  );
  return page.evaluate(() =>
    [...new Set([...document.querySelectorAll('meso-eligibility, meso-aftercare, meso-vs-filler')].map((widget) => widget.localName))],
  );
}

/** Clicks the booking link of the first booking-enabled vs-filler; the app's handler cancels the navigation. */
async function book(page) {
  const before = page.url();
  await page.evaluate(() => {
    const widget = [...document.querySelectorAll('meso-vs-filler')].find((element) => element.shadowRoot?.querySelector('[part="booking"]'));
    widget?.shadowRoot?.querySelector('[part="booking"]')?.click();
  });
  await page.waitForFunction(() => document.querySelector('#booked')?.textContent?.includes('https://bright-skin.example/book'), {timeout: 5000});
  if (page.url() !== before) throw new Error(`the page navigated to ${page.url()} although the handler cancelled meso-book`);
  return page.$eval('#booked', (element) => element.textContent.trim());
}

/**
 * What a patient does and sees on a framework app's page, loaded in full: every widget live; the
 * listener and `durations` there before each tag was defined; every aftercare plan's makeup window
 * from `durations` (72 hours); a recommendation from the decision helper; a booking through the
 * clinic's handler.
 */
async function patientJourney(page) {
  await widgetHeadings(page);
  const log = await page.evaluate(() => window.__mesoLog);
  const defined = (tag) => log.findIndex((entry) => entry.define === tag);
  const vsFiller = defined('meso-vs-filler');
  const listened = log.findIndex((entry) => entry.listen === 'meso-book');
  if (vsFiller < 0) throw new Error('<meso-vs-filler> was never defined through customElements.define');
  if (log[vsFiller].elements.length && (listened < 0 || listened > vsFiller))
    throw new Error('<meso-vs-filler> was defined before the page listened to meso-book: the live widget ran without the clinic\'s handler');
  const aftercare = log[defined('meso-aftercare')];
  if (!aftercare) throw new Error('<meso-aftercare> was never defined through customElements.define');
  if (aftercare.elements.some((element) => !element.durations))
    throw new Error('<meso-aftercare> was defined before its durations were set: the live widget ran without them');
  const windows = await page.evaluate(() =>
    [...document.querySelectorAll('meso-aftercare')].map((element) => element.shadowRoot?.querySelector('li[data-item="makeup"] .window')?.textContent?.trim() ?? ''),
  );
  if (!windows.length || windows.some((text) => !/\b3 days\b/.test(text))) throw new Error(`makeup windows ${JSON.stringify(windows)}: durations {makeup: 72} should say 3 days`);
  const recommendation = await page.evaluate(async () => {
    const helper = [...document.querySelectorAll('meso-vs-filler')].find((element) => element.shadowRoot?.querySelector('#concern-texture'));
    helper?.shadowRoot?.querySelector('#concern-texture')?.click();
    await helper?.updateComplete;
    return helper?.shadowRoot?.querySelector('[part="recommendation"]')?.textContent?.trim() ?? '';
  });
  if (!recommendation) throw new Error('the decision helper showed no recommendation after the patient chose a concern');
  const booked = await book(page);
  return `makeup: ${windows.join(', ')}; "${recommendation}"; "${booked}"`;
}

/** Text of the English content that each widget's static copy shows (a run with no character HTML escapes). */
let staticTexts;
async function contentSamples() {
  if (staticTexts) return staticTexts;
  const {eligibilityEn, aftercareEn, vsFillerEn} = await import(join(ROOT, 'dist/logic.js'));
  const plain = (text) => text.split(/[&<>"'’]/).sort((a, b) => b.length - a.length)[0].trim();
  staticTexts = {
    'meso-eligibility': plain(eligibilityEn.intro.lead),
    'meso-aftercare': plain(aftercareEn.cards.urgent.straightAway),
    'meso-vs-filler': plain(vsFillerEn.tableCaption),
  };
  return staticTexts;
}

/**
 * A plain HTTP fetch, no script: each widget's content is in the HTML as a declarative shadow root,
 * and each sample text of it appears once (not again in a framework's hydration payload).
 */
async function contentBeforeScript(url) {
  const html = await (await fetch(url)).text();
  const samples = await contentSamples();
  const notes = [];
  for (const [tag, text] of Object.entries(samples)) {
    if (!new RegExp(`<${tag}[^>]*>\\s*<template[^>]*\\sshadowrootmode="open"`).test(html)) throw new Error(`<${tag}> has no declarative shadow root in the HTML of ${url}`);
    const count = html.split(text).length - 1;
    if (count !== 1) throw new Error(`"${text}" (<${tag}>) is ${count} times in the HTML of ${url}; expected once`);
  }
  notes.push(`${(html.length / 1024).toFixed(0)} KB, each widget's content once`);
  return notes.join('; ');
}

/** The checks of a framework app served at `base`: content before script (where the server renders) and the patient's journey. */
async function frameworkChecks(name, browser, base, {paths = ['/'], serverRendered = ['/'], label = ''} = {}) {
  for (const path of paths) {
    const url = new URL(path, base).href;
    if (serverRendered.includes(path)) {
      await step(name, `${label}GET ${path}: the widgets' content in the HTML before any script, once`, () => contentBeforeScript(url));
    }
    await step(name, `${label}${path} loaded in full: listener and durations before each tag is defined, result, booking, no console error`, () =>
      inBrowser(browser, url, patientJourney, {instrumented: true}),
    );
  }
}

/** The React and Vue apps (Vite, client rendering): type-check, build, render. */
async function viteApp(name, browser) {
  const cwd = join(work, name);
  if (!(await step(name, 'type-check (tags in templates/JSX, wrappers, lines that must fail)', async () => void (await run('npm', ['run', '--silent', 'typecheck'], {cwd}))))) return;
  if (!(await step(name, 'vite build', async () => void (await run('npm', ['run', '--silent', 'build'], {cwd}))))) return;
  await step(name, 'the built app renders the three widgets and a meso-book handler runs', async () => {
    const server = await serve({root: join(cwd, 'dist'), port: 0});
    try {
      return await inBrowser(browser, `http://127.0.0.1:${server.address().port}/`, async (page) => `${(await widgetHeadings(page)).join(', ')}; "${await book(page)}"`);
    } finally {
      server.close();
    }
  });
}

async function nodeApp(name) {
  const cwd = join(work, name);
  await step(name, 'logic: every function, main thread + worker, with and without --conditions=browser', async () => void (await run('npm', ['run', '--silent', 'logic'], {cwd, echo: true})));
  for (const flags of [[], ['--conditions=browser']]) {
    await step(name, `node ${[...flags, '-e'].join(' ')} "import('meso-widgets/logic')…recommendTreatment(['texture'])"`, async () => {
      const output = await run('node', [...flags, '-e', "import('meso-widgets/logic').then(m => console.log(m.recommendTreatment(['texture'])))"], {cwd});
      if (!output.includes("recommendation: 'mesotherapy'")) throw new Error(`unexpected output: ${output}`);
      return output.replace(/\s+/g, ' ').trim();
    });
  }
  await step(name, 'size: what the logic entry adds to an app', async () => void (await run('npm', ['run', '--silent', 'size'], {cwd, echo: true})));
}

async function htmlApp(name, browser) {
  const cwd = join(work, name);
  await step(name, 'plain page with dist/meso-widgets.js; module worker with dist/logic.js', async () => {
    const server = await serve({root: cwd, port: 0});
    try {
      return await inBrowser(browser, `http://127.0.0.1:${server.address().port}/index.html`, async (page) => {
        const tags = await widgetHeadings(page);
        await page.waitForFunction(() => document.querySelector('#worker')?.textContent === 'Worker: mesotherapy', {timeout: 10000}).catch(async () => {
          throw new Error(`worker said "${await page.$eval('#worker', (element) => element.textContent)}"`);
        });
        const after = await page.$eval('#after', (element) => element.getBoundingClientRect().height > 0);
        if (!after) throw new Error('the text after the widgets is not shown');
        return `${tags.join(', ')}; worker: mesotherapy`;
      });
    } finally {
      server.close();
    }
  });
}

/** The app's own type-check and build (`npm run typecheck`, `npm run build`); false when either fails. */
async function typecheckAndBuild(name, buildLabel) {
  const cwd = join(work, name);
  if (!(await step(name, `type-check (the package's types, lines that must fail)`, async () => void (await run('npm', ['run', '--silent', 'typecheck'], {cwd}))))) return false;
  return step(name, buildLabel, async () => {
    const output = await run('npm', ['run', '--silent', 'build'], {cwd});
    const warnings = output.split('\n').filter((line) => /\bwarn(ing)?\b/i.test(line) && /meso-widgets|lit/i.test(line));
    if (warnings.length) throw new Error(`the build warns about the package:\n${warnings.join('\n')}`);
  });
}

async function nextApp(name, browser) {
  const cwd = join(work, name);
  if (!(await typecheckAndBuild(name, 'next build (Turbopack)'))) return;
  const pages = {paths: ['/', '/tags'], serverRendered: ['/']};
  const port = await freePort();
  let server;
  if (await step(name, 'next start', async () => void (server = await startServer('node_modules/.bin/next', ['start', '-p', String(port), '-H', '127.0.0.1'], {cwd, url: `http://127.0.0.1:${port}/`})))) {
    try {
      await frameworkChecks(name, browser, `http://127.0.0.1:${port}/`, pages);
    } finally {
      server.stop();
    }
  }
  // The development server: React reports hydration mismatches only here.
  const devPort = await freePort();
  let dev;
  if (await step(name, 'next dev', async () => void (dev = await startServer('node_modules/.bin/next', ['dev', '-p', String(devPort), '-H', '127.0.0.1'], {cwd, url: `http://127.0.0.1:${devPort}/`, timeout: 240000})))) {
    try {
      await frameworkChecks(name, browser, `http://127.0.0.1:${devPort}/`, {...pages, label: 'dev: '});
    } finally {
      dev.stop();
    }
  }
}

async function astroApp(name, browser) {
  const cwd = join(work, name);
  if (!(await typecheckAndBuild(name, 'astro build (static: prerender + the loader)'))) return;
  const server = await serve({root: join(cwd, 'dist'), port: 0});
  try {
    await frameworkChecks(name, browser, `http://127.0.0.1:${server.address().port}/`);
  } finally {
    server.close();
  }
}

/** Nuxt and SvelteKit: built into a Node server (`entry`), started on a free port. */
async function nodeServerApp(name, browser, buildLabel, entry) {
  const cwd = join(work, name);
  if (!(await typecheckAndBuild(name, buildLabel))) return;
  const port = await freePort();
  let server;
  if (!(await step(name, `node ${entry}`, async () => void (server = await startServer('node', [entry], {cwd, env: {PORT: String(port), HOST: '127.0.0.1', NITRO_PORT: String(port), NITRO_HOST: '127.0.0.1'}, url: `http://127.0.0.1:${port}/`}))))) return;
  try {
    await frameworkChecks(name, browser, `http://127.0.0.1:${port}/`);
  } finally {
    server.stop();
  }
}

const APPS = {
  'react-ts': viteApp,
  'vue-ts': viteApp,
  node: nodeApp,
  html: htmlApp,
  next: nextApp,
  astro: astroApp,
  nuxt: (name, browser) => nodeServerApp(name, browser, 'nuxt build', '.output/server/index.mjs'),
  sveltekit: (name, browser) => nodeServerApp(name, browser, 'vite build (adapter-node)', 'build'),
};

console.log(`consumer tests: ${fixtures.join(', ')} (${jobs} at once; npm cache ${NPM_CACHE})`);
if (!existsSync('dist/index.js') || !existsSync('dist/integrations/jsx.d.ts')) {
  console.log('  building the package first (npm run build)');
  await run('npm', ['run', '--silent', 'build']);
}
const work = reuse ? resolve(reuse) : mkdtempSync(join(tmpdir(), 'meso-consumers-'));
const installed = new Set(reuse ? fixtures.filter((name) => existsSync(join(work, name))) : []);
if (!reuse) {
  let tarball = '';
  await step('package', 'npm pack', async () => {
    const output = await run('npm', ['pack', '--silent', '--pack-destination', work]);
    tarball = join(work, output.trim().split('\n').pop());
    return tarball;
  });

  const BUILD_OUTPUT = /[\\/](node_modules|dist|build|\.next|\.nuxt|\.output|\.svelte-kit|\.astro)$/;
  for (const name of fixtures) {
    cpSync(join(ROOT, 'test/consumers', name), join(work, name), {recursive: true, filter: (path) => !BUILD_OUTPUT.test(path)});
  }

  // Installs are network-bound: run them side by side.
  await Promise.all(
    fixtures.map((name) =>
      step(name, name === 'html' ? 'unpack the tarball' : 'npm ci + the tarball', async () => {
        const cwd = join(work, name);
        if (name === 'html') {
          await run('tar', ['-xzf', tarball, '-C', cwd]);
        } else {
          await run('npm', ['ci'], {cwd});
          await run('npm', ['install', '--no-save', tarball], {cwd});
        }
        installed.add(name);
      }),
    ),
  );
}

const browser = fixtures.some((name) => name !== 'node') ? await launchChromium() : null;
try {
  // The apps' own checks are CPU-bound: `jobs` at a time, the slowest (Next.js) first.
  const queue = fixtures.filter((name) => installed.has(name)).sort((a, b) => (a === 'next' ? -1 : b === 'next' ? 1 : 0));
  const timings = {};
  await Promise.all(
    Array.from({length: Math.min(jobs, queue.length)}, async () => {
      for (let name = queue.shift(); name; name = queue.shift()) {
        const since = Date.now();
        await APPS[name](name, browser);
        timings[name] = seconds(since);
      }
    }),
  );
  console.log(`  app checks took: ${Object.entries(timings).map(([name, time]) => `${name} ${time}`).join(', ')}`);
} finally {
  await browser?.close();
  if (!keep) rmSync(work, {recursive: true, force: true});
  else console.log(`  kept ${work}`);
}

const failed = results.filter((result) => !result.ok);
console.log(`consumer tests: ${results.length - failed.length} passed, ${failed.length} failed, ${seconds(started)}`);
process.exit(failed.length || fixtures.some((name) => !installed.has(name)) ? 1 : 0);
