// What meso-widgets/logic adds to a bundled browser app (esbuild, minified, gzip -9): an app that
// uses all four functions, and one that uses only assessEligibility. Fails above 4 KB (3 KB until
// every public function checked its input, issue 24: the checks are about 0.6 KB of it).
import {gzipSync} from 'node:zlib';
import {build} from 'esbuild';

const BUDGET = 4 * 1024;
const apps = {
  baseline: `console.log(JSON.stringify({goals: ['face']}));`,
  'assessEligibility only': `import {assessEligibility} from 'meso-widgets/logic';
console.log(JSON.stringify(assessEligibility({goals: ['face'], health: {adult: 'yes', pregnant: 'no', breastfeeding: 'no', bleeding: 'no', immune: 'no', skin: 'no', allergy: 'no', conditions: 'no', 'heart-stroke': 'no'}})));`,
  'all four functions': `import {assessEligibility, aftercarePlan, aftercareCalendar, recommendTreatment} from 'meso-widgets/logic';
const plan = aftercarePlan(new Date());
console.log(JSON.stringify([assessEligibility({goals: ['face'], health: {adult: 'yes', pregnant: 'no', breastfeeding: 'no', bleeding: 'no', immune: 'no', skin: 'no', allergy: 'no', conditions: 'no', 'heart-stroke': 'no'}}), recommendTreatment(['texture']), plan && aftercareCalendar(plan, {title: (id) => id, description: '', name: ''})]));`,
};

async function gzipped(contents) {
  const result = await build({stdin: {contents, resolveDir: process.cwd()}, bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, logLevel: 'error'});
  return gzipSync(result.outputFiles[0].text, {level: 9}).length;
}

const base = await gzipped(apps.baseline);
let failed = false;
for (const [name, contents] of Object.entries(apps)) {
  if (name === 'baseline') continue;
  const growth = (await gzipped(contents)) - base;
  const ok = growth <= BUDGET;
  failed ||= !ok;
  console.log(`logic entry, ${name}: the app grows by ${(growth / 1024).toFixed(2)} KB gzip (budget ${BUDGET / 1024} KB) ${ok ? 'ok' : 'OVER BUDGET'}`);
}
process.exit(failed ? 1 : 0);
