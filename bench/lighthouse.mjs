// `npm run bench:lighthouse`: Lighthouse (mobile, its default simulated throttling: 4x CPU, slow 4G)
// in Debian Chromium on the demo page, with the one-file bundle, with prerender + loader, and with
// one widget only; RUNS (5) runs each, alternated. Reports the medians and ranges of FCP, LCP, TBT
// and CLS, the four category scores, the main-thread time spent in style and layout, and the long
// tasks that come from our scripts (/dist/), and writes the "Main thread: Lighthouse" section of
// BENCHMARKS.md (BENCH_LABEL, "before" or "after", names the section) and bench/lighthouse.json.
// Needs `npm run build`.
import {writeFileSync} from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import {serve} from '../scripts/serve.mjs';
import {machine, stats, writePages, writeSection} from './main-thread-pages.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const LABEL = process.env.BENCH_LABEL ?? 'after';
const PORT = 8126;
const VARIANTS = ['bundle', 'loader', 'one'];

const paths = await writePages();
const server = await serve({port: PORT});
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
const results = Object.fromEntries(VARIANTS.map((v) => [v, []]));
let version = '';
let browserVersion = '';
try {
  for (let run = 0; run < RUNS; run++) {
    for (const variant of VARIANTS) {
      const url = `http://127.0.0.1:${PORT}${paths[variant]}`;
      const {lhr} = await lighthouse(url, {port: chrome.port, output: 'json', logLevel: 'error', formFactor: 'mobile'});
      version = lhr.lighthouseVersion;
      browserVersion = lhr.environment?.hostUserAgent?.match(/Chrome\/[\d.]+/)?.[0] ?? '';
      const audit = (id) => lhr.audits[id];
      const ours = (audit('long-tasks').details?.items ?? []).filter((item) => String(item.url).includes('/dist/'));
      const breakdown = audit('mainthread-work-breakdown').details?.items ?? [];
      const styleLayout = breakdown.find((item) => item.group === 'styleLayout')?.duration ?? 0;
      const row = {
        fcp: audit('first-contentful-paint').numericValue,
        lcp: audit('largest-contentful-paint').numericValue,
        tbt: audit('total-blocking-time').numericValue,
        cls: audit('cumulative-layout-shift').numericValue,
        styleLayout,
        ourLongTasks: ours.length,
        ourLongTaskMs: ours.reduce((sum, item) => sum + item.duration, 0),
        ourLongestMs: Math.max(0, ...ours.map((item) => item.duration)),
        scores: Object.fromEntries(Object.entries(lhr.categories).map(([id, c]) => [id, Math.round(c.score * 100)])),
        failing: Object.values(lhr.categories).flatMap((c) =>
          c.auditRefs.filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1 && c.id !== 'performance').map((ref) => `${c.id}:${ref.id}`),
        ),
      };
      results[variant].push(row);
      console.log(variant, run + 1, JSON.stringify(row));
    }
  }
} finally {
  await chrome.kill();
  server.close();
}
writeFileSync(`bench/lighthouse-${LABEL}.json`, JSON.stringify({version, browserVersion, results}, null, 2));

const fmt = (s, unit, digits = 0) => `${s.median.toFixed(digits)}${unit} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
const NAMES = {bundle: 'demo, one-file bundle', loader: 'demo, prerender + loader', one: 'demo, one widget (eligibility), bundle'};
const rows = VARIANTS.map((variant) => {
  const r = results[variant];
  const col = (key) => stats(r.map((x) => x[key]));
  const score = (id) => stats(r.map((x) => x.scores[id]));
  return `| ${NAMES[variant]} | ${fmt(col('fcp'), ' ms')} | ${fmt(col('lcp'), ' ms')} | ${fmt(col('tbt'), ' ms')} | ${fmt(col('cls'), '', 3)} | ${fmt(col('styleLayout'), ' ms')} | ${fmt(col('ourLongTasks'), '')} / ${fmt(col('ourLongTaskMs'), ' ms')} / ${fmt(col('ourLongestMs'), ' ms')} | ${['performance', 'accessibility', 'best-practices', 'seo'].map((id) => score(id).median).join(' / ')} |`;
});
const failing = [...new Set(VARIANTS.flatMap((v) => results[v].flatMap((x) => x.failing)))];
const body = `Run of \`npm run bench:lighthouse\` on ${new Date().toISOString().slice(0, 10)}: Lighthouse ${version} (mobile: simulated 4x CPU
slowdown and slow 4G, 412 px screen), ${browserVersion} (Debian, headless), ${RUNS} runs per page alternated, on this project's
machine: ${machine()}. Medians,
with the range (min–max) in brackets. "Our long tasks" are Lighthouse's long tasks attributed to a script under \`/dist/\`: count / total
/ longest (simulated times). Style & layout is Lighthouse's main-thread breakdown. Scores: performance / accessibility / best practices / SEO.

| page | FCP | LCP | TBT | CLS | style & layout | our long tasks: count / total / longest | scores |
| --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
${failing.length ? `\nAudits below 100 outside performance: ${failing.map((f) => `\`${f}\``).join(', ')}.` : '\nNo audit below 100 outside performance.'}`;
writeSection(`## Main thread: Lighthouse (${LABEL})`, body);
console.log(body);
