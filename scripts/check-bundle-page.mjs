// Loads dist/meso-widgets.js from a plain HTML page through a static server in headless
// Chromium — once, then twice from two URLs — and fails on any console error, page error or
// failed request. Run after `npm run build`.
import {launchChromium} from './browsers.mjs';
import {serve} from './serve.mjs';

const pages = ['test/pages/bundle-once.html', 'test/pages/bundle-twice.html'];
const server = await serve({port: 0});
const {port} = server.address();
const browser = await launchChromium();
let failures = 0;
try {
  for (const path of pages) {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn') problems.push(`console.${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await page.goto(`http://127.0.0.1:${port}/${path}`, {waitUntil: 'networkidle0'});
    const rendered = await page.evaluate(() =>
      [...document.querySelectorAll('meso-eligibility, meso-aftercare, meso-vs-filler')].map((el) => el.shadowRoot?.querySelector('[part="heading"]')?.textContent?.trim() ?? ''),
    );
    if (rendered.length === 0 || rendered.some((text) => !text)) problems.push(`widgets did not render: ${JSON.stringify(rendered)}`);
    failures += problems.length;
    console.log(`bundle page ${path}: ${problems.length === 0 ? 'ok' : problems.join('; ')}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
process.exit(failures ? 1 : 0);
