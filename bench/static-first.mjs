// `npm run bench:static-first`: the static-first variants side by side, in one tachometer run in
// headless Chromium. For each element:
//   (a) static   — the same DOM as declarative-shadow-DOM HTML (from `prerender`), no script: the floor;
//   (b) loader   — the prerendered snippet with dist/meso-loader.js, which upgrades it in place;
//   (c) bundle   — the bare tag with the one-file bundle dist/meso-widgets.js (script-rendered).
// Measures first paint of the widget's heading (first contentful paint: the widget is the page's
// only content), "interactive" (the element defined and its first control focused), and for (b)
// the cumulative layout shift while it upgrades. Writes bench/static-first.json and the
// "Static-first" section of BENCHMARKS.md. Needs `npm run build`, chromium and chromium-driver.
import {spawnSync} from 'node:child_process';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {findBrowsers} from '../scripts/browsers.mjs';
import {prerender} from '../dist/ssr.js';
import {medianCi} from './report.mjs';

const ELEMENTS = {
  'meso-eligibility': 'clinic-phone="+44 20 7946 0000"',
  'meso-aftercare': 'now="2026-11-25T12:00"',
  'meso-vs-filler': '',
};
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 20);
const chromium = findBrowsers().chromium.path;

// Runs first in each page: records first contentful paint and layout shifts.
const observe = `<script>
window.cls = 0;
new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') window.fcp = e.startTime; }).observe({type: 'paint', buffered: true});
new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.cls += e.value; }).observe({type: 'layout-shift', buffered: true});
</script>`;
// Interactive: the element is defined, has rendered, and its first control takes focus.
const interactive = (tag) => `<script type="module">
await customElements.whenDefined('${tag}');
const el = document.querySelector('${tag}');
await el.updateComplete;
const control = el.shadowRoot.querySelector('button, input, a[href]');
control.focus();
if (el.shadowRoot.activeElement === control) window.tti = performance.now();
await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)));
window.clsAfter = window.cls;
</script>`;
const page = (title, head, body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title>
<style>body{margin:0;font-family:system-ui,sans-serif}</style>
${observe}
${head}
</head>
<body>
${body}
</body></html>
`;

mkdirSync('bench/pages', {recursive: true});
const browser = {
  name: 'chrome',
  headless: true,
  binary: chromium,
  addArguments: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
};
const measure = (name, expression) => ({name, mode: 'expression', expression});
const benchmarks = [];
for (const [tag, attrs] of Object.entries(ELEMENTS)) {
  const bare = `<${tag} ${attrs}></${tag}>`;
  const prerendered = await prerender(bare);
  const short = tag.replace('meso-', '');
  const pages = {
    // The same instrumentation on every page: on (a) it waits for a definition that never comes.
    static: page(`${tag} (a) static`, '', prerendered + interactive(tag)),
    loader: page(`${tag} (b) prerendered + loader`, '<script type="module" src="/dist/meso-loader.js"></script>', prerendered + interactive(tag)),
    // (a) plus an external module script that does nothing: what any script on the page costs the first paint.
    script: page(`${tag} (a) static + empty script`, '<script type="module" src="/bench/empty-module.js"></script>', prerendered + interactive(tag)),
    bundle: page(`${tag} (c) bundle`, '<script type="module" src="/dist/meso-widgets.js"></script>', bare + interactive(tag)),
  };
  for (const [variant, html] of Object.entries(pages)) {
    writeFileSync(`bench/pages/sf-${short}-${variant}.html`, html);
    const measurement = [measure('paint', 'window.fcp')];
    if (variant !== 'static' && variant !== 'script') measurement.push(measure('interactive', 'window.tti'));
    if (variant === 'loader') measurement.push(measure('cls', 'window.clsAfter'));
    benchmarks.push({name: `${tag} ${variant}`, url: `pages/sf-${short}-${variant}.html`, measurement, browser});
  }
}
writeFileSync('bench/static-first.tachometer.json', JSON.stringify({root: '..', sampleSize: SAMPLES, timeout: 0, benchmarks}, null, 2) + '\n');

console.log(`bench: ${benchmarks.length} pages × ${SAMPLES} samples in headless Chromium`);
const run = spawnSync(
  process.execPath,
  ['node_modules/tachometer/bin/tach.js', '--config', 'bench/static-first.tachometer.json', '--json-file', 'bench/static-first.json'],
  {stdio: 'inherit'},
);
if (run.status !== 0) process.exit(run.status ?? 1);

// {tag: {variant: {measure: {median, low, high}}}}
const results = JSON.parse(readFileSync('bench/static-first.json', 'utf8'));
const table = {};
for (const benchmark of results.benchmarks) {
  const match = /^(\S+) (static|script|loader|bundle)(?: \[(\w+)\])?$/.exec(benchmark.name);
  if (!match) {
    console.warn(`bench: unexpected result name ${benchmark.name}`);
    continue;
  }
  const [, tag, variant, name = 'paint'] = match;
  ((table[tag] ??= {})[variant] ??= {})[name] = medianCi(benchmark.samples);
}

const ms = ({median, low, high}) => `${median.toFixed(1)} ms (${low.toFixed(1)}–${high.toFixed(1)})`;
const ratio = (a, b) => (a.median / b.median).toFixed(2);
const lines = [
  '## Static-first: prerendered + loader vs script-rendered',
  '',
  `Run of \`npm run bench:static-first\` on ${new Date().toISOString().slice(0, 10)}: ${SAMPLES} samples per page, one tachometer run, headless Chromium.`,
  'Medians with 95 % bootstrap confidence intervals of the median. Paint: first contentful paint (the widget is the page\'s only',
  'content, so this is the first paint of its heading). Interactive: the element defined, rendered and its first control focused.',
  'CLS: cumulative layout shift until 100 ms after interactive. Every page, (a) included, carries the same measuring script.',
  'The loader fetches a prerendered widget\'s code only after the first contentful paint, so (b) paints like (a) and becomes',
  'interactive a little after (c), which paints nothing until its code has run. (a′) is (a) with an external module script',
  'that does nothing: the part of (b)\'s paint time that any script tag costs, loader or not.',
  '',
  '| element | (a) static DSD, paint | (a′) static + empty script, paint | (b) prerendered + loader, paint | (b)/(a) | (b)/(a′) | (b) interactive | (b) CLS | (c) bundle, paint | (c)/(a) | (c) interactive |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
];
for (const [tag, v] of Object.entries(table)) {
  lines.push(
    `| \`<${tag}>\` | ${ms(v.static.paint)} | ${ms(v.script.paint)} | ${ms(v.loader.paint)} | ${ratio(v.loader.paint, v.static.paint)} | ${ratio(v.loader.paint, v.script.paint)} | ${ms(v.loader.interactive)} | ${v.loader.cls.median.toFixed(3)} (max of medians' CI ${v.loader.cls.high.toFixed(3)}) | ${ms(v.bundle.paint)} | ${ratio(v.bundle.paint, v.static.paint)} | ${ms(v.bundle.interactive)} |`,
  );
}
lines.push('', 'Target (issue 13): (b)/(a) ≤ 1.1 for first paint and CLS 0 for (b).', '');
const section = lines.join('\n');
const report = readFileSync('BENCHMARKS.md', 'utf8');
const start = report.indexOf('## Static-first');
const end = start === -1 ? -1 : report.indexOf('\n## ', start + 1);
const next = start === -1 ? `${report.trimEnd()}\n\n${section}` : report.slice(0, start) + section + (end === -1 ? '' : `\n${report.slice(end + 1)}`);
writeFileSync('BENCHMARKS.md', next);
console.log(section);
