// Content checks for `npm test`: the Flesch–Kincaid grade (from the maintained `text-readability`
// package, a port of Python's textstat) and the length of every sentence. Prints the figures and
// fails above the limits.
//
// - Per safety-critical group, on prose only (sentences of five or more words, so labels such as
//   "Yes" or "Continue" cannot hide a hard text): the health questions with their hints, the result
//   reasons, each care card and the disclaimer at most grade 6, the emergency card at most grade 5.
//   A care card's signs are lines that complete its heading ("Call … now if:"); each is read as a
//   sentence of its own.
// - Per widget: every string, and its prose, printed for reference.
// - Every sentence of every string: at most 20 words.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import rs from 'text-readability';

/** The content rules' limits. */
export const MAX_GRADE = 6;
/** The emergency card is read in a panic: a lower limit. */
export const MAX_GRADE_EMERGENCY = 5;
export const MAX_WORDS = 20;
/** Prose is a sentence of at least this many words; shorter strings are labels. */
export const PROSE_WORDS = 5;

/** Keys that are not read by patients: dates, file names, review fields and clinic lists. */
const NOT_PATIENT_TEXT = /(^|\.)(updated|reviewed|filename|hiddenItems|extraDonts)(\.|\[|$)/;

/** Sample values for the placeholders, so templates read as the patient sees them. */
const SAMPLES = {n: '3', total: '9', item: 'Alcohol', time: 'Wed 25 Nov at 2 pm', date: '25 November 2026', percent: '40%',
  clinic: 'the clinic', label: 'Pregnancy', headline: 'Not right now', title: 'Your goals match both', concern: 'Thinning hair',
  treatment: 'Mesotherapy', aspect: 'Main goal', by: 'Dr A. Patel', number: '999', done: '2', ages: '18'};

/** Every patient-facing string of a content object, with its path, placeholders filled in. */
export function patientStrings(value, path = '') {
  if (typeof value === 'string') {
    if (NOT_PATIENT_TEXT.test(path) || !value.trim()) return [];
    return [[path, value.replace(/\{(\w+)\}/g, (_, key) => SAMPLES[key] ?? key)]];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => patientStrings(item, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => patientStrings(item, path ? `${path}.${key}` : key));
  return [];
}

export const sentences = (text) =>
  text.split(/(?<=[.!?:])\s+/).map((sentence) => sentence.trim()).filter(Boolean);
export const words = (sentence) => sentence.split(/\s+/).filter((word) => /[\p{L}\d]/u.test(word));

/** The prose of some strings: each sentence of five or more words, ending with a full stop. */
export function proseSentences(strings) {
  return strings
    .flatMap(([, value]) => sentences(value))
    .filter((sentence) => words(sentence).length >= PROSE_WORDS)
    // A list line ("your lips … swell") reads as a sentence: capital first (the library's sentence
    // splitter needs one), full stop last.
    .map((sentence) => sentence.replace(/[:;,]$/, '').replace(/([^.!?])$/, '$1.').replace(/^\p{Ll}/u, (c) => c.toUpperCase()));
}

/** Flesch–Kincaid grade and reading ease of some prose sentences. */
export function proseFigures(prose) {
  const text = prose.join(' ');
  return {grade: rs.fleschKincaidGrade(text), ease: rs.fleschReadingEase(text), sentences: prose.length};
}

/**
 * The safety-critical groups, each with the paths it reads and its limit. `enforce: false` groups
 * are printed for reference only.
 */
export const GROUPS = [
  {name: 'health questions and hints', widget: 'eligibility', paths: /^(whyWeAsk|questions\.[^.]+\.(question|hint))$/, max: MAX_GRADE},
  {name: 'result reasons', widget: 'eligibility', paths: /^(questions\.[^.]+\.(reason|unsure)|weightLossReason|medicineWarning)$/, max: MAX_GRADE},
  {name: 'outcomes and next steps', widget: 'eligibility', paths: /^(outcomes\.|notDiagnosis|bookAfterDoctor)/, max: null},
  {name: 'notes (weight, fat, hair)', widget: 'eligibility', paths: /^notes\./, max: null},
  {name: 'non-urgent care card', widget: 'aftercare', paths: /^cards\.non-urgent\./, max: MAX_GRADE},
  {name: 'urgent care card', widget: 'aftercare', paths: /^cards\.urgent\./, max: MAX_GRADE},
  {name: 'emergency care card', widget: 'aftercare', paths: /^cards\.emergency\./, max: MAX_GRADE_EMERGENCY},
  {name: '"Do not" items and windows', widget: 'aftercare', paths: /^(items\.[^.]+\.text|windows\.|medicineWarning)/, max: null},
  {name: 'timeline lines', widget: 'aftercare', paths: /^timeline\./, max: null},
  {name: 'comparison table', widget: 'vs-filler', paths: /^aspects\./, max: null},
  {name: 'helper results', widget: 'vs-filler', paths: /^(recommendations\.|fatCaveat|fillerCaveat|hairNote|healthNote|severityNotes\.)/, max: null},
  {name: 'disclaimer', widget: 'eligibility', paths: /^disclaimer$/, max: MAX_GRADE},
];

/** One group's figures, on prose only. */
export function groupFigures(content, paths) {
  const strings = patientStrings(content).filter(([path]) => paths.test(path));
  return {...proseFigures(proseSentences(strings)), strings: strings.length};
}

/** One widget's figures: grade, reading ease, sentences, longest sentence, and what breaks a limit. */
export function contentFigures(content) {
  const all = patientStrings(content);
  // Headings and labels have no full stop; end each string as a sentence so they count as one.
  const text = all.map(([, value]) => (/[.!?:]$/.test(value.trim()) ? value.trim() : `${value.trim()}.`)).join(' ');
  const long = all.flatMap(([path, value]) =>
    sentences(value).filter((s) => words(s).length > MAX_WORDS).map((s) => `${path}: ${words(s).length} words: ${s}`),
  );
  const lengths = all.flatMap(([, value]) => sentences(value).map((s) => words(s).length));
  return {
    grade: rs.fleschKincaidGrade(text),
    ease: rs.fleschReadingEase(text),
    sentences: lengths.length,
    longest: Math.max(...lengths),
    long,
  };
}

async function loadContent() {
  const dir = mkdtempSync(join(tmpdir(), 'meso-content-'));
  try {
    const outfile = join(dir, 'content.mjs');
    await build({
      stdin: {
        contents: `export {eligibilityEn} from './src/content/en/eligibility.ts';
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
  // A canary: a check that cannot fail proves nothing. This jargon sentence must break both limits.
  const canary = contentFigures({
    x:
      'Notwithstanding considerable epidemiological heterogeneity, practitioners administering intradermal pharmacological ' +
      'formulations necessitate comprehensive contraindication evaluation before proceeding with any subsequent aesthetic intervention whatsoever.',
  });
  if (canary.grade <= MAX_GRADE || canary.long.length !== 1) {
    console.error('✖ the readability check no longer flags a grade-40, 21-word sentence');
    process.exit(1);
  }
  // A second canary: labels must not dilute the prose. Easy labels around one hard sentence still fail.
  const diluted = groupFigures(
    {a: 'Yes', b: 'No', c: 'Continue', d: 'Back', e: 'Practitioners administer intradermal pharmacological formulations cautiously.'},
    /./,
  );
  if (diluted.grade <= MAX_GRADE || diluted.sentences !== 1) {
    console.error('✖ the prose check no longer leaves out labels of fewer than five words');
    process.exit(1);
  }
  const content = await loadContent();
  const byWidget = {eligibility: content.eligibilityEn, aftercare: content.aftercareEn, 'vs-filler': content.vsFillerEn};
  let failed = false;
  console.log(
    `Readability (English), Flesch–Kincaid grade on prose (sentences of ${PROSE_WORDS}+ words): ` +
      `safety-critical groups ≤ ${MAX_GRADE}, the emergency card ≤ ${MAX_GRADE_EMERGENCY}; ≤ ${MAX_WORDS} words a sentence`,
  );
  for (const group of GROUPS) {
    const figures = groupFigures(byWidget[group.widget], group.paths);
    const ok = group.max === null || (figures.sentences > 0 && figures.grade <= group.max);
    failed ||= !ok;
    const mark = group.max === null ? '·' : ok ? '✔' : '✖';
    const limit = group.max === null ? '(reference)' : `limit ${group.max}`;
    console.log(
      `${mark} ${`<meso-${group.widget}>`.padEnd(19)}${group.name.padEnd(28)} grade ${figures.grade.toFixed(1).padStart(4)}  ` +
        `reading ease ${figures.ease.toFixed(1).padStart(5)}  ${String(figures.sentences).padStart(3)} sentences  ${limit}`,
    );
    if (group.max !== null && figures.sentences === 0) console.log('    no prose found: the group no longer matches its strings');
  }
  console.log('Per widget (reference): every string, and its prose');
  for (const [widget, strings] of Object.entries(byWidget)) {
    const figures = contentFigures(strings);
    const prose = proseFigures(proseSentences(patientStrings(strings)));
    const ok = figures.long.length === 0;
    failed ||= !ok;
    console.log(
      `${ok ? '✔' : '✖'} ${`<meso-${widget}>`.padEnd(19)}all strings grade ${figures.grade.toFixed(1).padStart(4)}, ` +
        `prose grade ${prose.grade.toFixed(1).padStart(4)} (${prose.sentences} sentences); longest sentence ${figures.longest} words`,
    );
    for (const line of figures.long) console.log(`    ${line}`);
  }
  if (failed) process.exit(1);
}
