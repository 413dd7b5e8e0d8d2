// ARCHITECTURE.md is a guide a newcomer follows: every file and folder it names must exist, and its
// "Where do I change…" recipes must name real files. The line limit it states is the one npm test
// enforces, and the checker catches a file over it.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {MAX_LINES, oversized} from '../../scripts/check-file-lines.mjs';

const guide = readFileSync('ARCHITECTURE.md', 'utf8');

/** Repository paths the guide names in backticks (`src/…`, `test/…`, `scripts/…`), minus placeholders. */
const namedPaths = [...guide.matchAll(/`((?:src|test|stories|scripts|docs)\/[^`\s*]*)`/g)]
  .map(([, path]) => path)
  .filter((path) => !/[<{]/.test(path));

test('every path ARCHITECTURE.md names exists', () => {
  assert.ok(namedPaths.length > 20, `expected the guide to name many paths, found ${namedPaths.length}`);
  const missing = namedPaths.filter((path) => !existsSync(path));
  assert.deepEqual(missing, []);
});

test('the four "where do I change…" recipes are there and each names files', () => {
  for (const recipe of ['Add a question', 'Add a screen to the plan', 'Add a language', 'Add an element']) {
    const start = guide.indexOf(`### ${recipe}`);
    assert.notEqual(start, -1, `recipe "${recipe}" is missing`);
    const end = guide.indexOf('\n### ', start + 4);
    const body = guide.slice(start, end === -1 ? undefined : end);
    assert.match(body, /`src\/[^`]+`/, `recipe "${recipe}" names no file`);
  }
});

test('the guide states the line limit npm test enforces, and the checker finds a file over it', () => {
  assert.match(guide, new RegExp(`${MAX_LINES} lines`));
  const dir = mkdtempSync(join(tmpdir(), 'meso-lines-'));
  try {
    mkdirSync(join(dir, 'content'));
    writeFileSync(join(dir, 'short.ts'), 'export {};\n'.repeat(MAX_LINES));
    writeFileSync(join(dir, 'long.ts'), 'export {};\n'.repeat(MAX_LINES + 1));
    const over = oversized(dir).map(([path, lines]) => [path.split('/').pop(), lines]);
    assert.deepEqual(over, [['long.ts', MAX_LINES + 1]]);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
});

test('the layer rules the guide describes are the ones dependency-cruiser checks', () => {
  const config = readFileSync('.dependency-cruiser.cjs', 'utf8');
  for (const rule of [...config.matchAll(/name: '([a-z-]+)'/g)].map(([, name]) => name)) {
    assert.ok(guide.includes(rule), `ARCHITECTURE.md does not mention the rule "${rule}"`);
  }
});
