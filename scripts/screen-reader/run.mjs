// What a blind patient hears: GNOME Orca reads each flow of test/screen-reader/flows.mjs in
// Firefox ESR, driven by keyboard, and the transcript of every flow is compared with the one
// committed in test/screen-reader/transcripts/.
//
//   node scripts/screen-reader/run.mjs                 compare every flow
//   node scripts/screen-reader/run.mjs --update        write the transcripts (then read the diff)
//   node scripts/screen-reader/run.mjs --only a,b      only the flows whose id starts with a or b
//   node scripts/screen-reader/run.mjs --debug         also keep Orca's debug log
//   node scripts/screen-reader/run.mjs --flows f.mjs   other flows (to listen to a prototype page)
//
// Needs the build (`npm run build`) and Debian's orca, firefox-esr, xvfb, xdotool, openbox,
// at-spi2-core, dbus-x11 (`.ci/run` installs them). Run it under `flock /work/coord/heavy.lock`
// on a shared machine: it is timing-sensitive. Its reports go to reports/screen-reader/.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {tmpdir} from 'node:os';
import {extname, join, normalize, resolve} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {PACKAGES, packageVersion, startSession, waitFor} from './session.mjs';
import {expandKeys, formatTranscript, isOtherDocumentLoaded, keyLabel} from './transcript.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const transcriptsDir = join(root, 'test/screen-reader/transcripts');
const reportsDir = join(root, 'reports/screen-reader');
const versionsPath = join(transcriptsDir, 'versions.json');

/**
 * How long Orca gets to start speaking after a key, and how long it must then be idle (no
 * accessibility event from Firefox, nothing being handled) before the next key.
 */
const FIRST_WORD_MS = 2500;
const QUIET_MS = Number(process.env.MESO_SR_QUIET_MS ?? 300);
/** After "Finished loading", Orca reads a page summary and the first line: wait for that to end. */
const LOAD_QUIET_MS = 600;
/** On a slow machine, Orca must be idle as long as its first word took, up to this. */
const MAX_QUIET_MS = 2000;

/** What Orca says when focus has gone to Firefox's own toolbars, or another page loaded. */
const LEFT_THE_PAGE = /^(Browser tabs tool bar|Navigation tool bar|Finished loading|Loading\.)/;

/** The title of the page the running flow is on. */
let pageTitle = '';

class LeftThePage extends Error {
  constructor(said, line) {
    super(`focus left the page ("${line}"): the flow stopped there`);
    this.said = said;
  }
}

const log = (line) => console.log(`screen reader: ${line}`);
/** Every utterance with the key that came before it, for a person reading a failure. */
const fullLog = [];
let update = false;

