// What the one-file bundle is made of, written into BENCHMARKS.md ("Module sizes" section):
// 1. the ten largest modules, from rollup-plugin-visualizer's raw data (reports/meso-widgets.stats.json,
//    written by `npm run build`): minified bytes through the source map;
// 2. what each part costs in gzip: the bundle's gzip size minus its gzip size with that part's bytes
//    taken out (found through the bundle's source map). Parts compress against each other, so this
//    marginal cost, not a part's gzip on its own, is what leaving it out would save.
import {readFileSync, writeFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {TraceMap, eachMapping} from '@jridgewell/trace-mapping';

const stats = JSON.parse(readFileSync('reports/meso-widgets.stats.json', 'utf8'));
const rows = Object.entries(stats.nodeParts)
  .map(([uid, part]) => ({id: stats.nodeMetas[part.metaUid]?.id ?? uid, ...part}))
  .map((row) => ({...row, id: row.id.replace(/^.*?node_modules\//, '').replace(/^\/?(?:.*\/)?(src\/)/, '$1')}))
  .sort((a, b) => b.renderedLength - a.renderedLength);
const total = rows.reduce((sum, row) => sum + row.renderedLength, 0);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** The parts of the bundle, by source path; the first match wins. */
const parts = [
  ['Lit (lit-html, reactive-element, lit-element, directives)', (source) => source.includes('node_modules/')],
  ['English health content (`src/content/en/`)', (source) => source.includes('src/content/en/')],
  ['CSS (`src/shared/styles/`, `src/*/*.styles.ts`)', (source) => /src\/(shared\/styles(\/[^/]+)?|[^/]+\/[^/]+\.styles)\.ts$/.test(source)],
  ['Shared element base and helpers (`src/shared/`)', (source) => source.includes('src/shared/')],
  ['`<meso-eligibility>` code and templates (`src/eligibility/`)', (source) => source.includes('src/eligibility/')],
  ['`<meso-aftercare>` code and templates (`src/aftercare/`)', (source) => source.includes('src/aftercare/')],
  ['`<meso-vs-filler>` code and templates (`src/vs-filler/`)', (source) => source.includes('src/vs-filler/')],
];

/** Each character of the minified bundle, labelled with its part (by the source-map segment it falls in). */
function labelBundle(file) {
  const code = readFileSync(file, 'utf8');
  const map = new TraceMap(readFileSync(`${file}.map`, 'utf8'));
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  const label = new Int8Array(code.length).fill(-1);
  const segments = [];
  eachMapping(map, (m) => m.source && segments.push([lineStarts[m.generatedLine - 1] + m.generatedColumn, parts.findIndex(([, test]) => test(m.source))]));
  segments.sort((a, b) => a[0] - b[0]);
  segments.forEach(([start, part], i) => label.fill(part, start, i + 1 < segments.length ? segments[i + 1][0] : code.length));
  return {code, label};
}

const gzip = (text) => gzipSync(text, {level: 9}).length;
const {code, label} = labelBundle('dist/meso-widgets.js');
const whole = gzip(code);
/** The gzip size of the bundle's characters whose label passes `keep` (by UTF-16 index, as `label` is). */
const gzipOf = (keep) => {
  let kept = '';
  for (let i = 0; i < code.length; i++) if (keep(label[i])) kept += code[i];
  return gzip(kept);
};
const costs = parts.map(([name], index) => ({name, minified: label.filter((l) => l === index).length, gzip: whole - gzipOf((l) => l !== index)}));
const rest = whole - gzipOf((l) => l !== -1);
const floor = gzipOf((l) => l <= 2 && l >= 0);
const elementCode = whole - gzipOf((l) => l < 3);

const lines = [
  '## Module sizes',
  '',
  `The ten largest of ${rows.length} modules in \`dist/meso-widgets.js\` (${kb(total)} minified), measured by`,
  '`rollup-plugin-visualizer` through the source map (`npm run build`, then `node scripts/module-sizes.mjs`).',
  '',
  '| module | minified | share |',
  '| --- | --- | --- |',
  ...rows.slice(0, 10).map((row) => `| \`${row.id}\` | ${kb(row.renderedLength)} | ${((row.renderedLength / total) * 100).toFixed(1)} % |`),
  '',
  `What each part of the bundle costs in gzip (${kb(whole)} in all): the bundle's gzip size minus its gzip size`,
  'without that part, through the source map. Parts compress against each other, so the costs add up to less than the whole.',
  '',
  '| part | minified | gzip cost |',
  '| --- | --- | --- |',
  ...costs.map((part) => `| ${part.name} | ${kb(part.minified)} | ${kb(part.gzip)} |`),
  `| entries and glue (no source) | ${kb(label.filter((l) => l === -1).length)} | ${kb(rest)} |`,
  '',
  `Lit, the English content and the CSS on their own come to ${kb(floor)} gzip; all the rest (the elements' code and templates, the shared base, glue) costs ${kb(elementCode)}.`,
  '',
];
const section = lines.join('\n');
console.log(section);
const report = readFileSync('BENCHMARKS.md', 'utf8');
const start = report.indexOf('## Module sizes');
const end = start === -1 ? -1 : report.indexOf('\n## ', start + 1);
writeFileSync('BENCHMARKS.md', start === -1 ? `${report.trimEnd()}\n\n${section}` : report.slice(0, start) + section + (end === -1 ? '' : report.slice(end + 1)));
