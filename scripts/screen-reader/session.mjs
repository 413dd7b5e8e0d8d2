// A private desktop for a real screen reader: Xvfb, a D-Bus session, openbox, the AT-SPI bus,
// GNOME Orca (no speech engine; every utterance goes to a log) and Firefox ESR with a fresh
// profile. Every process is started here and stopped here by the PID we recorded.
// See ../../test/screen-reader/README.md for how the pieces fit.
import {spawn, spawnSync} from 'node:child_process';
import {closeSync, mkdirSync, openSync, readSync, statSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The Debian packages the harness needs, by the command that shows each is there. */
export const PACKAGES = [
  ['Xvfb', 'xvfb'],
  ['firefox-esr', 'firefox-esr'],
  ['orca', 'orca'],
  ['xdotool', 'xdotool'],
  ['openbox', 'openbox'],
  ['dbus-daemon', 'dbus'],
  ['dbus-launch', 'dbus-x11'],
  ['xkbcomp', 'x11-xkb-utils'],
  ['gsettings', 'libglib2.0-bin'],
  ['/usr/libexec/at-spi-bus-launcher', 'at-spi2-core'],
  ['/usr/libexec/dconf-service', 'dconf-service'],
];

/** The installed version of a Debian package, or '' when it is absent. */
export function packageVersion(name) {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Version}', name], {encoding: 'utf8'});
  return result.status === 0 ? result.stdout.trim() : '';
}

/** Waits until `test()` returns a truthy value; throws `message` after `timeoutMs`. */
export async function waitFor(test, timeoutMs, message, everyMs = 50) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await test();
    if (value) return value;
    if (Date.now() > end) throw new Error(message);
    await sleep(everyMs);
  }
}

/**
 * Reads the speech log as it grows: `lines` holds every utterance so far (with the time it was
 * read), `poll()` reads what is new.
 */
class SpeechLog {
  constructor(path) {
    this.path = path;
    this.offset = 0;
    this.partial = '';
    /** @type {{text: string, at: number}[]} */
    this.lines = [];
    /** Orca's answers to "are you idle?": milliseconds since its last event, events queued. */
    this.idleReplies = [];
    writeFileSync(path, '');
  }

  poll() {
    const size = statSync(this.path).size;
    if (size <= this.offset) return this.lines.length;
    const fd = openSync(this.path, 'r');
    try {
      const buffer = Buffer.alloc(size - this.offset);
      const read = readSync(fd, buffer, 0, buffer.length, this.offset);
      this.offset += read;
      const text = this.partial + buffer.subarray(0, read).toString('utf8');
      const parts = text.split('\n');
      this.partial = parts.pop() ?? '';
      const now = Date.now();
      for (const part of parts) {
        const idle = /^#idle (\d+) (\d+)$/.exec(part);
        if (idle) {
          this.idleReplies.push({idleMs: Number(idle[1]), queued: Number(idle[2]), at: now});
          continue;
        }
        const text = utterance(part);
        if (text !== null) this.lines.push({text, at: now});
      }
    } finally {
      closeSync(fd);
    }
    return this.lines.length;
  }
}

/** The text of one "SPEECH OUTPUT: '…'" line (the voice note after it dropped), or null. */
export function utterance(line) {
  const match = /^SPEECH OUTPUT: '(.*)'(?: voice=\w+)?$/.exec(line);
  return match ? match[1] : null;
}

/**
 * Starts the desktop, Orca and Firefox on `url`. Resolves with the session once Orca has said
 * Firefox finished loading the page.
 * @param {{workDir: string, url: string, pageTitle: string, debugLog?: boolean, log?: (line: string) => void}} options
 */
export async function startSession({workDir, url, pageTitle, debugLog = false, log = () => {}}) {
  const session = new Session(workDir, log);
  try {
    await session.start(url, pageTitle, debugLog);
  } catch (error) {
    await session.stop();
    throw error;
  }
  return session;
}

class Session {
  constructor(workDir, log) {
    this.workDir = workDir;
    this.log = log;
    /** @type {{name: string, child: import('node:child_process').ChildProcess}[]} */
    this.children = [];
    this.exited = new Map();
  }

  spawn(name, command, args, options = {}) {
    const out = openSync(join(this.workDir, `${name}.log`), 'a');
    const child = spawn(command, args, {
      env: this.env,
      stdio: ['ignore', out, out, ...(options.extraStdio ?? [])],
      detached: false,
    });
    closeSync(out);
    child.on('exit', (code, signal) => this.exited.set(name, signal ?? code));
    child.on('error', (error) => this.exited.set(name, error.message));
    this.children.push({name, child});
    return child;
  }

  alive(name) {
    if (this.exited.has(name)) throw new Error(`${name} stopped (${this.exited.get(name)}); see ${join(this.workDir, `${name}.log`)}`);
  }

