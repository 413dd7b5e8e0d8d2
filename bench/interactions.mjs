// `npm run bench:interactions`: Puppeteer drives Debian Chromium at 390 px with the CPU slowed four
// times (DevTools protocol Emulation.setCPUThrottlingRate). Two parts, both written to BENCHMARKS.md
// (BENCH_LABEL, "before" or "after", names the sections) and bench/interactions-<label>.json:
//  1. Blocking time of a page load: the demo's DOM as static HTML, with the one-file bundle, and
//     prerendered with the loader, LOADS (7) loads each, alternated. Blocking time is the sum over
//     long tasks (PerformanceObserver 'longtask') of their time over 50 ms, from navigation until
//     the page has been quiet (no long task) for 3 s after load. Also CLS over the same time.
//  2. Interactions, measured with the Event Timing API (PerformanceObserver 'event',
//     durationThreshold 16): the duration of an interaction is that of its longest event, from
//     the input to the next paint. Every interaction of each widget is driven, ROUNDS (3) times on
//     the bundle page: each eligibility step, Back, Change, the share consent and channel; the
//     aftercare treatment time (typing and submitting), the calendar, share/copy and change time;
//     the comparison helper's choices. An interaction with no event of 16 ms or more is counted as
//     16 ms (the API's threshold: "at most 16"). Each control is first scrolled to the middle of the
//     screen and that scroll painted, outside the measure: a patient scrolls, then taps.
// Needs `npm run build`.
import {writeFileSync} from 'node:fs';
import puppeteer from 'puppeteer';
import {serve} from '../scripts/serve.mjs';
import {machine, percentile, stats, writePages, writeSection} from './main-thread-pages.mjs';

const LOADS = Number(process.env.BENCH_LOADS ?? 7);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const LABEL = process.env.BENCH_LABEL ?? 'after';
const PORT = 8127;
const WIDTH = 390;

// Share channels configured so the eligibility share actions are driven too.
const paths = await writePages({extra: {'meso-eligibility': 'share-event share-qr'}});
const server = await serve({port: PORT});
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
const base = `http://127.0.0.1:${PORT}`;

const OBSERVE = `
window.__longTasks = []; window.__cls = 0; window.__events = [];
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push({start: e.startTime, duration: e.duration}); }).observe({type: 'longtask', buffered: true});
new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({type: 'layout-shift', buffered: true});
new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.interactionId) window.__events.push({id: e.interactionId, name: e.name, duration: e.duration, start: e.startTime}); }).observe({type: 'event', durationThreshold: 16, buffered: true});
`;

async function openPage(path) {
  const page = await browser.newPage();
  await page.setViewport({width: WIDTH, height: 844, deviceScaleFactor: 1, isMobile: false});
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: 4});
  await page.evaluateOnNewDocument(OBSERVE);
  await page.goto(base + path, {waitUntil: 'load'});
  return page;
}

/** Waits until no long task has started for `quiet` ms (at most 20 s). */
async function settle(page, quiet = 3000) {
  const started = Date.now();
  for (;;) {
    const last = await page.evaluate(() => {
      const t = window.__longTasks.at(-1);
      return performance.now() - (t ? t.start + t.duration : 0);
    });
    if (last >= quiet || Date.now() - started > 20000) return;
    await new Promise((r) => setTimeout(r, Math.max(200, quiet - last)));
  }
}

// ---- 1. blocking time of a load ----
const LOAD_VARIANTS = ['static', 'bundle', 'loader'];
const loads = Object.fromEntries(LOAD_VARIANTS.map((v) => [v, []]));
for (let i = 0; i < LOADS; i++) {
  for (const variant of LOAD_VARIANTS) {
    const page = await openPage(paths[variant]);
    await settle(page);
    const r = await page.evaluate(() => ({
      tasks: window.__longTasks,
      cls: window.__cls,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
    }));
    const blocking = r.tasks.reduce((s, t) => s + Math.max(0, t.duration - 50), 0);
    loads[variant].push({blocking, longest: Math.max(0, ...r.tasks.map((t) => t.duration)), count: r.tasks.length, cls: r.cls, fcp: r.fcp});
    console.log('load', variant, i + 1, JSON.stringify(loads[variant].at(-1)));
    await page.close();
  }
}

// ---- 2. interactions ----
/**
 * Runs `act` as an interaction of `kind`. Its duration is read at the end of the round
 * (`collect`): every interaction whose events start after this action and before the next one.
 */
async function measure(page, kind, act, samples) {
  const t0 = await page.evaluate(() => performance.now());
  (samples.__actions ??= []).push({kind, t0});
  await act();
  // Let the next paint happen before the next action.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))));
}

