// Opens the static Storybook build in headless Chromium and fails on any console error or page
// error, or Lit's "Multiple versions of Lit loaded" warning: the Introduction page, each element's
// docs page and one story of each element. Docs pages written with Markdown tables must show
// <table> elements, not raw `| --- |` text; the sidebar must not show Storybook's onboarding checklist;
// the accessibility guide must show every screen-reader transcript of test/screen-reader/transcripts/;
// the privacy guide must show its data-flow picture with a text alternative.
// Run after `npm run build-storybook`. With --screenshots, also writes screenshots/storybook-*.png.
// The clinical review sheet is also printed to A4 (screenshots/review-sheet.pdf with --screenshots):
// the check fails when any text or table would be cut off at the printed page width.
import {mkdirSync, readdirSync, readFileSync} from 'node:fs';
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
  ['guide-review-sheet', '?path=/story/guides-clinical-review-sheet--sheet'],
  ['guide-events', '?path=/docs/guides-events-and-analytics--docs'],
  ['guide-getting-started', '?path=/docs/guides-getting-started--docs'],
  ['guide-nextjs', '?path=/docs/guides-frameworks-next-js--docs'],
  ['guide-astro', '?path=/docs/guides-frameworks-astro--docs'],
  ['guide-nuxt', '?path=/docs/guides-frameworks-nuxt--docs'],
  ['guide-sveltekit', '?path=/docs/guides-frameworks-sveltekit--docs'],
  ['guide-react', '?path=/docs/guides-frameworks-react--docs'],
  ['guide-vue', '?path=/docs/guides-frameworks-vue--docs'],
  ['guide-html', '?path=/docs/guides-frameworks-html--docs'],
  ['guide-accessibility', '?path=/docs/guides-accessibility-statement--docs'],
  ['guide-privacy', '?path=/docs/guides-privacy-for-clinics--docs'],
];
/**
 * The framework guides show the files of the consumer apps (imported with `?raw`): each page must
 * show every one of these files whole, so a guide cannot drift from the app CI builds.
 */
const APP_FILES = {
  'guide-nextjs': ['next/app/page.tsx', 'next/app/compare-and-book.tsx', 'next/app/tags/page.tsx', 'next/app/tags/clinic-widgets.tsx', 'next/app/tags/aftercare-plan.tsx', 'next/app/type-checks.tsx'],
  'guide-astro': ['astro/src/pages/index.astro', 'astro/src/type-checks.ts'],
  'guide-nuxt': ['nuxt/nuxt.config.ts', 'nuxt/app.vue', 'nuxt/plugins/meso-widgets.client.ts', 'nuxt/server/plugins/meso-widgets.ts', 'nuxt/components/TypeChecks.vue'],
  'guide-sveltekit': ['sveltekit/src/routes/+layout.svelte', 'sveltekit/src/routes/+page.svelte', 'sveltekit/src/hooks.server.ts', 'sveltekit/src/lib/type-checks.ts'],
  'guide-react': ['react-ts/src/App.tsx', 'react-ts/src/main.tsx', 'react-ts/src/TypeErrors.tsx'],
  'guide-vue': ['vue-ts/src/App.vue', 'vue-ts/src/main.ts', 'vue-ts/vite.config.ts', 'vue-ts/src/TypeErrors.vue'],
  'guide-html': ['html/index.html', 'html/worker.js'],
};
/** Whitespace-insensitive text, as a code block's text compares with its file. */
const squeeze = (text) => text.replace(/\s+/g, ' ').trim();
/** The accessibility guide shows every screen-reader transcript committed in the repository. */
const TRANSCRIPTS = readdirSync('test/screen-reader/transcripts').filter((file) => file.endsWith('.txt')).length;
/** Docs pages whose MDX has Markdown tables (they need remark-gfm). */
const WITH_TABLES = new Set(['introduction', 'guide-events', 'guide-getting-started', 'guide-privacy']);

