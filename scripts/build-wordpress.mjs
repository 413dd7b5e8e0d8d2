// Builds the WordPress plugin zip, dist/meso-widgets-wordpress.zip, from integrations/wordpress/,
// the one-file bundle dist/meso-widgets.js and every translation pack dist/locales/<tag>.js, which
// the bundle loads from assets/locales/ beside itself (run after rollup). The zip holds one folder,
// meso-widgets/, as WordPress's Plugins → Add New → Upload expects, and needs no network at run time.
import {build} from 'esbuild';
import {mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {pathToFileURL} from 'node:url';
import {tmpdir} from 'node:os';
import {zipFiles} from './zip.mjs';

const root = new URL('..', import.meta.url).pathname;
const pluginDir = join(root, 'integrations/wordpress/meso-widgets');
const bundle = join(root, 'dist/meso-widgets.js');
export const ZIP_PATH = join(root, 'dist/meso-widgets-wordpress.zip');

/** The translation packs the build made: dist/locales/<tag>.js. */
function packs() {
  return readdirSync(join(root, 'dist/locales'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => name.slice(0, -3))
    .sort();
}

/**
 * The languages the plugin offers and accepts: English (in the bundle) and every pack it ships.
 * Each language with content (a folder under src/content) must have its pack, or the build stops.
 */
function locales() {
  const content = readdirSync(join(root, 'src/content'), {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const shipped = ['en', ...packs()];
  const missing = content.filter((tag) => !shipped.includes(tag));
  if (missing.length) throw new Error(`build-wordpress: no translation pack in dist/locales/ for ${missing.join(', ')}: run rollup first`);
  return shipped.sort();
}

/**
 * How the bundle's content writes its review: `string` (a date) or `object` ({date, by}). Read
 * from the English content module itself, so the plugin always writes what the bundle accepts.
 */
async function reviewedShape() {
  const out = join(tmpdir(), `meso-common-${process.pid}.mjs`);
  await build({entryPoints: [join(root, 'src/content/en/common.ts')], bundle: true, format: 'esm', outfile: out, logLevel: 'error'});
  let module;
  try {
    module = await import(pathToFileURL(out).href);
  } finally {
    rmSync(out, {force: true});
  }
  const content = Object.values(module).find((value) => value && typeof value === 'object' && 'reviewed' in value);
  if (!content) throw new Error('build-wordpress: src/content/en/common.ts exports no content with "reviewed"');
  return typeof content.reviewed === 'object' ? 'object' : 'string';
}

const php = (value) => `'${String(value).replace(/[\\']/g, (c) => `\\${c}`)}'`;

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export async function buildWordPressZip() {
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  const shape = await reviewedShape();
  const info = [
    '<?php',
    '// Written by scripts/build-wordpress.mjs: what the bundle in assets/ carries.',
    "defined( 'ABSPATH' ) || exit;",
    'const MESO_WIDGETS_BUILD = array(',
    `\t'version'        => ${php(version)},`,
    `\t'locales'        => array( ${locales().map(php).join(', ')} ),`,
    `\t'reviewed_shape' => ${php(shape)},`,
    ');',
    '',
  ].join('\n');
  const files = filesUnder(pluginDir).map((path) => ({name: `meso-widgets/${relative(pluginDir, path)}`, data: readFileSync(path)}));
  files.push({name: 'meso-widgets/includes/build-info.php', data: Buffer.from(info)});
  files.push({name: 'meso-widgets/assets/meso-widgets.js', data: readFileSync(bundle)});
  // The bundle imports locales/<tag>.js from beside itself when a page is in that language.
  for (const tag of packs()) files.push({name: `meso-widgets/assets/locales/${tag}.js`, data: readFileSync(join(root, 'dist/locales', `${tag}.js`))});
  // The share part (issue 22), fetched from parts/ beside the bundle only where a share channel is set.
  for (const name of readdirSync(join(root, 'dist/parts')).filter((file) => file.endsWith('.js'))) {
    files.push({name: `meso-widgets/assets/parts/${name}`, data: readFileSync(join(root, 'dist/parts', name))});
  }
  files.push({name: 'meso-widgets/LICENSE', data: readFileSync(join(root, 'LICENSE'))});
  mkdirSync(join(root, 'dist'), {recursive: true});
  writeFileSync(ZIP_PATH, await zipFiles(files));
  return {path: ZIP_PATH, files: files.length, bytes: statSync(ZIP_PATH).size, reviewedShape: shape};
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await buildWordPressZip();
  console.log(`WordPress plugin: ${relative(root, result.path)} (${result.files} files, ${(result.bytes / 1024).toFixed(1)} KB)`);
}
