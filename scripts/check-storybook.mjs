// Opens the static Storybook build in headless Chromium and fails on any console error or page
// error, or Lit's "Multiple versions of Lit loaded" warning: the Introduction page, each element's
// docs page and one story of each element. Docs pages written with Markdown tables must show
// <table> elements, not raw `| --- |` text; the sidebar must not show Storybook's onboarding checklist.
// Run after `npm run build-storybook`. With --screenshots, also writes screenshots/storybook-*.png.
import {mkdirSync} from 'node:fs';
import {launchChromium} from './browsers.mjs';
import {serve} from './serve.mjs';

const PAGES = [
  ['introduction', '?path=/docs/introduction--docs'],
  ['eligibility-docs', '?path=/docs/elements-meso-eligibility--docs'],
  ['aftercare-docs', '?path=/docs/elements-meso-aftercare--docs'],
  ['vs-filler-docs', '?path=/docs/elements-meso-vs-filler--docs'],
  ['eligibility-story', '?path=/story/elements-meso-eligibility--intro'],
  ['aftercare-story', '?path=/story/elements-meso-aftercare--next-day'],
  ['vs-filler-story', '?path=/story/elements-meso-vs-filler--default'],
  ['theming', '?path=/story/guides-theming--three-brands'],
  ['configurator', '?path=/story/guides-embed-configurator--configurator'],
  ['guide-cms', '?path=/docs/guides-embedding-in-a-cms--docs'],
  ['guide-events', '?path=/docs/guides-events-and-analytics--docs'],
];
/** Docs pages whose MDX has Markdown tables (they need remark-gfm). */
const WITH_TABLES = new Set(['introduction', 'guide-events']);

const screenshots = process.argv.includes('--screenshots');
const server = await serve({root: 'storybook-static', port: 0});
const {port} = server.address();
const browser = await launchChromium();
let failures = 0;
try {
  if (screenshots) mkdirSync('screenshots', {recursive: true});
  for (const [name, query] of PAGES) {
    const page = await browser.newPage();
    await page.setViewport({width: 1280, height: 1000});
    const problems = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
      if (message.text().includes('Multiple versions of Lit')) problems.push(`console.${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.goto(`http://127.0.0.1:${port}/${query}`, {waitUntil: 'networkidle0', timeout: 120000});
    // The manager renders the story in an iframe; wait for a widget (or the docs content) in it.
    const frame = await (await page.waitForSelector('#storybook-preview-iframe')).contentFrame();
    const docsOnly = name === 'introduction' || name.startsWith('guide-');
    const selector = docsOnly ? 'h1' : name === 'configurator' ? 'meso-embed-configurator' : 'meso-eligibility, meso-aftercare, meso-vs-filler';
    await frame.waitForSelector(selector, {timeout: 15000});
    await new Promise((resolve) => setTimeout(resolve, 500));
    if (!docsOnly) {
      // A widget that never upgraded (not defined, tree-shaken) has no shadow root and no size.
      const rendered = await frame.evaluate(() =>
        [...document.querySelectorAll('meso-eligibility, meso-aftercare, meso-vs-filler, meso-embed-configurator')].every(
          (el) => (el.shadowRoot?.childElementCount ?? 0) > 0 && el.getBoundingClientRect().height > 100,
        ),
      );
      if (!rendered) problems.push('a widget did not render');
    }
    if (WITH_TABLES.has(name)) {
      const tables = await frame.evaluate(() => ({
        count: document.querySelectorAll('.sbdocs table').length,
        raw: /\|\s*---/.test(document.querySelector('.sbdocs')?.textContent ?? ''),
      }));
      if (tables.count === 0 || tables.raw) problems.push(`Markdown tables did not render (${tables.count} tables, raw "| ---" text: ${tables.raw})`);
    }
    const checklist = await page.evaluate(() => /onboarding|get started/i.test(document.querySelector('nav, [role="navigation"]')?.textContent ?? ''));
    if (checklist) problems.push("the sidebar shows Storybook's onboarding checklist");
    if (screenshots) await page.screenshot({path: `screenshots/storybook-${name}.png`});
    failures += problems.length;
    console.log(`storybook ${name}: ${problems.length === 0 ? 'ok' : problems.join('; ')}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
process.exit(failures ? 1 : 0);
