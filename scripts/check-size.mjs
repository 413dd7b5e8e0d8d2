// Size budgets: the gzip size of the one-file bundle. Bytes are deterministic, so CI checks them.
import {readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';

const KB = 1024;
/** file → budget in bytes (gzip, level 9). Raise a budget only on purpose, and say so in the README. */
export const BUDGETS = {
  'dist/meso-widgets.js': 30 * KB,
};

let failed = false;
for (const [file, budget] of Object.entries(BUDGETS)) {
  let source;
  try {
    source = readFileSync(file);
  } catch {
    console.error(`size: ${file} is missing; run "npm run build" first.`);
    process.exit(1);
  }
  const gzip = gzipSync(source, {level: 9}).length;
  const ok = gzip <= budget;
  failed ||= !ok;
  const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
  console.log(
    `size: ${file} ${kb(gzip)} gzip (${kb(source.length)} minified), budget ${kb(budget)}: ${ok ? 'ok' : 'OVER BUDGET'}`,
  );
}
process.exit(failed ? 1 : 0);
