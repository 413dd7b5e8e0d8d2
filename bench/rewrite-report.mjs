// Rewrites BENCHMARKS.md from the last run's bench/results.json and the breakdown table already in
// BENCHMARKS.md, without measuring again (for changes to the report's wording).
import {readFileSync} from 'node:fs';
import {summarize, writeReport} from './report.mjs';

const results = JSON.parse(readFileSync('bench/results.json', 'utf8'));
const previous = readFileSync('BENCHMARKS.md', 'utf8');
const breakdown = [...previous.matchAll(/\| ((?:lit|own)-[^|]+) \| ([\d.]+) ms \| ([\d.]+) ms \| ([\d.]+) ms \|/g)].map((m) => ({
  page: m[1].trim(),
  parsed: Number(m[2]),
  evaluated: Number(m[3]),
  rendered: Number(m[4]),
}));
const chromium = /: (Chromium [^,]+),/.exec(previous)?.[1] ?? 'Chromium';
const date = /on (\d{4}-\d{2}-\d{2})/.exec(previous)?.[1];
const samples = results.benchmarks[0]?.samples.length ?? 0;
writeReport(summarize(results), {samples, chromium, breakdown, date});
console.log('bench: rewrote BENCHMARKS.md from bench/results.json');
