// The define guard compares versions, so src/shared/version.ts must match package.json.
import {readFileSync} from 'node:fs';

const {version} = JSON.parse(readFileSync('package.json', 'utf8'));
const source = readFileSync('src/shared/version.ts', 'utf8');
const match = /VERSION = '([^']+)'/.exec(source);
if (!match || match[1] !== version) {
  console.error(`version: src/shared/version.ts says ${match?.[1] ?? 'nothing'}, package.json says ${version}.`);
  process.exit(1);
}
console.log(`version: ${version}`);
