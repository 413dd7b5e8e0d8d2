// Test-server middleware: server rendering from the current sources, for the browser tests.
// - POST /__prerender with HTML in the body answers with `prerender(body)` (400 and the message on bad input);
// - GET /__prerendered/<path> answers with the project file <path>, prerendered.
// src/ssr.ts is bundled once with esbuild (packages stay external, so Node's Lit and parse5 are used).
import {mkdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';

let ssr;
async function loadSsr() {
  if (!ssr) {
    const dir = join(process.cwd(), 'node_modules', '.cache', 'meso-ssr');
    mkdirSync(dir, {recursive: true});
    const outfile = join(dir, `ssr-${process.pid}-${Date.now()}.mjs`);
    await build({
      entryPoints: ['src/ssr.ts'],
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      tsconfig: 'tsconfig.json',
      outfile,
      logLevel: 'warning',
    });
    ssr = import(pathToFileURL(outfile).href);
  }
  return ssr;
}

async function readBody(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export function prerenderMiddleware() {
  return async (context, next) => {
    let source;
    if (context.path === '/__prerender' && context.method === 'POST') source = await readBody(context.req);
    else if (context.path.startsWith('/__prerendered/')) source = readFileSync(context.path.slice('/__prerendered/'.length), 'utf8');
    else return next();
    const {prerender} = await loadSsr();
    try {
      context.body = await prerender(source, {now: context.query.now || undefined});
      context.type = 'text/html';
    } catch (error) {
      context.status = 400;
      context.body = error.message;
    }
  };
}
