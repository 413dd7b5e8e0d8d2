// Content checks for `npm test`: per widget, the Flesch–Kincaid grade of everything a patient can
// read (from the maintained `text-readability` package, a port of Python's textstat), and the
// length of every sentence. Prints the figures and fails above the limits.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import rs from 'text-readability';

/** The content rules' limits. */
export const MAX_GRADE = 6;
export const MAX_WORDS = 20;

/** Keys that are not read by patients: dates, file names, review fields and clinic lists. */
const NOT_PATIENT_TEXT = /(^|\.)(updated|reviewed|filename|hiddenItems|extraDonts)(\.|\[|$)/;

/** Sample values for the placeholders, so templates read as the patient sees them. */
const SAMPLES = {n: '3', total: '9', item: 'Alcohol', time: 'Wed 25 Nov at 2 pm', date: '25 November 2026', percent: '40%',
  clinic: 'the clinic', label: 'Pregnancy', headline: 'Not right now', title: 'Your goals match both', concern: 'Thinning hair',
  treatment: 'Mesotherapy', aspect: 'Main goal', by: 'Dr A. Patel'};

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
  const content = await loadContent();
  const widgets = {'meso-eligibility': content.eligibilityEn, 'meso-aftercare': content.aftercareEn, 'meso-vs-filler': content.vsFillerEn};
  let failed = false;
  console.log(`Readability (English), limits: Flesch–Kincaid grade ≤ ${MAX_GRADE}, ≤ ${MAX_WORDS} words a sentence`);
  for (const [tag, strings] of Object.entries(widgets)) {
    const figures = contentFigures(strings);
    const ok = figures.grade <= MAX_GRADE && figures.long.length === 0;
    failed ||= !ok;
    console.log(
      `${ok ? '✔' : '✖'} ${tag.padEnd(17)} grade ${figures.grade.toFixed(1).padStart(4)}  reading ease ${figures.ease.toFixed(1)}  ` +
        `${figures.sentences} sentences, longest ${figures.longest} words`,
    );
    if (figures.grade > MAX_GRADE) console.log(`    grade ${figures.grade.toFixed(1)} is above ${MAX_GRADE}`);
    for (const line of figures.long) console.log(`    ${line}`);
  }
  if (failed) process.exit(1);
}