async function main() {
  const args = process.argv.slice(2);
  update = args.includes('--update');
  const debugLog = args.includes('--debug');
  const onlyArg = args.find((arg, i) => args[i - 1] === '--only') ?? args.find((arg) => arg.startsWith('--only='))?.slice(7);
  const only = onlyArg ? onlyArg.split(',').filter(Boolean) : null;

  // --flows <module>: other flows (a prototype page to listen to), same shape as flows.mjs.
  const flowsArg = args.find((arg, i) => args[i - 1] === '--flows');
  const {FLOWS, renderPage} = await import(flowsArg ? pathToFileURL(resolve(flowsArg)).href : '../../test/screen-reader/flows.mjs');
  const flows = FLOWS.filter((flow) => !only || only.some((prefix) => flow.id.startsWith(prefix)));
  if (!flows.length) {
    console.error(`screen reader: no flow matches --only ${onlyArg}`);
    return 1;
  }

  // The tools must be there, and Orca must be the version the transcripts were recorded with.
  const missing = PACKAGES.filter(([command]) => spawnSync('sh', ['-c', `command -v ${command}`]).status !== 0 && !existsSync(command));
  if (missing.length) {
    console.error(`screen reader: missing ${missing.map(([, pkg]) => pkg).join(', ')} (apt-get install them; .ci/run does)`);
    return 1;
  }
  // The versions the transcripts were recorded with, beside them. Orca is pinned (.ci/run
  // installs that version); Firefox ESR gets security updates, so a different one is only noted.
  const recorded = JSON.parse(readFileSync(versionsPath, 'utf8'));
  const versions = {orca: packageVersion('orca'), firefox: packageVersion('firefox-esr')};
  if (versions.orca !== recorded.orca) {
    console.error(
      `screen reader: Orca ${versions.orca || '(none)'} is installed; the transcripts are Orca ${recorded.orca} (apt-get install orca=${recorded.orca})`,
    );
    return 1;
  }
  if (versions.firefox !== recorded['firefox-esr'])
    console.log(`screen reader: note: Firefox ESR ${versions.firefox}; the transcripts were recorded with ${recorded['firefox-esr']}`);
  if (!existsSync(join(root, 'dist/meso-widgets.js'))) {
    console.error('screen reader: dist/meso-widgets.js is missing: run `npm run build` first');
    return 1;
  }

  // The pages: each flow's clinic page at /sr/<id>.html, loading the built bundle from /dist/.
  const pages = new Map(flows.map((flow) => [`/sr/${flow.id}.html`, renderPage(flow)]));
  const TYPES = {'.js': 'text/javascript; charset=utf-8', '.map': 'application/json', '.json': 'application/json'};
  const distDir = join(root, 'dist');
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const page = pages.get(path);
    if (page) return void response.writeHead(200, {'content-type': 'text/html; charset=utf-8'}).end(page);
    const file = normalize(join(root, decodeURIComponent(path)));
    if (!file.startsWith(distDir + '/') || !existsSync(file)) return void response.writeHead(404).end('not found');
    response.writeHead(200, {'content-type': TYPES[extname(file)] ?? 'application/octet-stream'}).end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const base = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;

  const workDir = mkdtempSync(join(tmpdir(), 'meso-sr-'));
  mkdirSync(reportsDir, {recursive: true});
  const started = Date.now();
  const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1);

  /** @type {import('./session.mjs').Session | undefined} */
  let session;
  const results = [];
  /** The differences of first runs that passed or failed when run again (reports/screen-reader/retries.log). */
  const retried = [];
  let exitCode = 0;
  try {
    log(`Orca ${versions.orca}, Firefox ESR ${versions.firefox}; ${flows.length} flow(s)`);
    /** How many times each flow ran: a flow that differs runs once more, in a fresh session. */
    const attempts = new Map();
    for (let index = 0; index < flows.length; index++) {
      const flow = flows[index];
      pageTitle = flow.title;
      const flowStart = Date.now();
      const url = `${base}/sr/${flow.id}.html`;
      const sections = [];
      const expectedPath = join(transcriptsDir, `${flow.id}.txt`);
      const expected = !update && existsSync(expectedPath) ? readFileSync(expectedPath, 'utf8') : null;
      let error = '';
      let keysRun = 0;
      try {
        if (!session) {
          // Each session in a directory of its own: a Firefox profile used before restores that
          // browser's tabs in the background, and Orca announces them ("Finished loading <a
          // page of an earlier flow>.", then "Finished loading." for Firefox's own blank pages).
          session = await startSession({workDir: mkdtempSync(join(workDir, 'session-')), url, pageTitle: flow.title, debugLog, log});
        } else {
          await open(session, url, flow.title);
        }
        const loaded = Date.now();
        const before = session.speech.lines.length;
        await settle(session, LOAD_QUIET_MS);
        fullLog.push(`# ${flow.id}: after "Finished loading"`, ...session.speech.lines.slice(before).map((line) => `+${line.at - loaded} ms: ${line.text}`));
        await ping(session);
        let first = true;
        steps: for (const [label, ...keys] of flow.steps) {
          const presses = [];
          sections.push({label, presses});
          for (const key of expandKeys(keys)) {
            try {
              presses.push({key: keyLabel(key), said: await press(session, key, first)});
            } catch (caught) {
              // Keep what was said when focus left the page: it shows where it went.
              if (caught instanceof LeftThePage) presses.push({key: keyLabel(key), said: caught.said});
              keysRun++;
              throw caught;
            }
            first = false;
            keysRun++;
            // Past the first difference the flow is somewhere else (maybe outside the page): stop.
            if (expected !== null && !continuesAs(expected, formatTranscript(flow, sections, ''))) {
              error = `stopped after the first difference (key ${keysRun}, "${keyLabel(key)}" in "${label}")`;
              break steps;
            }
          }
        }
      } catch (caught) {
        error = caught instanceof Error ? caught.message : String(caught);
      }
      const actual = formatTranscript(flow, sections, error);
      const result = compare(flow, actual, error ? keysRun : Infinity);
      const attempt = (attempts.get(flow.id) ?? 0) + 1;
      attempts.set(flow.id, attempt);
      log(`${result.status.padEnd(7)} ${flow.id} (${seconds(flowStart)} s)${error ? `: ${error}` : ''}`);
      if (result.status === 'FAIL' && !update && attempt < 2) {
        // Orca and Firefox's accessibility events race now and then (a radio heard "not selected"
        // an instant before it is): a difference counts only when the flow, run again from a fresh
        // session, differs too. The first run's difference stays in the log and in retries.log.
        retried.push(`--- ${flow.id}, first run\n${result.diff}`);
        log(`again   ${flow.id}: the first run differed; running it once more from a fresh session`);
        await session?.stop();
        session = undefined;
        index--;
        continue;
      }
      results.push(result);
      if (error && index < flows.length - 1 && session) {
        // A flow that broke may leave Firefox anywhere: start the next one from a fresh session.
        await session.stop();
        session = undefined;
      }
    }
  } finally {
    await session?.stop();
    server.close();
    writeFileSync(join(reportsDir, 'speech.log'), fullLog.join('\n') + '\n');
    writeFileSync(join(reportsDir, 'retries.log'), retried.join('\n\n') + '\n');
    if (!process.env.MESO_SR_KEEP) rmSync(workDir, {recursive: true, force: true});
  }

  if (results.some((result) => result.status === 'new' || result.status === 'updated'))
    writeFileSync(versionsPath, JSON.stringify({...recorded, 'firefox-esr': versions.firefox}, null, 2) + '\n');
  const failed = results.filter((result) => result.status === 'FAIL');
  for (const result of failed) {
    console.log(`\n--- ${result.flow.id}: what Orca said differs from test/screen-reader/transcripts/${result.flow.id}.txt`);
    console.log(result.diff);
  }
  const written = results.filter((result) => result.status === 'new' || result.status === 'updated').length;
  log(
    `${results.length - failed.length} of ${results.length} flows as expected${written ? ` (${written} transcript(s) written)` : ''}` +
      `${retried.length ? ` (${retried.length} after a second run: reports/screen-reader/retries.log)` : ''}; ` +
      `${seconds(started)} s. Reports: reports/screen-reader/`,
  );
  if (failed.length) {
    log('after an intended change, run `npm run test:screen-reader -- --update` and read `git diff test/screen-reader/`');
    exitCode = 1;
  }
  return exitCode;
}

