// The demo page in the variants that the main-thread benchmarks (`bench/lighthouse.mjs`,
// `bench/interactions.mjs`) load, written to bench/pages/main-thread/ and served from the
// repository root, so `/dist/...` is the build under test:
//   static  — the demo's three widgets prerendered (declarative shadow DOM), no script: the floor;
//   bundle  — the demo page as it is: bare tags and the one-file bundle dist/meso-widgets.js;
//   loader  — the same three widgets prerendered, with dist/meso-loader.js;
//   one     — the demo page with one widget only (<meso-eligibility>), one-file bundle.
// Needs `npm run build` (dist/ssr.js prerenders).
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import {prerender} from '../dist/ssr.js';

export const DIR = 'bench/pages/main-thread';

/** The demo page's HTML with its scripts pointed at `/dist` and `/demo`. */
function demoHtml() {
  return readFileSync('demo/index.html', 'utf8')
    .replace('src="../dist/meso-widgets.js"', 'src="/dist/meso-widgets.js"')
    .replace('src="./demo.js"', 'src="/demo/demo.js"');
}

const BUNDLE_TAG = /<script type="module" src="\/dist\/meso-widgets.js"[^>]*><\/script>/;

/** Writes the variants; returns {name: path from the root}. `extra` adds attributes to each widget's start tag (by tag). */
export async function writePages({extra = {}} = {}) {
  mkdirSync(DIR, {recursive: true});
  let html = demoHtml();
  for (const [tag, attributes] of Object.entries(extra)) html = html.replace(`<${tag}\n`, `<${tag} ${attributes}\n`);
  const prerendered = await prerender(html);
  const pages = {
    static: prerendered.replace(BUNDLE_TAG, '').replace(/<script type="module" src="\/demo\/demo.js"><\/script>/, ''),
    bundle: html,
    loader: prerendered.replace(BUNDLE_TAG, '<script type="module" src="/dist/meso-loader.js"></script>'),
    one: html.replace(/<meso-aftercare[\s\S]*?<\/meso-aftercare>\s*/, '').replace(/<meso-vs-filler[\s\S]*?<\/meso-vs-filler>\s*/, ''),
  };
  const paths = {};
  for (const [name, text] of Object.entries(pages)) {
    writeFileSync(`${DIR}/${name}.html`, text);
    paths[name] = `/${DIR}/${name}.html`;
  }
  return paths;
}

/** The machine's one-minute load average when the benchmark module loaded (see {@link machine}). */
const LOAD_AT_START = os.loadavg()[0];

/** The machine, as a benchmark's section names it: cores, CPU, and the load average at the start of the run and at its end. */
export const machine = () =>
  `${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), load average ${LOAD_AT_START.toFixed(1)} at the start of the run and ${os.loadavg()[0].toFixed(1)} at its end`;

/** Median, min and max of numbers. */
export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return {median, min: sorted[0], max: sorted.at(-1), n: sorted.length};
}

/** The nearest-rank percentile `p` (0-100) of numbers. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Replaces (or appends) the section of BENCHMARKS.md that starts with `heading` (up to the next `## `). */
export function writeSection(heading, body) {
  const file = 'BENCHMARKS.md';
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(`${heading}\n`);
  const section = `${heading}\n\n${body.trim()}\n`;
  if (start < 0) {
    writeFileSync(file, `${text.trimEnd()}\n\n${section}`);
    return;
  }
  const next = text.indexOf('\n## ', start + heading.length);
  writeFileSync(file, text.slice(0, start) + section + (next < 0 ? '' : text.slice(next)));
}
