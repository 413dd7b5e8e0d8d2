// Screenshots of the demo page in headless Chromium, for looking at what we build:
//   node scripts/screenshots.mjs            → screenshots/*.png (run `npm run build` first)
// Each shot names a page query, a width and optional clicks inside the widgets' shadow roots.
import {mkdirSync} from 'node:fs';
import puppeteer from 'puppeteer';
import {findBrowsers} from './browsers.mjs';
import {serve} from './serve.mjs';

const shots = [
  {name: 'vs-filler-1280', width: 1280},
  {name: 'vs-filler-375', width: 375},
  {name: 'vs-filler-320-result', width: 320, clicks: ['#concern-texture', '#concern-volume', '#concern-fat']},
  {name: 'vs-filler-1280-result', width: 1280, clicks: ['#concern-texture', '#concern-fat', '#severity-mild']},
  {name: 'vs-filler-1280-dark', width: 1280, query: 'theme=dark', clicks: ['#concern-volume', '#concern-deep-lines']},
  {name: 'vs-filler-375-dark', width: 375, query: 'theme=dark'},
  {name: 'vs-filler-1280-rtl', width: 1280, query: 'dir=rtl', clicks: ['#concern-hair']},
];

const only = process.argv.slice(2);
const server = await serve({port: 0});
const {port} = server.address();
mkdirSync('screenshots', {recursive: true});
const browser = await puppeteer.launch({
  executablePath: findBrowsers().chromium.path,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--hide-scrollbars'],
});
try {
  for (const shot of shots.filter((s) => only.length === 0 || only.some((name) => s.name.includes(name)))) {
    const page = await browser.newPage();
    await page.setViewport({width: shot.width, height: 900});
    await page.goto(`http://127.0.0.1:${port}/${shot.page ?? 'demo/'}?${shot.query ?? ''}`, {waitUntil: 'networkidle0'});
    for (const selector of shot.clicks ?? []) await page.click(`pierce/${selector}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
    await page.screenshot({path: `screenshots/${shot.name}.png`, fullPage: true});
    console.log(`screenshots/${shot.name}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