const screenshots = process.argv.includes('--screenshots');
const server = await serve({root: 'storybook-static', port: 0});
const {port} = server.address();
const browser = await launchChromium();
let failures = 0;
try {
  if (screenshots) mkdirSync('screenshots', {recursive: true});
  for (const [name, query] of PAGES) {
    const page = await browser.newPage();
    // A loaded machine (several test runs at once) can take longer than puppeteer's 30 s default.
    page.setDefaultNavigationTimeout(120_000);
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
    for (const file of APP_FILES[name] ?? []) {
      const code = await frame.evaluate(() => [...document.querySelectorAll('.sbdocs pre')].map((pre) => pre.textContent));
      if (!code.some((text) => squeeze(text) === squeeze(readFileSync(`test/consumers/${file}`, 'utf8'))))
        problems.push(`the guide does not show test/consumers/${file} as it is`);
    }
    if (name === 'guide-accessibility') {
      const shown = await frame.evaluate(() => document.querySelectorAll('.sr-transcripts details pre').length);
      if (shown !== TRANSCRIPTS) problems.push(`the guide shows ${shown} screen-reader transcripts, the repository has ${TRANSCRIPTS}`);
    }
    if (name === 'guide-privacy') {
      // The data-flow picture: drawn at a legible size, with a text alternative (a table follows it).
      const picture = await frame.evaluate(() => {
        const svg = document.querySelector('.sbdocs figure svg[role="img"]');
        return {title: svg?.querySelector('title')?.textContent?.trim() ?? '', width: svg?.getBoundingClientRect().width ?? 0};
      });
      if (!picture.title || picture.width < 600) problems.push(`the data-flow picture is missing, has no text alternative or is too small (${picture.width} px)`);
    }
    const checklist = await page.evaluate(() => /onboarding|get started/i.test(document.querySelector('nav, [role="navigation"]')?.textContent ?? ''));
    if (checklist) problems.push("the sidebar shows Storybook's onboarding checklist");
    if (screenshots) await page.screenshot({path: `screenshots/storybook-${name}.png`});
    failures += problems.length;
    console.log(`storybook ${name}: ${problems.length === 0 ? 'ok' : problems.join('; ')}`);
    await page.close();
  }
  failures += await checkReviewSheetPrint();
} finally {
  await browser.close();
  server.close();
}

/** Prints the review sheet on A4 and reports anything wider than the printable area. */
async function checkReviewSheetPrint() {
  const page = await browser.newPage();
  page.setDefaultNavigationTimeout(120_000);
  try {
    await page.goto(`http://127.0.0.1:${port}/iframe.html?id=guides-clinical-review-sheet--sheet&viewMode=story`, {waitUntil: 'networkidle0'});
    await page.waitForSelector('.review-sheet h1', {timeout: 15000});
    await page.emulateMediaType('print');
    // A4 is 210 mm wide; the sheet's @page margins are 12 mm each side: 186 mm at 96 px per inch.
    await page.setViewport({width: Math.floor((186 / 25.4) * 96), height: 1100});
    const cut = await page.evaluate(() => {
      const sheet = document.querySelector('.review-sheet');
      const limit = sheet.getBoundingClientRect().right + 0.5;
      const out = [];
      for (const el of sheet.querySelectorAll('*')) {
        const rect = el.getBoundingClientRect();
        if (rect.width === 0) continue;
        const clipped = el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible';
        if (rect.right > limit || clipped) out.push(`${el.localName}.${el.className}: ${el.textContent.trim().slice(0, 60)}`);
      }
      return {out, wide: document.documentElement.scrollWidth > window.innerWidth};
    });
    const pdf = await page.pdf({format: 'A4', preferCSSPageSize: true, printBackground: true, ...(screenshots ? {path: 'screenshots/review-sheet.pdf'} : {})});
    const pages = (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    const problems = [...cut.out, ...(cut.wide ? ['the page scrolls sideways in print'] : [])];
    console.log(`storybook review sheet on A4: ${pages} pages, ${problems.length === 0 ? 'nothing cut off' : problems.slice(0, 10).join('; ')}`);
    return problems.length;
  } finally {
    await page.close();
  }
}
process.exit(failures ? 1 : 0);
