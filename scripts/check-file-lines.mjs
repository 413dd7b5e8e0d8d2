// `npm test`: no hand-written source file in src/ is over 300 lines, so each one does one thing a
// newcomer can read in a sitting (ARCHITECTURE.md). Content data (src/content/: strings and facts,
// long by nature) and generated files (src/react.ts, from the manifest) are excepted.
import {readFileSync, readdirSync} from 'node:fs';
import {join, relative} from 'node:path';

export const MAX_LINES = 300;

/** Paths (relative to the repository, with `/`) that may be longer: data, and generated code. */
export const EXCEPTED = [/^src\/content\//, /^src\/react\.ts$/];

/** Every `.ts` file under `dir`, as a path relative to the repository. */
function sources(dir) {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [relative('.', path).split('\\').join('/')] : [];
  });
}

/** `[path, lines]` of each hand-written file over the limit. */
export function oversized(dir = 'src', max = MAX_LINES) {
  return sources(dir)
    .filter((path) => !EXCEPTED.some((pattern) => pattern.test(path)))
    .map((path) => [path, readFileSync(path, 'utf8').replace(/\n$/, '').split('\n').length])
    .filter(([, lines]) => lines > max);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const over = oversized();
  for (const [path, lines] of over) console.error(`✖ ${path}: ${lines} lines (at most ${MAX_LINES}; split it, see ARCHITECTURE.md)`);
  if (over.length) process.exit(1);
  console.log(`✔ every hand-written file in src/ has at most ${MAX_LINES} lines`);
}
