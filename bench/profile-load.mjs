// A diagnostic for issue 26's work, not a benchmark: loads one page of bench/pages/main-thread
// (`node bench/profile-load.mjs bundle|loader|static`, after a bench has written them) at 390 px with
// the CPU slowed 4x, and prints each long animation frame over 50 ms: its time, the time its
// scripts took (by source) and the time style and layout took after them.
import puppeteer from 'puppeteer';
import {serve} from '../scripts/serve.mjs';

const variant = process.argv[2] ?? 'bundle';
const server = await serve({port: 8128});
const browser = await puppeteer.launch({executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu']});
const page = await browser.newPage();
await page.setViewport({width: 390, height: 844});
await (await page.createCDPSession()).send('Emulation.setCPUThrottlingRate', {rate: 4});
await page.evaluateOnNewDocument(`window.__loaf = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__loaf.push({start: Math.round(e.startTime), duration: Math.round(e.duration), blocking: Math.round(e.blockingDuration), styleLayout: Math.round(e.startTime + e.duration - e.styleAndLayoutStart), render: Math.round(e.startTime + e.duration - e.renderStart), scripts: e.scripts.map((s) => ({src: (s.sourceURL || s.invoker).replace(/.*\\//, '') + ' ' + s.invoker.slice(0, 40), d: Math.round(s.duration), layout: Math.round(s.forcedStyleAndLayoutDuration)}))}); }).observe({type: 'long-animation-frame', buffered: true});`);
await page.goto(`http://127.0.0.1:8128/bench/pages/main-thread/${variant}.html`, {waitUntil: 'load'});
await new Promise((r) => setTimeout(r, 4000));
for (const f of await page.evaluate(() => window.__loaf)) if (f.duration > 50) console.log(JSON.stringify(f));
await browser.close();
server.close();
