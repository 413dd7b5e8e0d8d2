// The ten largest modules of the one-file bundle, from rollup-plugin-visualizer's raw data
// (reports/meso-widgets.stats.json, written by `npm run build`): minified bytes through the source
// map, and each module's gzip size on its own. Prints the table and writes it into BENCHMARKS.md
// ("Module sizes" section).
import {readFileSync, writeFileSync} from 'node:fs';

const stats = JSON.parse(readFileSync('reports/meso-widgets.stats.json', 'utf8'));
const rows = Object.entries(stats.nodeParts)
  .map(([uid, part]) => ({id: stats.nodeMetas[part.metaUid]?.id ?? uid, ...part}))
  .map((row) => ({...row, id: row.id.replace(/^.*?node_modules\//, '').replace(/^\/?(?:.*\/)?(src\/)/, '$1')}))
  .sort((a, b) => b.renderedLength - a.renderedLength);
const total = rows.reduce((sum, row) => sum + row.renderedLength, 0);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
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
];
const section = lines.join('\n');
console.log(section);
const report = readFileSync('BENCHMARKS.md', 'utf8');
const start = report.indexOf('## Module sizes');
const end = start === -1 ? -1 : report.indexOf('\n## ', start + 1);
writeFileSync('BENCHMARKS.md', start === -1 ? `${report.trimEnd()}\n\n${section}` : report.slice(0, start) + section + (end === -1 ? '' : report.slice(end + 1)));
