// The names of our classes' private and protected members that terser may shorten in the browser
// bundles (the npm build keeps every name). A name qualifies only when it is declared `private` or
// `protected` (not `override`, not a Lit reactive `@state`/`@property`, whose names Lit keeps as
// strings) and every other mention in src/ is a `this.name` access: never quoted, never read off
// another object (`s.name`, `detail.name`), never a key of content or event data. Terser then renames
// exactly those properties, the same way in the whole bundle.
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';

function sources(dir) {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** @returns {string[]} the member names that are safe to mangle, sorted. */
export function privateMembers(dir = 'src') {
  const all = sources(dir).map((file) => readFileSync(file, 'utf8')).join('\n');
  const declared = /^\s+(@(?:state|property)\([^)]*\)\s+)?(?:private|protected)((?: readonly| static| abstract| get| set| async)*) ([A-Za-z]\w*)/gm;
  const names = new Set();
  for (const [, decorator, , name] of all.matchAll(declared)) if (!decorator) names.add(name);
  const declaration = /(?:private|protected)(?: readonly| static| abstract| get| set| async)* $/;
  return [...names]
    .filter((name) => {
      if (new RegExp(`['"\`]${name}['"\`]|@(?:state|property)\\([^)]*\\)\\s+(?:\\w+ )*${name}\\b`).test(all)) return false;
      return [...all.matchAll(new RegExp(`(.{0,40})\\b${name}\\b`, 'g'))].every(([, before]) => /\bthis\.$/.test(before) || declaration.test(before));
    })
    .sort();
}