/** Gives each action of the round the durations of its interactions (16 when none reached the threshold). */
async function collect(page, samples) {
  await new Promise((r) => setTimeout(r, 1000));
  const events = await page.evaluate(() => window.__events);
  const actions = samples.__actions ?? [];
  delete samples.__actions;
  const byAction = actions.map(() => new Map());
  for (const e of events) {
    let i = actions.length - 1;
    while (i >= 0 && actions[i].t0 > e.start) i--;
    if (i >= 0) byAction[i].set(e.id, Math.max(byAction[i].get(e.id) ?? 0, e.duration));
  }
  actions.forEach((action, i) => (samples[action.kind] ??= []).push(...(byAction[i].size ? byAction[i].values() : [16])));
}

const deep = (tag, selector) => selector.split(/,\s*/).map((part) => `${tag} >>> ${part}`).join(', ');
/** Scrolls `handle` to the middle of the screen and lets that scroll be painted: a patient scrolls, then taps, and the scroll is not part of the tap. */
async function scrollTo(handle) {
  await handle.evaluate((el) => new Promise((resolve) => {
    el.scrollIntoView({block: 'center'});
    requestAnimationFrame(() => requestAnimationFrame(resolve));
  }));
}
async function click(page, tag, selector) {
  const handle = await page.waitForSelector(deep(tag, selector), {timeout: 10000});
  await scrollTo(handle);
  await handle.click();
}
async function exists(page, tag, selector) {
  return Boolean(await page.$(deep(tag, selector)));
}

async function driveEligibility(page, samples) {
  const tag = 'meso-eligibility';
  await measure(page, 'eligibility: start', () => click(page, tag, '.actions button.button--primary'), samples);
  let backDone = false;
  let changeDone = false;
  for (let step = 0; step < 40; step++) {
    if (await exists(page, tag, '.share, button.link-button')) {
      if (!changeDone && (await exists(page, tag, 'button.link-button'))) {
        changeDone = true;
        await measure(page, 'eligibility: Change', () => click(page, tag, 'button.link-button'), samples);
        continue;
      }
      if (await exists(page, tag, 'button.link-button')) {
        await measure(page, 'eligibility: step (Continue)', () => click(page, tag, '.actions button.button--primary'), samples);
        continue;
      }
      break;
    }
    const form = await page.$(deep(tag, 'form'));
    if (!form) break;
    // Answer: the "no" radio of each group, or the first checkbox.
    const radios = await page.$$(deep(tag, 'input[type=radio][value=no]:not([name=q-adult]), input[type=radio][value=yes][name=q-adult]'));
    // Each answer is tapped where the patient sees it: scrolled to first (a scroll is not part of the tap).
    for (const radio of radios) {
      await scrollTo(radio);
      await measure(page, 'eligibility: answer', () => radio.click(), samples);
    }
    if (!radios.length) {
      const box = await page.$(deep(tag, 'input[type=checkbox]'));
      if (box && !(await box.evaluate((b) => b.checked))) {
        await scrollTo(box);
        await measure(page, 'eligibility: answer', () => box.click(), samples);
      }
    }
    if (!backDone && step >= 1 && (await exists(page, tag, 'button.back'))) {
      backDone = true;
      await measure(page, 'eligibility: Back', () => click(page, tag, 'button.back'), samples);
      continue;
    }
    await measure(page, 'eligibility: step (Continue)', () => click(page, tag, 'form button[type=submit]'), samples);
  }
  if (await exists(page, tag, '#share-consent')) {
    await measure(page, 'eligibility: share consent', () => click(page, tag, '#share-consent'), samples);
    for (const label of ['qr', 'event']) {
      const buttons = await page.$$(deep(tag, '.share .actions button'));
      const button = buttons[label === 'qr' ? 0 : 1];
      if (button) await measure(page, 'eligibility: share channel', () => button.click(), samples);
    }
  }
  const again = await page.$$(deep(tag, '.actions button'));
  for (const button of again) {
    if ((await button.evaluate((b) => b.textContent.trim())).match(/start again/i)) {
      await measure(page, 'eligibility: start again', () => button.click(), samples);
      break;
    }
  }
}

