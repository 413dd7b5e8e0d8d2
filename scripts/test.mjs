// `npm test`: every check, in order, stopping at the first failure.
// Lint, types and the content's readability first (fast), then the production build, the browser tests in Chromium, Firefox
// and WebKit (unit, element and host-page tests; the host pages load the build), the size budgets
// and the plain bundle page.
import {spawnSync} from 'node:child_process';

const steps = [
  ['version', 'node', ['scripts/check-version.mjs']],
  ['manifest', 'npm', ['run', '--silent', 'analyze']],
  // src/react.ts is generated from the manifest: a new element or event must be wrapped.
  ['react wrappers', 'node', ['scripts/generate-react.mjs', '--check']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  // The layers of src/ (ARCHITECTURE.md): who may import whom, and no import circle.
  ['structure', 'npm', ['run', '--silent', 'lint:structure']],
  ['types', 'npm', ['run', '--silent', 'typecheck']],
  // Readability per widget (Flesch–Kincaid grade ≤ 6, ≤ 20 words a sentence); prints the figures.
  ['content', 'node', ['scripts/check-content.mjs']],
  // The host-page tests load the built bundle, so build first.
  ['build', 'npm', ['run', '--silent', 'build']],
  // Server rendering and the prerender command, in Node, against the build.
  ['node tests', 'node', ['--test', 'test/node/']],
  ['browser tests', 'node', ['scripts/run-browser-tests.mjs']],
  ['size', 'node', ['scripts/check-size.mjs']],
  ['bundle page', 'node', ['scripts/check-bundle-page.mjs']],
];

for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const result = spawnSync(command, args, {stdio: 'inherit'});
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    const why = result.signal ? ` (killed by ${result.signal})` : result.error ? ` (${result.error.message})` : ` (exit code ${result.status})`;
    console.error(`✖ ${name} failed after ${seconds} s${why}`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${name} (${seconds} s)`);
}
