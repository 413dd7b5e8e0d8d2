// Test-server middleware: POST /__logic with a JSON list of calls (test/property/logic-cases.js)
// answers with their results computed in Node, from the current sources (src/logic.ts bundled once
// with esbuild), so browser tests can check that the logic gives the same results in both.
import {mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import {run} from '../test/property/logic-cases.js';

let logic;
function loadLogic() {
  logic ??= (async () => {
    const dir = join(process.cwd(), 'node_modules', '.cache', 'meso-logic');
    mkdirSync(dir, {recursive: true});
    const outfile = join(dir, `logic-${process.pid}-${Date.now()}.mjs`);
    await build({entryPoints: ['src/logic.ts'], bundle: true, platform: 'node', format: 'esm', tsconfig: 'tsconfig.json', outfile, logLevel: 'warning'});
    return import(pathToFileURL(outfile).href);
  })();
  return logic;
}

async function readBody(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export function logicMiddleware() {
  return async (context, next) => {
    if (context.path !== '/__logic' || context.method !== 'POST') return next();
    const calls = JSON.parse(await readBody(context.req));
    const module = await loadLogic();
    context.type = 'application/json';
    context.body = JSON.stringify(calls.map((call) => run(module, call)));
  };
}