/** Goes to `url` the way a person does: the address bar, then Enter; waits for Orca's "Finished loading". */
async function open(s, url, title) {
  const from = s.speech.poll();
  s.key('ctrl+l');
  await waitFor(() => s.speech.poll() > from, FIRST_WORD_MS * 2, 'the address bar did not take focus');
  s.type(url);
  const mark = s.speech.poll();
  s.key('Return');
  await s.waitForLoad(title, mark);
}

/**
 * Makes sure Orca hears keys in the page before the flow's first key: "where am I" (KP_Enter)
 * moves nothing, so it is safe to press again when the first press is lost.
 */
async function ping(s) {
  for (let attempt = 1; attempt <= 2; attempt++) {
    const from = s.speech.poll();
    s.key('KP_Enter');
    if (await waitForWord(s, from, FIRST_WORD_MS * 2)) {
      await settle(s, QUIET_MS);
      fullLog.push(`> KP_Enter (before the flow: Orca hears keys)`, ...s.speech.lines.slice(from).map((line) => line.text));
      return;
    }
    log(`Orca did not answer "where am I" (attempt ${attempt})`);
  }
  throw new Error('Orca does not answer keys in the page');
}

/**
 * Presses `key` and returns what Orca said for it: everything from its first word until Orca has
 * been idle for a while (QUIET_MS, or as long as the first word took when the machine is slow).
 * The first key after a page load is pressed once more if, once Orca is idle, it has said
 * nothing: a key can be lost while Firefox settles.
 */
