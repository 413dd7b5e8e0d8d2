// Splits the Lit pages' load into: HTML parsed, bundle fetched + compiled + run, widgets rendered.
// Uses the pages bench/run.mjs wrote. Prints a JSON array and returns it for the report.
import {launchChromium} from '../scripts/browsers.mjs';
import {serve} from '../scripts/serve.mjs';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export async function breakdown(pages, loads = 15) {
  const server = await serve({port: 0});
  const {port} = server.address();
  const browser = await launchChromium();
  const rows = [];
  try {
    for (const page of pages) {
      const samples = [];
      for (let i = 0; i < loads; i++) {
        const tab = await browser.newPage();
        await tab.setCacheEnabled(false);
        await tab.goto(`http://127.0.0.1:${port}/bench/pages/${page}`, {waitUntil: 'load'});
        await tab.waitForFunction(() => window.breakdown);
        samples.push(await tab.evaluate(() => ({...window.breakdown, parsed: performance.getEntriesByType('navigation')[0].domInteractive})));
        await tab.close();
      }
      rows.push({
        page,
        parsed: median(samples.map((s) => s.parsed)),
        evaluated: median(samples.map((s) => s.evaluated)),
        rendered: median(samples.map((s) => s.rendered)),
      });
    }
  } finally {
    await browser.close();
    server.close();
  }
  return rows;
}
