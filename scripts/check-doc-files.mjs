// Code blocks in the README that quote a file of a consumer app (```tsx file=test/consumers/…)
// must be that file, byte for byte: the app is type-checked, built and run by
// `npm run test:consumers`, so a quoted snippet cannot drift from what is tested. (The Storybook
// guides import those files themselves.) Run by `npm test`.
import {existsSync, readFileSync} from 'node:fs';

const DOCS = ['README.md'];
let quoted = 0;
const problems = [];
for (const doc of DOCS) {
  const text = readFileSync(doc, 'utf8');
  for (const match of text.matchAll(/^```\w* file=(\S+)\n([\s\S]*?)^```$/gm)) {
    quoted++;
    const [, file, body] = match;
    if (!existsSync(file)) problems.push(`${doc}: quotes ${file}, which does not exist`);
    else if (readFileSync(file, 'utf8') !== body) problems.push(`${doc}: the block quoting ${file} differs from the file: copy it again`);
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`${quoted} quoted app file(s) match.`);
