// Test-server middleware: server rendering from the current sources, for the browser tests.
// - POST /__prerender with HTML in the body answers with `prerender(body)` (400 and the message on bad input);
// - GET /__prerendered/<path> answers with the project file <path>, prerendered.
// src/ssr.ts is bundled once with esbuild (packages stay external, so Node's Lit and parse5 are used),
// with every translation pack registered.
import {mkdirSync, readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';

let ssr;
async function loadSsr() {
  if (!ssr) {
    const dir = join(process.cwd(), 'node_modules', '.cache', 'meso-ssr');
    mkdirSync(dir, {recursive: true});
    const outfile = join(dir, `ssr-${process.pid}-${Date.now()}.mjs`);
    // The translation packs are registered from source too: the build's ssr.js loads dist/locales/<tag>.js
    // next to itself, which this bundle in node_modules/.cache does not have.
    const packs = readdirSync('src/locales').filter((file) => file.endsWith('.ts'));
    await build({
      stdin: {
        contents: [...packs.map((file) => `import './src/locales/${file}';`), "export * from './src/ssr.ts';"].join('\n'),
        resolveDir: process.cwd(),
        loader: 'ts',
      },
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
