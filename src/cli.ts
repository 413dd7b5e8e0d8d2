/**
 * The `meso-widgets` command (`npx meso-widgets prerender page.html > page.static.html`).
 * `main` takes its arguments and its input and output streams, so tests can run it in-process.
 * @packageDocumentation
 */
import {randomBytes} from 'node:crypto';
import {constants} from 'node:fs';
import {lstat, open, readFile, readlink, rename, rm, stat, type FileHandle} from 'node:fs/promises';
import {basename, dirname, join, resolve} from 'node:path';
import {prerender, PrerenderError} from './ssr.js';

/** What the command reads and writes. */
export interface CliIo {
  stdin: AsyncIterable<Buffer | string>;
  stdout: {write(text: string): unknown};
  stderr: {write(text: string): unknown};
}

/** The text `meso-widgets help` prints. */
export const USAGE = `Usage: meso-widgets prerender [page.html] [--output file] [--now ISO-time]

Writes the page with every <meso-*> widget rendered into it as static HTML
(declarative shadow DOM), so the widgets' content shows before and without
JavaScript. Reads standard input when no file is given; writes standard output
unless --output is given (then the file is replaced only when all went well).

  --output, -o FILE  write to FILE instead of standard output
  --now ISO-TIME     the time <meso-aftercare> treats as now, e.g. 2026-11-25T12:00
  --help, -h         show this help

Exit codes: 0 done, 1 the input was refused (the reason is on standard error),
2 wrong arguments.
`;

interface Parsed {
  command?: string;
  file?: string;
  output?: string;
  now?: string;
  help: boolean;
}

function parseArgs(argv: string[]): Parsed | string {
  const parsed: Parsed = {help: false};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') parsed.help = true;
    else if (arg === '--output' || arg === '-o' || arg === '--now') {
      const value = argv[++i];
      if (value === undefined || value.startsWith('-')) return `${arg} needs a value`;
      if (arg === '--now') parsed.now = value;
      else parsed.output = value;
    } else if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`;
    else if (!parsed.command) parsed.command = arg;
    else if (!parsed.file) parsed.file = arg;
    else return `unexpected argument ${arg}`;
  }
  return parsed;
}

async function readAll(stream: AsyncIterable<Buffer | string>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** The input as text: UTF-8 only, so nothing in the page is silently changed into replacement characters. */
function decode(bytes: Buffer, name: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new Error(`${name} is UTF-16 text; save it as UTF-8 (for example \`iconv -f utf-16 -t utf-8\`) and run the command again`);
  }
  try {
    return new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(bytes);
  } catch {
    throw new Error(`${name} is not UTF-8 text; save it as UTF-8 (for example \`iconv -f latin1 -t utf-8\`) and run the command again`);
  }
}

/** The file a path names once symbolic links are followed (at most 40, as the system does). */
async function followLinks(path: string): Promise<string> {
  let at = path;
  for (let hops = 0; hops < 40; hops++) {
    const info = await lstat(at).catch(() => undefined);
    if (!info?.isSymbolicLink()) return at;
    at = resolve(dirname(at), await readlink(at));
  }
  return at;
}

/** Runs the command; resolves to the exit code. Output is written only once it is complete. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (typeof parsed === 'string') {
    io.stderr.write(`meso-widgets: ${parsed}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.help || parsed.command === 'help') {
    io.stdout.write(USAGE);
    return 0;
  }
  if (parsed.command !== 'prerender') {
    io.stderr.write(`meso-widgets: ${parsed.command ? `unknown command ${parsed.command}` : 'no command given'}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.now !== undefined && Number.isNaN(Date.parse(parsed.now))) {
    io.stderr.write(`meso-widgets: --now ${JSON.stringify(parsed.now)} is not an ISO 8601 time, e.g. 2026-11-25T12:00\n`);
    return 2;
  }
  const name = parsed.file && parsed.file !== '-' ? parsed.file : 'standard input';
  let bytes: Buffer;
  try {
    bytes = name === 'standard input' ? await readAll(io.stdin) : await readFile(name);
  } catch (error) {
    io.stderr.write(`meso-widgets: cannot read ${name}: ${(error as Error).message}\n`);
    return 1;
  }
  let source: string;
  try {
    source = decode(bytes, name);
  } catch (error) {
    io.stderr.write(`meso-widgets: ${(error as Error).message}\nNothing was written.\n`);
    return 1;
  }
  let result: string;
  try {
    result = await prerender(source, {now: parsed.now});
  } catch (error) {
    const message = error instanceof PrerenderError ? error.message : String((error as Error)?.stack ?? error);
    io.stderr.write(`meso-widgets: ${name}: ${message}\nNothing was written.\n`);
    return 1;
  }
  if (!parsed.output) {
    io.stdout.write(result);
    return 0;
  }
  try {
    await writeAtomically(parsed.output, result);
  } catch (error) {
    io.stderr.write(`meso-widgets: cannot write ${parsed.output}: ${(error as Error).message}\n`);
    return 1;
  }
  return 0;
}

/**
 * Replaces `output` with `text`: the file is either the old one or the whole new one. The text goes
 * into a new file beside the target, created exclusively (`O_CREAT | O_EXCL | O_NOFOLLOW`) under a
 * random name, so a file or link planted there is never followed or overwritten; its mode and
 * owner are set through the open handle, then it is renamed onto the target. A symbolic link at
 * `output` stays a link (the file it points to is replaced, even one not there yet), as a shell's
 * `>` would write through it; an existing file keeps its permissions and, where allowed, its owner.
 */
async function writeAtomically(output: string, text: string): Promise<void> {
  const target = await followLinks(output);
  const existing = await stat(target).catch(() => undefined);
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(12).toString('hex')}.tmp`);
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;
  // A new file gets the usual mode (0666 less the umask); a replaced one its own, set once written.
  const handle: FileHandle = await open(temporary, flags, existing ? 0o600 : 0o666);
  try {
    await handle.writeFile(text, 'utf8');
    if (existing) {
      await handle.chown(existing.uid, existing.gid).catch(() => undefined);
      await handle.chmod(existing.mode & 0o7777);
    }
    await handle.sync();
    await handle.close();
    await rename(temporary, target);
  } catch (error) {
    await handle.close().catch(() => undefined);
    // Only the file this call created is removed.
    await rm(temporary, {force: true});
    throw error;
  }
}
