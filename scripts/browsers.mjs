// Finds the browsers the tests run in. Each can be pointed at with an environment variable;
// otherwise the usual Debian paths are tried. A missing one is reported in one line that names
// the Debian package to install.
import {existsSync} from 'node:fs';
import {execFileSync} from 'node:child_process';

function which(command) {
  try {
    return execFileSync('sh', ['-c', `command -v ${command}`], {encoding: 'utf8'}).trim();
  } catch {
    return '';
  }
}

const first = (...candidates) => candidates.find((path) => path && existsSync(path)) ?? '';

/** @typedef {{name: string, path: string, pkg: string, env: string}} Browser */

/** @returns {Record<'chromium' | 'firefox' | 'webkit' | 'webkitDriver' | 'xvfbRun', Browser>} */
export function findBrowsers() {
  return {
    chromium: {
      name: 'Chromium',
      env: 'CHROME_PATH',
      pkg: 'chromium',
      path: first(process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', which('chromium')),
    },
    firefox: {
      name: 'Firefox',
      env: 'FIREFOX_PATH',
      pkg: 'firefox-esr',
      path: first(process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox', which('firefox-esr')),
    },
    webkit: {
      name: 'WebKit MiniBrowser',
      env: 'MINIBROWSER',
      pkg: 'webkit2gtk-driver',
      path: first(
        process.env.MINIBROWSER,
        '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
      ),
    },
    webkitDriver: {
      name: 'WebKitWebDriver',
      env: 'WEBKIT_DRIVER',
      pkg: 'webkit2gtk-driver',
      path: first(process.env.WEBKIT_DRIVER, '/usr/bin/WebKitWebDriver', which('WebKitWebDriver')),
    },
    xvfbRun: {
      name: 'xvfb-run',
      env: 'XVFB_RUN',
      pkg: 'xvfb',
      path: first(process.env.XVFB_RUN, '/usr/bin/xvfb-run', which('xvfb-run')),
    },
  };
}

/** The engines to test: all three, or those named in MESO_BROWSERS (e.g. `chromium,firefox`). */
export function selectedEngines() {
  const all = ['chromium', 'firefox', 'webkit'];
  const wanted = (process.env.MESO_BROWSERS ?? '').split(',').map((name) => name.trim()).filter(Boolean);
  return wanted.length ? all.filter((name) => wanted.includes(name)) : all;
}

/** Exits with one line naming the package to install when a needed browser is missing. */
export function requireBrowsers(engines = selectedEngines()) {
  const browsers = findBrowsers();
  const needed = engines.flatMap((engine) => (engine === 'webkit' ? ['webkit', 'webkitDriver', 'xvfbRun'] : [engine]));
  for (const key of needed) {
    const browser = browsers[key];
    if (!browser.path) {
      console.error(
        `${browser.name} not found: install it with "apt-get install ${browser.pkg}" or set ${browser.env} to its path.`,
      );
      process.exit(1);
    }
  }
  return browsers;
}

/** Flags for headless Chromium on this kind of machine: no sandbox (root), no background traffic. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/** Headless Chromium through Puppeteer, for the scripts that load pages (checks, screenshots, bench). */
export async function launchChromium(extraArgs = []) {
  const {default: puppeteer} = await import('puppeteer');
  const chromium = requireBrowsers(['chromium']).chromium.path;
  return puppeteer.launch({executablePath: chromium, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs]});
}
