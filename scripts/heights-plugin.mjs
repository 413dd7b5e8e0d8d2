// web-test-runner plugin for test/heights.test.ts: the widgets' heights that the README and the
// guides give (docs/widget-heights.json). A browser measures and sends its figures here:
//   meso-heights {engine, measured}   returns the recorded figures of that engine; with
//                                     `update: true` (MESO_UPDATE_HEIGHTS=1) first records these.
import {existsSync, readFileSync, writeFileSync} from 'node:fs';

export const HEIGHTS_FILE = 'docs/widget-heights.json';

/** The recorded heights: `{engines: {chromium: {"meso-aftercare@375": 2912, …}, …}}`. */
export function readHeights(file = HEIGHTS_FILE) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {engines: {}};
}

/** @param {{file?: string, update?: boolean}} options */
export function heightsPlugin({file = HEIGHTS_FILE, update = false} = {}) {
  return {
    name: 'meso-heights',
    executeCommand({command, payload}) {
      if (command !== 'meso-heights') return undefined;
      const data = readHeights(file);
      if (update) {
        data.engines = {...data.engines, [payload.engine]: payload.measured};
        data.engines = Object.fromEntries(Object.entries(data.engines).sort(([a], [b]) => a.localeCompare(b)));
        writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
      }
      return data.engines[payload.engine] ?? null;
    },
  };
}