async function driveAftercare(page, samples) {
  const tag = 'meso-aftercare';
  const date = await page.waitForSelector(deep(tag, 'input#date'));
  await scrollTo(date);
  await date.focus();
  for (const key of ['0', '1', '1', '2', '2', '0', '2', '6']) await measure(page, 'aftercare: typing the time', () => page.keyboard.type(key), samples);
  // A patient types into a field they can see: scrolled to, like the date field (focus() alone
  // may leave it at the screen's edge, and the scroll then delays the first paint of the typing).
  const time = await page.$(deep(tag, 'input#time'));
  await scrollTo(time);
  await time.focus();
  for (const key of ['1', '0', '3', '0', 'A']) await measure(page, 'aftercare: typing the time', () => page.keyboard.type(key), samples);
  await measure(page, 'aftercare: show my plan', () => click(page, tag, 'form button[type=submit]'), samples);
  if (await exists(page, tag, 'button.button--primary:not([type=submit])'))
    await measure(page, 'aftercare: calendar', () => click(page, tag, 'button.button--primary:not([type=submit])'), samples);
  if (await exists(page, tag, 'button.share')) await measure(page, 'aftercare: share / copy', () => click(page, tag, 'button.share'), samples);
  if (await exists(page, tag, '#change-time')) await measure(page, 'aftercare: change time', () => click(page, tag, '#change-time'), samples);
}

async function driveVsFiller(page, samples) {
  const tag = 'meso-vs-filler';
  const inputs = await page.$$(deep(tag, 'input[type=radio], input[type=checkbox]'));
  for (const input of inputs) {
    await scrollTo(input);
    await measure(page, 'vs-filler: helper choice', () => input.click(), samples);
  }
}

const samples = {};
for (let round = 0; round < ROUNDS; round++) {
  const page = await openPage(paths.bundle);
  await page.setBypassCSP(true);
  const context = browser.defaultBrowserContext();
  await context.overridePermissions(base, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']).catch(() => {});
  await page.evaluate(() => localStorage.clear());
  await settle(page, 1000);
  await driveEligibility(page, samples);
  await driveAftercare(page, samples);
  await driveVsFiller(page, samples);
  await collect(page, samples);
  await page.evaluate(() => localStorage.clear());
  await page.close();
  console.log('round', round + 1, Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, v.length])));
}
await browser.close();
server.close();
writeFileSync(`bench/interactions-${LABEL}.json`, JSON.stringify({loads, samples}, null, 2));

const NAMES = {static: 'the same DOM as static HTML (prerendered, no script)', bundle: 'the one-file bundle', loader: 'prerender + loader'};
const loadRows = LOAD_VARIANTS.map((v) => {
  const s = (key) => stats(loads[v].map((x) => x[key]));
  const f = (st, d = 0) => `${st.median.toFixed(d)} (${st.min.toFixed(d)}–${st.max.toFixed(d)})`;
  return `| ${NAMES[v]} | ${f(s('blocking'))} ms | ${f(s('longest'))} ms | ${f(s('count'))} | ${f(s('cls'), 3)} | ${f(s('fcp'))} ms |`;
});
const all = Object.values(samples).flat();
const kindRows = Object.entries(samples).map(
  ([kind, v]) => `| ${kind} | ${v.length} | ${percentile(v, 75)} ms | ${percentile(v, 98)} ms | ${Math.max(...v)} ms |`,
);
const version = (await import('node:child_process')).execFileSync(process.env.CHROME_PATH ?? '/usr/bin/chromium', ['--version'], {stderr: 'ignore'}).toString().trim();
writeSection(
  `## Main thread: blocking time of a load (${LABEL})`,
  `Run of \`npm run bench:interactions\` on ${new Date().toISOString().slice(0, 10)}: ${version}, headless, Puppeteer; ${WIDTH} px wide, CPU slowed 4x
(Emulation.setCPUThrottlingRate); the demo page's three widgets (eligibility with share-event and share-qr); ${LOADS} loads per page,
alternated; machine: ${machine()}. Blocking time: the sum of each long task's time over 50 ms, from navigation until 3 s without a
long task. Medians, range in brackets.

| page | blocking time | longest task | long tasks | CLS | FCP |
| --- | --- | --- | --- | --- | --- |
${loadRows.join('\n')}`,
);
writeSection(
  `## Main thread: interactions (${LABEL})`,
  `Same run and browser set-up, the one-file bundle page, ${ROUNDS} rounds of every interaction. Duration of an interaction:
Event Timing API (its longest event, input to next paint; 16 ms means "no event of 16 ms or more"). Nearest-rank percentiles.

| interaction | n | p75 | p98 | worst |
| --- | ---: | ---: | ---: | ---: |
${kindRows.join('\n')}
| **all** | ${all.length} | ${percentile(all, 75)} ms | ${percentile(all, 98)} ms | ${Math.max(...all)} ms |`,
);
console.log('done');
