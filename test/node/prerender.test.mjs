// Node tests of meso-widgets/ssr and the meso-widgets command, against the build (npm run build first).
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {chmodSync, lstatSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {prerender, PrerenderError, renderWidget} from '../../dist/ssr.js';

const BIN = new URL('../../bin/meso-widgets.js', import.meta.url).pathname;
const run = (args, {input, env} = {}) =>
  spawnSync(process.execPath, [BIN, ...args], {input, encoding: 'utf8', env: {...process.env, ...env}});

const PAGE = `<!doctype html>
<html lang="en">
<head><title>Clinic</title></head>
<body>
  <h1>Our treatments</h1>
  <meso-vs-filler view="compare" booking-url="https://clinic.example/book"></meso-vs-filler>
  <meso-eligibility heading-level="3" clinic-phone="+44 20 7946 0000">
    <script type="application/json">{"content": {"heading": "Could mesotherapy suit me?"}}</script>
  </meso-eligibility>
  <meso-aftercare treated-at="2026-11-24T10:30" now="2026-11-25T12:00"></meso-aftercare>
  <p>Footer &amp; more</p>
</body>
</html>
`;

/** The page with every declarative shadow root taken out again (prerender adds no attribute of its own). */
const withoutShadowRoots = (html) => html.replace(/<template shadowroot="open" shadowrootmode="open">[\s\S]*?<\/template>/g, '');
const shadowOf = (html, tag) => html.match(new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">([\\s\\S]*?)</template>`))?.[1] ?? '';
const visibleText = (html) => html.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('prerender()', () => {
  it('puts a declarative shadow root with the content into every widget and changes nothing else', async () => {
    const out = await prerender(PAGE);
    assert.equal(withoutShadowRoots(out), PAGE);
    assert.match(visibleText(shadowOf(out, 'meso-vs-filler')), /How they compare .*Dermal fillers/);
    assert.match(visibleText(shadowOf(out, 'meso-aftercare')), /When to get help/);
    assert.match(visibleText(shadowOf(out, 'meso-eligibility')), /Call the clinic: \+44 20 7946 0000/);
  });

  it('honours attributes and the JSON block', async () => {
    const eligibility = shadowOf(await prerender(PAGE), 'meso-eligibility');
    assert.match(eligibility, /<h3 id="title"[^>]*>Could mesotherapy suit me\?<\/h3>/);
    const compareOnly = shadowOf(await prerender(PAGE), 'meso-vs-filler');
    assert.doesNotMatch(compareOnly, /Which might suit you\?/);
  });

  it('leaves no Lit markers and ticks no box that is not ticked', async () => {
    const html = await renderWidget('meso-vs-filler');
    assert.doesNotMatch(html, /lit-part|lit-node/);
    assert.doesNotMatch(html, /checked="/);
    assert.equal(html.match(/ checked(?=[ />])/g)?.length, 1, 'only "I am not sure" is chosen');
  });

  it('is idempotent: a prerendered page is left as it is', async () => {
    const once = await prerender(PAGE);
    assert.equal(await prerender(once), once);
  });

  it('works on a fragment, as a CMS block holds', async () => {
    const out = await prerender('<meso-vs-filler view="compare"></meso-vs-filler>');
    assert.ok(out.startsWith('<meso-vs-filler view="compare"><template shadowroot="open" shadowrootmode="open"><style>'));
  });

  it('uses the aftercare `now`, never the server clock', async () => {
    const withNow = visibleText(shadowOf(await prerender(PAGE), 'meso-aftercare'));
    assert.match(withNow, /Your timeline Treated on Tue, Nov 24, 10:30 AM/);
    const withoutNow = shadowOf(await prerender('<meso-aftercare treated-at="2026-11-24T10:30"></meso-aftercare>'), 'meso-aftercare');
    assert.doesNotMatch(withoutNow, /part="timeline"/);
    assert.match(withoutNow, /part="form"/);
    const asked = shadowOf(await prerender('<meso-aftercare treated-at="2026-11-24T10:30"></meso-aftercare>', {now: '2026-11-25T12:00'}), 'meso-aftercare');
    assert.match(asked, /part="timeline"/);
  });

  it('shows the course of sessions when `now` is set (issue 23)', async () => {
    const course = visibleText(
      shadowOf(await prerender('<meso-aftercare treated-at="2026-11-24T10:30" now="2026-11-25T12:00" sessions="6" session-interval="P2W"></meso-aftercare>'), 'meso-aftercare'),
    );
    assert.match(course, /Possible dates for your next sessions Session 2 of 6: around Tue, Dec 8, 2026/);
    assert.match(course, /Session 6 of 6: /);
    assert.match(course, /They are not booked\. Book or confirm each session with the clinic/);
    const fromBlock = visibleText(
      shadowOf(
        await prerender('<meso-aftercare treated-at="2026-11-24T10:30" now="2026-11-25T12:00"><script type="application/json">{"course": {"sessions": 3, "interval": "P1M"}}</script></meso-aftercare>'),
        'meso-aftercare',
      ),
    );
    assert.match(fromBlock, /Session 3 of 3: around Sun, Jan 24, 2027/);
    await assert.rejects(prerender('<meso-aftercare treated-at="2026-11-24T10:30" now="2026-11-25T12:00" sessions="40" session-interval="P2W"></meso-aftercare>'), /sessions/);
  });

  for (const [name, input, message] of [
    ['an unknown meso-* tag', '<meso-faq></meso-faq>', /unknown element <meso-faq> at line 1, column 1/],
    ['a malformed JSON block', '<p>x</p>\n<meso-aftercare><script type="application/json">{"durations": {makeup: 48}}</script></meso-aftercare>', /<meso-aftercare> at line 2, column 1: the JSON block is not valid: .*invalid JSON/],
    ['an unknown JSON key', '<meso-aftercare><script type="application/json">{"rules": {}}</script></meso-aftercare>', /rules: unknown key/],
    ['a refused attribute', '<meso-vs-filler heading-level="9"></meso-vs-filler>', /heading-level/],
    ['text that is not HTML', '{"content": {}}', /not HTML/],
    ['binary data', '<p>\0\0</p>', /binary/],
    ['empty input', ' \n ', /the input is empty/],
    ['an unknown meso-* tag inside a widget', '<meso-vs-filler>\n  <meso-bogus></meso-bogus></meso-vs-filler>', /unknown element <meso-bogus> at line 2, column 3/],
    ['a tag cut off by the end of the input', '<div><meso-vs-filler clinic-phone="+1"', /ends inside a tag \(line 1, column 39\): is a ">" missing\?/],
    ['a comment cut off by the end of the input', '<meso-vs-filler></meso-vs-filler><!-- to do', /ends inside a comment \(line 1, column 44\): is a "-->" missing\?/],
    ['a widget whose JSON block is not closed', '<meso-aftercare><script type="application/json">{"durations": {"makeup": 48}}', /<meso-aftercare> at line 1, column 1 has no end tag.*add <\/meso-aftercare>/],
    ['a widget closed with /> before more content', '<div><meso-vs-filler/><p>Our prices</p></div>', /<meso-vs-filler> at line 1, column 6 has no end tag, so what follows it would be hidden/],
  ]) {
    it(`refuses ${name} with a clear message`, async () => {
      await assert.rejects(prerender(input), (error) => error instanceof PrerenderError && message.test(error.message));
    });
  }
});

describe('prerender() in the page language', () => {
  it('reads a whole document as a browser does, after any comments: its <html lang> applies', async () => {
    // `<!-->` and `--!>` end a comment in HTML; a byte order mark and blank lines may come first.
    for (const start of ['<!doctype html><html lang="fr">', '\uFEFF\n<!-- a --> <!-- b -->\n<HTML LANG=fr>', '<!--><html lang="fr">', '<!-- x --!><html\tlang="fr">']) {
      const out = await prerender(`${start}<body><meso-vs-filler></meso-vs-filler></body></html>`);
      assert.match(visibleText(out), /Mésothérapie ou injections de comblement\s\?/, JSON.stringify(start));
      assert.ok(out.startsWith(start), 'the start of the page is kept as it was');
    }
    // A fragment (text or an element first) has no <html> of its own: English unless a lang is nearer.
    const fragment = await prerender('<p>x</p><meso-vs-filler></meso-vs-filler>');
    assert.match(visibleText(fragment), /Mesotherapy or dermal fillers\?/);
  });

  it('renders each widget in its language: its own lang, the nearest ancestor, or the page', async () => {
    const out = await prerender(`<!doctype html>
<html lang="fr"><body>
  <meso-vs-filler></meso-vs-filler>
  <div lang="de"><meso-aftercare now="2026-11-25T12:00"></meso-aftercare></div>
  <meso-eligibility lang="es"></meso-eligibility>
  <meso-eligibility lang="en-GB"></meso-eligibility>
</body></html>`);
    assert.match(visibleText(shadowOf(out, 'meso-vs-filler')), /Mésothérapie ou injections de comblement \?/);
    assert.match(visibleText(shadowOf(out, 'meso-aftercare')), /Wann Sie Hilfe holen sollten/);
    const [spanish, english] = [...out.matchAll(/<meso-eligibility[^>]*><template[^>]*>([\s\S]*?)<\/template>/g)].map((m) => visibleText(m[1]));
    assert.match(spanish, /JavaScript/);
    assert.doesNotMatch(spanish, /needs JavaScript/);
    assert.match(english, /needs JavaScript/);
  });

  it('treats an empty lang as none, as the browser does: the nearest ancestor applies', async () => {
    const out = await prerender('<div lang="fr"><meso-vs-filler lang=""></meso-vs-filler></div>');
    assert.match(visibleText(out), /Mésothérapie ou injections de comblement \?/);
    assert.ok(out.startsWith('<div lang="fr"><meso-vs-filler lang=""><template'), out.slice(0, 80));
  });

  it('writes a reflected value the element tidied as the element has it, so the static copy styles alike', async () => {
    const out = await prerender('<p>a</p><meso-vs-filler theme=" DARK " view="compare"></meso-vs-filler>');
    assert.ok(out.startsWith('<p>a</p><meso-vs-filler theme="dark" view="compare"><template'), out.slice(0, 80));
  });

  it('keeps the author\'s attribute text as written (quotes, entities, unquoted values)', async () => {
    const start = `<meso-vs-filler clinic-name="O'Brien &amp; <Co> é" booking-label='Say "hi"' heading-level=3 theme=Dark>`;
    const out = await prerender(`${start}</meso-vs-filler>`);
    assert.ok(out.startsWith(start.replace('theme=Dark>', 'theme="dark"><template')), out.slice(0, 160));
  });

  it('accepts a widget closed with /> when nothing follows it inside its parent', async () => {
    const out = await prerender('<div><meso-vs-filler/></div>');
    assert.ok(out.startsWith('<div><meso-vs-filler><template'), out.slice(0, 80));
  });

  it('lays an Arabic widget out right to left on any page, unless the element has its own dir (issue 25)', async () => {
    const out = await prerender('<div dir="ltr"><meso-vs-filler lang="ar"></meso-vs-filler><meso-vs-filler lang="en"></meso-vs-filler></div>');
    const frames = [...out.matchAll(/<div class="frame"( dir="(\w+)")?/g)].map((m) => m[2] ?? '');
    assert.deepEqual(frames, ['rtl', 'ltr']);
    const own = await prerender('<meso-vs-filler lang="ar" dir="ltr"></meso-vs-filler>');
    assert.match(own, /<div class="frame"\s*>/);
    assert.ok(own.startsWith('<meso-vs-filler lang="ar" dir="ltr"><template'), own.slice(0, 80));
  });

  it('writes an Egyptian widget in Arabic-Indic digits and a Moroccan one in Western digits, as the browser does (issue 25)', async () => {
    const egypt = visibleText(await prerender('<div lang="ar-EG"><meso-vs-filler></meso-vs-filler></div>'));
    assert.match(egypt, /١٥/);
    assert.doesNotMatch(egypt, /[0-9]/);
    const morocco = visibleText(await prerender('<meso-vs-filler lang="ar-MA"></meso-vs-filler>'));
    assert.match(morocco, /15/);
    assert.doesNotMatch(morocco, /[\u0660-\u0669]/);
  });

  it('shows Arabic dates with the digits every browser shows', async () => {
    const out = visibleText(await prerender('<meso-vs-filler lang="ar"></meso-vs-filler>'));
    assert.match(out, /[\u0600-\u06ff]/);
    assert.doesNotMatch(out, /[\u0660-\u0669]/);
  });

  it('refuses what it cannot use: a string is needed, and JSON keys the element knows', async () => {
    await assert.rejects(prerender(Buffer.from('<p>x</p>')), (error) => error instanceof PrerenderError && /as a string, not object/.test(error.message));
    await assert.rejects(renderWidget('meso-vs-filler', {}, {rules: {}}), (error) => error instanceof PrerenderError && /takes no "rules"/.test(error.message));
  });
});

describe('meso-widgets prerender (the command)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'meso-cli-'));
  const page = join(dir, 'page.html');
  writeFileSync(page, PAGE);

  it('reads a file and writes the prerendered page to standard output', async () => {
    const result = run(['prerender', page]);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, await prerender(PAGE));
    assert.equal(result.stderr, '');
  });

  it('reads standard input when no file is given', () => {
    const result = run(['prerender'], {input: '<meso-vs-filler></meso-vs-filler>'});
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^<meso-vs-filler><template shadowroot/);
  });

  it('gives the same output in any server time zone', () => {
    const [auckland, honolulu] = ['Pacific/Auckland', 'Pacific/Honolulu'].map((TZ) => run(['prerender', page], {env: {TZ}}).stdout);
    assert.equal(auckland, honolulu);
  });

  it('on bad input: a clear message on standard error, exit 1, and --output left as it was', () => {
    const target = join(dir, 'out.html');
    writeFileSync(target, 'previous version');
    const result = run(['prerender', '--output', target], {input: '<meso-faq></meso-faq>'});
    assert.equal(result.status, 1);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /meso-widgets: standard input: unknown element <meso-faq> at line 1, column 1/);
    assert.equal(readFileSync(target, 'utf8'), 'previous version');
  });

  it('renders a French page in French', () => {
    const result = run(['prerender'], {input: '<html lang="fr"><body><meso-vs-filler></meso-vs-filler></body></html>'});
    assert.equal(result.status, 0, result.stderr);
    assert.match(visibleText(result.stdout), /Mésothérapie ou injections de comblement \?/);
  });

  it('refuses input that is not UTF-8 rather than change its characters', () => {
    for (const input of [Buffer.from('<!doctype html><meta charset="iso-8859-1"><p>Caf\xe9</p><meso-vs-filler></meso-vs-filler>', 'latin1'), Buffer.from([0x3c, 0x80, 0x81])]) {
      const result = run(['prerender'], {input});
      assert.equal(result.status, 1);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, /standard input is not UTF-8 text[\s\S]*Nothing was written/);
    }
  });

  it('says so when the input is UTF-16', () => {
    const result = run(['prerender'], {input: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>x</p>', 'utf16le')])});
    assert.equal(result.status, 1);
    assert.match(result.stderr, /standard input is UTF-16 text; save it as UTF-8/);
  });

  it('keeps a byte order mark', () => {
    const result = run(['prerender'], {input: '\uFEFF<meso-vs-filler></meso-vs-filler>'});
    assert.equal(result.status, 0, result.stderr);
    assert.ok(result.stdout.startsWith('\uFEFF<meso-vs-filler'));
  });

  it('--output onto a symbolic link replaces the file it points to, with its permissions', () => {
    const real = join(dir, 'real.html');
    const link = join(dir, 'link.html');
    writeFileSync(real, 'old');
    chmodSync(real, 0o600);
    symlinkSync(real, link);
    const result = run(['prerender', page, '-o', link]);
    assert.equal(result.status, 0, result.stderr);
    assert.ok(lstatSync(link).isSymbolicLink());
    assert.match(readFileSync(real, 'utf8'), /<template shadowroot/);
    assert.equal(statSync(real).mode & 0o777, 0o600);
    const dangling = join(dir, 'dangling.html');
    symlinkSync(join(dir, 'not-yet.html'), dangling);
    assert.equal(run(['prerender', page, '-o', dangling]).status, 0);
    assert.ok(lstatSync(dangling).isSymbolicLink());
    assert.match(readFileSync(join(dir, 'not-yet.html'), 'utf8'), /<template shadowroot/);
  });

  it('writes --output whole when all went well', async () => {
    const target = join(dir, 'static.html');
    const result = run(['prerender', page, '-o', target]);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(readFileSync(target, 'utf8'), await prerender(PAGE));
  });

  it('explains wrong arguments and a missing file', () => {
    const unknown = run(['prerender', '--fast']);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /unknown option --fast[\s\S]*Usage: meso-widgets prerender/);
    const missing = run(['prerender', join(dir, 'nope.html')]);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /cannot read .*nope\.html/);
    const help = run(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /--now ISO-TIME/);
  });
});