  async start(url, pageTitle, debugLog) {
    const started = Date.now();
    const dir = (name) => {
      const path = join(this.workDir, name);
      mkdirSync(path, {recursive: true, mode: 0o700});
      return path;
    };
    const home = dir('home');
    const runtime = dir('runtime');
    this.env = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: home,
      XDG_RUNTIME_DIR: runtime,
      XDG_CONFIG_HOME: join(home, '.config'),
      XDG_DATA_HOME: join(home, '.local/share'),
      XDG_CACHE_HOME: join(home, '.cache'),
      LANG: 'en_US.UTF-8',
      // Accessibility on, everywhere: GTK's bridge, Firefox's ATK, no Wayland.
      GTK_MODULES: 'gail:atk-bridge',
      GNOME_ACCESSIBILITY: '1',
      MOZ_ENABLE_WAYLAND: '0',
      NO_AT_BRIDGE: '0',
      MOZ_CRASHREPORTER_DISABLE: '1',
    };

    // 1. A virtual screen on a display number the X server picks itself.
    const xvfb = this.spawn('xvfb', 'Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      extraStdio: ['pipe'],
    });
    const display = await new Promise((resolve, reject) => {
      let text = '';
      const timer = setTimeout(() => reject(new Error('Xvfb gave no display number within 15 s')), 15000);
      xvfb.stdio[3].on('data', (chunk) => {
        text += chunk;
        if (text.includes('\n')) {
          clearTimeout(timer);
          resolve(`:${text.trim()}`);
        }
      });
      xvfb.on('exit', () => reject(new Error('Xvfb stopped at start')));
    });
    this.env.DISPLAY = display;

    // 2. A private D-Bus session bus.
    const bus = this.spawn('dbus', 'dbus-daemon', ['--session', '--nofork', '--print-address=3'], {extraStdio: ['pipe']});
    this.env.DBUS_SESSION_BUS_ADDRESS = await new Promise((resolve, reject) => {
      let text = '';
      const timer = setTimeout(() => reject(new Error('dbus-daemon gave no address within 15 s')), 15000);
      bus.stdio[3].on('data', (chunk) => {
        text += chunk;
        if (text.includes('\n')) {
          clearTimeout(timer);
          resolve(text.trim());
        }
      });
    });

    // 3. A window manager: without one Firefox's window is never active and Orca ignores it.
    const wmReady = join(this.workDir, 'openbox.ready');
    this.spawn('openbox', 'openbox', ['--sm-disable', '--startup', `touch ${wmReady}`]);
    await waitFor(() => exists(wmReady), 15000, 'openbox did not start within 15 s');

    // 4. The accessibility bus, and the setting that tells applications a screen reader runs.
    this.spawn('at-spi', '/usr/libexec/at-spi-bus-launcher', ['--launch-immediately']);
    const set = spawnSync('gsettings', ['set', 'org.gnome.desktop.a11y.applications', 'screen-reader-enabled', 'true'], {
      env: this.env,
      encoding: 'utf8',
    });
    if (set.status !== 0) throw new Error(`gsettings failed: ${set.stderr}`);

    // 5. Orca, with no speech engine, logging what it says.
    this.speech = new SpeechLog(join(this.workDir, 'speech.log'));
    const args = [join(here, 'orca-launcher.py'), this.speech.path, dir('orca-prefs')];
    if (debugLog) args.push(join(this.workDir, 'orca-debug.log'));
    // Debian's own Python, which has Orca and pyatspi (not a python3 earlier on PATH).
    this.spawn('orca', '/usr/bin/python3', args);
    await waitFor(
      () => {
        this.alive('orca');
        this.speech.poll();
        return this.speech.lines.some((line) => line.text === 'Screen reader on.');
      },
      60000,
      'Orca did not say "Screen reader on." within 60 s',
    );
    this.log(`orca ready after ${((Date.now() - started) / 1000).toFixed(1)} s`);

    // 6. Firefox ESR with a fresh profile, on the first page.
    const profile = dir('firefox-profile');
    const downloads = dir('downloads');
    writeFileSync(join(profile, 'user.js'), firefoxPrefs(downloads));
    const firefox = process.env.FIREFOX_PATH || 'firefox-esr';
    const mark = this.speech.poll();
    this.spawn('firefox', firefox, ['--no-remote', '--new-instance', '--profile', profile, '--width', '1280', '--height', '1000', url]);
    await this.waitForLoad(pageTitle, mark, 90000);
    await this.focusDocument();
    this.log(`firefox ready after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }

  /** Waits until Orca says "Finished loading <title>." after line `from`. */
  async waitForLoad(pageTitle, from, timeoutMs = 30000) {
    const wanted = `Finished loading ${pageTitle}.`;
    await waitFor(
      () => {
        this.alive('firefox');
        this.alive('orca');
        this.speech.poll();
        return this.speech.lines.slice(from).some((line) => line.text === wanted);
      },
      timeoutMs,
      `Orca did not say "${wanted}" within ${timeoutMs / 1000} s`,
    );
  }

  /** Activates Firefox's window, so that keys reach the page. */
  async focusDocument() {
    const window = await waitFor(
      () => {
        const found = spawnSync('xdotool', ['search', '--onlyvisible', '--class', 'firefox'], {env: this.env, encoding: 'utf8'});
        return found.status === 0 ? found.stdout.trim().split('\n').pop() : '';
      },
      15000,
      'no Firefox window found',
    );
    this.xdotool('windowactivate', '--sync', window);
    this.window = window;
  }

  /**
   * Asks Orca how long it has been idle (no event received or being handled); resolves with
   * `{idleMs, queued}`. Orca answers from its main loop, so only once it is free.
   */
  async orcaIdle() {
    const orca = this.children.find((c) => c.name === 'orca')?.child;
    for (let attempt = 0; attempt < 3; attempt++) {
      const before = this.speech.idleReplies.length;
      this.alive('orca');
      process.kill(/** @type {number} */ (orca?.pid), 'SIGUSR1');
      try {
        await waitFor(() => this.speech.poll() >= 0 && this.speech.idleReplies.length > before, 5000, 'no reply', 10);
        return this.speech.idleReplies[this.speech.idleReplies.length - 1];
      } catch {
        // Orca was busy for 5 s (a long "say all"?): ask again.
      }
    }
    throw new Error('Orca did not answer whether it is idle within 15 s');
  }

  xdotool(...args) {
    const result = spawnSync('xdotool', args, {env: this.env, encoding: 'utf8'});
    if (result.status !== 0) throw new Error(`xdotool ${args.join(' ')}: ${result.stderr}`);
  }

  /** Presses one key or chord, in xdotool's names (`Tab`, `shift+Tab`, `Insert+a`, `KP_Add`). */
  key(name) {
    this.xdotool('key', '--clearmodifiers', name);
  }

  /** Types text (for the address bar and form fields). */
  type(text) {
    this.xdotool('type', '--delay', '20', text);
  }

  async stop() {
    // Last started, first stopped; TERM, then KILL for any that did not stop in 3 s.
    for (const {name, child} of [...this.children].reverse()) {
      if (this.exited.has(name) || child.pid === undefined) continue;
      try {
        process.kill(child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
      const end = Date.now() + 3000;
      while (!this.exited.has(name) && Date.now() < end) await sleep(50);
      if (!this.exited.has(name)) {
        try {
          process.kill(child.pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }
    }
  }
}

function exists(path) {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Firefox preferences: no first-run pages, telemetry, restore, preloaded tab or pop-ups. */
function firefoxPrefs(downloads) {
  const prefs = {
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'browser.startup.page': 0,
    'startup.homepage_welcome_url': '',
    'startup.homepage_welcome_url.additional': '',
    'browser.aboutwelcome.enabled': false,
    'browser.sessionstore.resume_from_crash': false,
    'browser.sessionstore.max_resumed_crashes': -1,
    // Its "Finished loading New Tab" collides with the first keys.
    'browser.newtab.preload': false,
    'browser.newtabpage.enabled': false,
    'browser.tabs.warnOnClose': false,
    'browser.translations.enable': false,
    'browser.translations.automaticallyPopup': false,
    'browser.uitour.enabled': false,
    'browser.discovery.enabled': false,
    'browser.urlbar.suggest.searches': false,
    'browser.urlbar.suggest.history': false,
    'browser.urlbar.suggest.topsites': false,
    'browser.urlbar.suggest.bookmark': false,
    'browser.urlbar.suggest.openpage': false,
    'browser.urlbar.suggest.engines': false,
    'browser.urlbar.suggest.quicksuggest.sponsored': false,
    'browser.urlbar.suggest.quicksuggest.nonsponsored': false,
    'browser.urlbar.quicksuggest.enabled': false,
    'browser.urlbar.autoFill': false,
    'browser.search.suggest.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.download.folderList': 2,
    'browser.download.dir': downloads,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.alwaysOpenPanel': false,
    'browser.download.panel.shown': true,
    'browser.download.start_downloads_in_tmp_dir': false,
    'browser.toolbars.bookmarks.visibility': 'never',
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'toolkit.telemetry.enabled': false,
    'app.normandy.enabled': false,
    'app.update.auto': false,
    'extensions.pocket.enabled': false,
    'extensions.update.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.dns.disableIPv6': true,
    'media.autoplay.default': 5,
    'ui.prefersReducedMotion': 1,
    'toolkit.cosmeticAnimations.enabled': false,
    'accessibility.force_disabled': 0,
    'intl.accept_languages': 'en-GB, en',
    'general.useragent.locale': 'en-GB',
  };
  return Object.entries(prefs)
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
    .join('\n');
}

