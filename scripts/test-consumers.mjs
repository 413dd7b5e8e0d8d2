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
//   loads dist/logic.js.
// Usage: node scripts/test-consumers.mjs [--only=react-ts,vue-ts,node,html] [--keep]
// Needs the npm registry (the fixtures' own dependencies) and Chromium. Builds dist/ if missing.
import {spawn} from 'node:child_process';
import {cpSync, existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {launchChromium} from './browsers.mjs';
import {serve} from './serve.mjs';

const ROOT = resolve('.');
const FIXTURES = ['react-ts', 'vue-ts', 'node', 'html'];
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
const fixtures = FIXTURES.filter((name) => !only || only.includes(name));
const keep = process.argv.includes('--keep');
const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/** Runs a command; resolves with its output, rejects with it (printed) when it fails. */
function run(command, args, {cwd = ROOT, echo = false} = {}) {
  return new Promise((resolveRun, rejectRun) => {
    const child = spawn(command, args, {cwd, env: {...process.env, npm_config_update_notifier: 'false'}});
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
    results.push({fixture, name, ok: true, time: seconds(since)});
    console.log(`  ✔ ${fixture}: ${name} (${seconds(since)})${note ? ` — ${note}` : ''}`);
    return true;
  } catch (error) {
    results.push({fixture, name, ok: false, time: seconds(since)});
    console.log(`  ✖ ${fixture}: ${name} (${seconds(since)}) — ${error.message}`);
    return false;
  }
}

/** Opens `url` in headless Chromium and runs `check(page)`; console warnings and errors fail it. */
async function inBrowser(browser, url, check) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  try {
    await page.goto(url, {waitUntil: 'networkidle0'});
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
      return widgets.length >= 3 && widgets.every((widget) => widget.shadowRoot?.querySelector('[part="heading"]')?.textContent?.trim());
    },
    {timeout: 15000},
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

console.log(`consumer tests: ${fixtures.join(', ')}`);
if (!existsSync('dist/index.js') || !existsSync('dist/integrations/jsx.d.ts')) {
  console.log('  building the package first (npm run build)');
  await run('npm', ['run', '--silent', 'build']);
}
const work = mkdtempSync(join(tmpdir(), 'meso-consumers-'));
let tarball = '';
await step('package', 'npm pack', async () => {
  const output = await run('npm', ['pack', '--silent', '--pack-destination', work]);
  tarball = join(work, output.trim().split('\n').pop());
  return tarball;
});

for (const name of fixtures) {
  cpSync(join(ROOT, 'test/consumers', name), join(work, name), {recursive: true, filter: (path) => !/[\\/](node_modules|dist)$/.test(path)});
}

// Installs are network-bound: run them side by side.
const installed = new Set();
await Promise.all(
  fixtures.map((name) =>
    step(name, name === 'html' ? 'unpack the tarball' : 'npm ci + the tarball', async () => {
      const cwd = join(work, name);
      if (name === 'html') {
        await run('tar', ['-xzf', tarball, '-C', cwd]);
      } else {
        await run('npm', ['ci', '--no-audit', '--no-fund'], {cwd});
        await run('npm', ['install', '--no-save', '--no-audit', '--no-fund', tarball], {cwd});
      }
      installed.add(name);
    }),
  ),
);

const browser = fixtures.some((name) => name !== 'node') ? await launchChromium() : null;
try {
  for (const name of fixtures.filter((fixture) => installed.has(fixture))) {
    const cwd = join(work, name);
    if (name === 'react-ts' || name === 'vue-ts') {
      if (!(await step(name, 'type-check (tags in templates/JSX, wrappers, lines that must fail)', async () => void (await run('npm', ['run', '--silent', 'typecheck'], {cwd}))))) continue;
      if (!(await step(name, 'vite build', async () => void (await run('npm', ['run', '--silent', 'build'], {cwd}))))) continue;
      await step(name, 'the built app renders the three widgets and a meso-book handler runs', async () => {
        const server = await serve({root: join(cwd, 'dist'), port: 0});
        try {
          return await inBrowser(browser, `http://127.0.0.1:${server.address().port}/`, async (page) => `${(await widgetHeadings(page)).join(', ')}; "${await book(page)}"`);
        } finally {
          server.close();
        }
      });
    } else if (name === 'node') {
      await step(name, 'logic: every function, main thread + worker, with and without --conditions=browser', async () => void (await run('npm', ['run', '--silent', 'logic'], {cwd, echo: true})));
      for (const flags of [[], ['--conditions=browser']]) {
        await step(name, `node ${[...flags, '-e'].join(' ')} "import('meso-widgets/logic')…recommendTreatment(['texture'])"`, async () => {
          const output = await run('node', [...flags, '-e', "import('meso-widgets/logic').then(m => console.log(m.recommendTreatment(['texture'])))"], {cwd});
          if (!output.includes("recommendation: 'mesotherapy'")) throw new Error(`unexpected output: ${output}`);
          return output.replace(/\s+/g, ' ').trim();
        });
      }
      await step(name, 'size: what the logic entry adds to an app', async () => void (await run('npm', ['run', '--silent', 'size'], {cwd, echo: true})));
    } else if (name === 'html') {
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
  }
} finally {
  await browser?.close();
  if (!keep) rmSync(work, {recursive: true, force: true});
  else console.log(`  kept ${work}`);
}

const failed = results.filter((result) => !result.ok);
console.log(`consumer tests: ${results.length - failed.length} passed, ${failed.length} failed, ${seconds(started)}`);
process.exit(failed.length || fixtures.some((name) => !installed.has(name)) ? 1 : 0);
