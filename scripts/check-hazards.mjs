// The hazard log check for `npm test` (issue 21): every hazard of `src/content/hazard-log.ts` has
// at least one control; every control names a rule, text key or configuration floor that exists,
// and a test that exists (a literal `it('…')` title in the named file, not skipped, or a
// readability group of scripts/check-content.mjs); severities, likelihoods and ratings are DCB0129
// ones and never rise after the controls; the README carries the intended-purpose statement.
// Prints the log in short and fails on the first run that breaks any of these.
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import {GROUPS} from './check-content.mjs';

/** Literal test titles of a file: `it('…')`, `it("…")` and `it(`…`)` without `${}`. Skipped tests are left out. */
export function testTitles(source) {
  const titles = new Set();
  const pattern = /(?<![.\w])(it|test)(\.only)?\(\s*(['"`])((?:\\.|(?!\3)[^\\])*)\3\s*,/g;
  for (const match of source.matchAll(pattern)) {
    const [, , , quote, body] = match;
    if (quote === '`' && body.includes('${')) continue;
    titles.add(body.replace(/\\(['"`\\])/g, '$1'));
  }
  return titles;
}

/** The value at `a.b[2].c` under `root`, or `undefined`. */
function resolve(root, path) {
  return path
    .split(/\.|(?=\[)/)
    .filter(Boolean)
    .reduce((value, key) => {
      if (value === undefined || value === null) return undefined;
      const index = /^\[(\d+)\]$/.exec(key);
      return index ? value[Number(index[1])] : Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
    }, root);
}

/**
 * Every problem of a hazard log, as strings. `modules` holds what refs resolve against: `logic`
 * (exports of the rules, plan and recommendation modules) and `content` (English content by element).
 */
export function hazardProblems(log, modules, {root = process.cwd(), severities, likelihoods, readme = ''} = {}) {
  const problems = [];
  const titlesOf = new Map();
  const titles = (file) => {
    if (!titlesOf.has(file)) titlesOf.set(file, existsSync(join(root, file)) ? testTitles(readFileSync(join(root, file), 'utf8')) : null);
    return titlesOf.get(file);
  };
  const ids = new Set();
  for (const hazard of log.hazards) {
    const at = hazard.id ?? '(no id)';
    if (!/^HAZ-\d{2}$/.test(at) || ids.has(at)) problems.push(`${at}: the id must be HAZ-nn and unique`);
    ids.add(at);
    for (const field of ['hazard', 'cause', 'harm']) if (!hazard[field]?.trim()) problems.push(`${at}: no ${field}`);
    for (const phase of ['initial', 'residual']) {
      if (!severities.includes(hazard[phase]?.severity)) problems.push(`${at}: ${phase} severity is not a DCB0129 one`);
      if (!likelihoods.includes(hazard[phase]?.likelihood)) problems.push(`${at}: ${phase} likelihood is not a DCB0129 one`);
    }
    if (log.riskRating(hazard.residual.severity, hazard.residual.likelihood) > log.riskRating(hazard.initial.severity, hazard.initial.likelihood))
      problems.push(`${at}: the residual risk is higher than the initial risk`);
    if (!hazard.findings?.length) problems.push(`${at}: names no finding of the clinical read`);
    if (!hazard.controls?.length) {
      problems.push(`${at}: has no control`);
      continue;
    }
    for (const control of hazard.controls) {
      const label = `${at} ${control.kind} ${control.ref}`;
      if (control.kind === 'rule') {
        if (resolve(modules.logic, control.ref) === undefined) problems.push(`${label}: no such rule in the logic`);
      } else if (control.kind === 'floor') {
        if (!/^QUESTION_FLOORS\./.test(control.ref) || resolve(modules.logic, control.ref) === undefined)
          problems.push(`${label}: no such configuration floor`);
      } else if (control.kind === 'text') {
        const [element, path] = control.ref.split(':');
        if (!modules.content[element] || resolve(modules.content[element], path) === undefined) problems.push(`${label}: no such text key`);
      } else problems.push(`${label}: the kind must be rule, text or floor`);
      if (!control.what?.trim()) problems.push(`${label}: says nothing about what it does`);
      const {file, title} = control.test ?? {};
      if (!file || !title) {
        problems.push(`${label}: names no test`);
      } else if (file === 'scripts/check-content.mjs') {
        const group = GROUPS.find((entry) => entry.name === title);
        if (!group || group.max === null) problems.push(`${label}: "${title}" is not an enforced readability group`);
      } else if (titles(file) === null) {
        problems.push(`${label}: the test file ${file} does not exist`);
      } else if (!titles(file).has(title)) {
        problems.push(`${label}: no test "${title}" in ${file}`);
      }
    }
  }
  const flat = (text) => text.replace(/\s+/g, ' ').trim();
  if (!flat(readme).includes(flat(log.intendedPurpose))) problems.push('README.md: does not carry the intended-purpose statement word for word');
  return problems;
}

async function loadLog() {
  const dir = mkdtempSync(join(tmpdir(), 'meso-hazards-'));
  try {
    const outfile = join(dir, 'hazards.mjs');
    await build({
      stdin: {
        contents: `export * as hazardLog from './src/content/hazard-log.ts';
          export * as rules from './src/logic/eligibility/index.ts';
          export * as plan from './src/logic/aftercare/index.ts';
          export * as recommend from './src/logic/vs-filler/index.ts';
          export {eligibilityEn} from './src/content/en/eligibility.ts';
          export {aftercareEn} from './src/content/en/aftercare.ts';
          export {vsFillerEn} from './src/content/en/vs-filler.ts';`,
        resolveDir: process.cwd(),
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile,
      logLevel: 'error',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    setTimeout(() => rmSync(dir, {recursive: true, force: true}), 0);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const loaded = await loadLog();
  const {hazardLog} = loaded;
  const modules = {
    logic: {...loaded.rules, ...loaded.plan, ...loaded.recommend},
    content: {eligibility: loaded.eligibilityEn, aftercare: loaded.aftercareEn, 'vs-filler': loaded.vsFillerEn},
  };
  const options = {
    severities: hazardLog.HAZARD_SEVERITIES,
    likelihoods: hazardLog.HAZARD_LIKELIHOODS,
    readme: readFileSync('README.md', 'utf8'),
  };
  const log = {hazards: hazardLog.HAZARD_LOG, riskRating: hazardLog.riskRating, intendedPurpose: hazardLog.INTENDED_PURPOSE};

  // A canary: a check that cannot fail proves nothing. A hazard with no control, and one whose
  // control names a missing test, a missing text key and a missing rule, must all be caught.
  const canary = hazardProblems(
    {
      ...log,
      hazards: [
        {...log.hazards[0], id: 'HAZ-98', controls: []},
        {
          ...log.hazards[0],
          id: 'HAZ-99',
          controls: [
            {kind: 'text', ref: 'aftercare:cards.emergency.nope', what: 'x', test: {file: 'test/content.test.ts', title: 'no such test, ever'}},
            {kind: 'rule', ref: 'NO_SUCH_RULE', what: 'x', test: {file: 'test/no-such-file.test.ts', title: 'x'}},
          ],
        },
      ],
    },
    modules,
    options,
  );
  const expected = ['HAZ-98: has no control', 'no such text key', 'no test "no such test, ever"', 'no such rule', 'does not exist'];
  const missed = expected.filter((needle) => !canary.some((problem) => problem.includes(needle)));
  if (missed.length) {
    console.error(`✖ the hazard log check no longer catches: ${missed.join('; ')}`);
    process.exit(1);
  }

  const problems = hazardProblems(log, modules, options);
  const controls = log.hazards.reduce((sum, hazard) => sum + hazard.controls.length, 0);
  const tests = new Set(log.hazards.flatMap((hazard) => hazard.controls.map((control) => `${control.test.file}|${control.test.title}`)));
  console.log(`Hazard log (DCB0129): ${log.hazards.length} hazards, ${controls} controls, proven by ${tests.size} tests`);
  for (const hazard of log.hazards) {
    const before = log.riskRating(hazard.initial.severity, hazard.initial.likelihood);
    const after = log.riskRating(hazard.residual.severity, hazard.residual.likelihood);
    console.log(`  ${hazard.id} risk ${before} → ${after}${hazard.open ? ' (open)' : ''}  ${hazard.controls.length} controls  ${hazard.findings.join(', ')}`);
  }
  if (problems.length) {
    for (const problem of problems) console.error(`✖ ${problem}`);
    process.exit(1);
  }
  console.log('✔ every hazard has controls, and every control names a rule, text or floor and a test that exist');
}