async function press(s, key, first) {
  const from = s.speech.poll();
  const sent = Date.now();
  send(s, key);
  let heard = await waitForWord(s, from, first ? FIRST_WORD_MS * 2 : FIRST_WORD_MS);
  if (!heard && first) {
    // Slow, or lost? Let Orca finish what it may be doing before deciding.
    await settle(s, 1000);
    heard = s.speech.poll() > from;
    if (!heard) {
      log(`no answer to the first key (${keyLabel(key)}): pressing it once more`);
      send(s, key);
      heard = await waitForWord(s, from, FIRST_WORD_MS * 2);
    }
  }
  const latency = heard ? s.speech.lines[from].at - sent : 0;
  await settle(s, Math.min(MAX_QUIET_MS, Math.max(QUIET_MS, latency)));
  const lines = s.speech.lines.slice(from);
  fullLog.push(`> ${keyLabel(key)} (settled after ${Date.now() - sent} ms)`, ...lines.map((line) => `+${line.at - sent} ms: ${line.text}`));
  // Another document's "Finished loading" is no part of the page: noted in speech.log, left out.
  const said = lines.map((line) => line.text).filter((text) => !isOtherDocumentLoaded(text, pageTitle));
  const outside = said.find((text) => LEFT_THE_PAGE.test(text));
  if (outside) throw new LeftThePage(said, outside);
  return said;
}

function send(s, key) {
  if (typeof key === 'string') s.key(key);
  else s.type(key.type);
}

async function waitForWord(s, from, timeoutMs = FIRST_WORD_MS) {
  try {
    await waitFor(() => s.speech.poll() > from, timeoutMs, 'silent', 20);
    return true;
  } catch {
    return false;
  }
}

/**
 * Waits until Orca has been idle (no accessibility event or key received or being handled) for
 * `quietMs`: then whatever the last key caused has been said. At most `limitMs`.
 */
async function settle(s, quietMs, limitMs = 15000) {
  const end = Date.now() + limitMs;
  while (Date.now() < end) {
    const {idleMs, queued} = await s.orcaIdle();
    if (queued === 0 && idleMs >= quietMs) return;
    await new Promise((done) => setTimeout(done, Math.max(20, quietMs - idleMs)));
  }
  log(`Orca was still busy after ${limitMs / 1000} s`);
}

/** Whether `expected` begins with `partial` and goes on with a new key, step or its end. */
function continuesAs(expected, partial) {
  if (!expected.startsWith(partial)) return false;
  const next = expected.slice(partial.length).split('\n', 1)[0];
  return next === '' || next.startsWith('> ') || next.startsWith('## ');
}

/** The transcript up to (not including) its key number `keys + 1`, and how many keys it leaves out. */
function cutAfterKeys(text, keys) {
  const lines = text.split('\n');
  let seen = 0;
  for (const [i, line] of lines.entries()) {
    if (line.startsWith('> ') && ++seen > keys) {
      let end = i;
      while (end > 0 && (lines[end - 1] === '' || lines[end - 1].startsWith('## '))) end--;
      const left = lines.slice(i).filter((rest) => rest.startsWith('> ')).length;
      return {text: lines.slice(0, end).join('\n') + '\n', left};
    }
  }
  return {text, left: 0};
}

/**
 * Compares a flow's transcript with the committed one (or writes it in update mode). A flow that
 * stopped after `keysRun` keys is compared with the committed one cut at the same key.
 */
function compare(flow, actual, keysRun) {
  const expectedPath = join(transcriptsDir, `${flow.id}.txt`);
  const actualPath = join(reportsDir, `${flow.id}.txt`);
  writeFileSync(actualPath, actual);
  const expected = existsSync(expectedPath) ? readFileSync(expectedPath, 'utf8') : null;
  if (expected === actual) return {flow, status: 'ok'};
  // A flow that broke is never written as the expected transcript.
  if (update && !Number.isFinite(keysRun)) {
    mkdirSync(transcriptsDir, {recursive: true});
    writeFileSync(expectedPath, actual);
    return {flow, status: expected === null ? 'new' : 'updated'};
  }
  let diff = `(no committed transcript; run with --update to write ${expectedPath})`;
  if (expected !== null) {
    const cut = Number.isFinite(keysRun) ? cutAfterKeys(expected, keysRun) : {text: expected, left: 0};
    const cutPath = join(reportsDir, `${flow.id}.expected.txt`);
    writeFileSync(cutPath, cut.text);
    diff = spawnSync('diff', ['-u', '--label', `expected ${flow.id}.txt`, '--label', `heard ${flow.id}.txt`, cutPath, actualPath], {
      encoding: 'utf8',
    }).stdout;
    rmSync(cutPath);
    if (cut.left) diff += `(the flow stopped there: ${cut.left} more key(s) of the expected transcript were not pressed)\n`;
  }
  writeFileSync(join(reportsDir, `${flow.id}.diff`), diff);
  return {flow, status: 'FAIL', diff};
}

process.exit(await main());
