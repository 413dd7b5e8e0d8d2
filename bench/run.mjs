// `npm run bench`: first render of each element as a Lit element vs the same DOM as static HTML
// (declarative shadow DOM from @lit-labs/ssr), at 1, 10 and 100 instances, in one tachometer run
// in headless Chromium. Writes bench/pages/*.html, bench/results.json and BENCHMARKS.md.
// Needs `npm run build` first, and Debian's chromium + chromium-driver.
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {findBrowsers} from '../scripts/browsers.mjs';
import {staticMarkup} from './ssr.mjs';
import {breakdown} from './breakdown.mjs';
import {summarize, writeReport} from './report.mjs';

const ELEMENTS = {
  'meso-eligibility': {},
  'meso-aftercare': {'treated-at': '2026-11-24T10:30', now: '2026-11-25T12:00'},
  'meso-vs-filler': {},
};
const COUNTS = [1, 10, 100];
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 30);

const chromium = findBrowsers().chromium.path;
let chromedriver = '';
try {
  chromedriver = execFileSync('sh', ['-c', 'command -v chromedriver'], {encoding: 'utf8'}).trim();
} catch {
  // reported below
}
if (!chromium || !chromedriver) {
  console.error('bench: needs Chromium and ChromeDriver: apt-get install chromium chromium-driver');
  process.exit(1);
}
if (!existsSync('dist/meso-widgets.js') || !existsSync('dist/index.js')) {
  console.error('bench: run "npm run build" first');
  process.exit(1);
}

const page = (title, body, script) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title>
<style>body{margin:0;font-family:system-ui,sans-serif}</style></head>
<body>
${body}
${script}
</body></html>
`;
// The measure: milliseconds from navigation start until the widgets are rendered and laid out.
const done = 'document.body.offsetHeight; window.tachometerResult = performance.now();';

mkdirSync('bench/pages', {recursive: true});
const benchmarks = [];
for (const [tag, attributes] of Object.entries(ELEMENTS)) {
  const attrs = Object.entries(attributes).map(([key, value]) => ` ${key}="${value}"`).join('');
  for (const count of COUNTS) {
    const tags = Array.from({length: count}, () => `<${tag}${attrs}></${tag}>`).join('\n');
    const lit = `lit-${tag}-${count}.html`;
    writeFileSync(
      `bench/pages/${lit}`,
      page(`${tag} ×${count}, Lit`, tags, `<script type="module">
import '/dist/meso-widgets.js';
const evaluated = performance.now();
await Promise.all([...document.querySelectorAll('${tag}')].map((el) => el.updateComplete));
${done}
window.breakdown = {evaluated, rendered: window.tachometerResult};
</script>`),
    );
    const ssr = `static-${tag}-${count}.html`;
    writeFileSync(`bench/pages/${ssr}`, page(`${tag} ×${count}, static`, staticMarkup(tag, attributes, count), `<script>${done}</script>`));
    const variants = [['lit', lit], ['static', ssr]];
    if (count === 1) {
      // The same first render from the one-element bundle (dist/meso-<element>.js).
      const own = `own-${tag}-${count}.html`;
      writeFileSync(
        `bench/pages/${own}`,
        page(`${tag} ×${count}, Lit, one-element bundle`, tags, `<script type="module">
import '/dist/${tag}.js';
const evaluated = performance.now();
await Promise.all([...document.querySelectorAll('${tag}')].map((el) => el.updateComplete));
${done}
window.breakdown = {evaluated, rendered: window.tachometerResult};
</script>`),
      );
      variants.push(['own', own]);
    }
    for (const [variant, file] of variants) {
      benchmarks.push({
        name: `${tag} ×${count} ${variant}`,
        url: `pages/${file}`,
        measurement: 'global',
        browser: {
          name: 'chrome',
          headless: true,
          binary: chromium,
          addArguments: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
        },
      });
    }
  }
}
writeFileSync('bench/tachometer.json', JSON.stringify({root: '..', sampleSize: SAMPLES, timeout: 0, benchmarks}, null, 2) + '\n');

console.log(`bench: ${benchmarks.length} pages × ${SAMPLES} samples in headless Chromium`);
const run = spawnSync(process.execPath, ['node_modules/tachometer/bin/tach.js', '--config', 'bench/tachometer.json', '--json-file', 'bench/results.json'], {
  stdio: 'inherit',
});
if (run.status !== 0) process.exit(run.status ?? 1);
const results = JSON.parse(readFileSync('bench/results.json', 'utf8'));
const summary = summarize(results);
console.log('bench: breakdown of the Lit pages');
const split = await breakdown(
  Object.keys(ELEMENTS).flatMap((tag) => [...COUNTS.map((count) => `lit-${tag}-${count}.html`), `own-${tag}-1.html`]),
);
const version = execFileSync(chromium, ['--version'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim();
writeReport(summary, {samples: SAMPLES, chromium: version, breakdown: split});
console.log('bench: wrote BENCHMARKS.md');
