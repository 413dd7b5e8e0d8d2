// web-test-runner commands for the tests in test/assistive/: the patient's own browser settings and
// what a screen reader is given.
//
//   meso-default-font {size}      Chromium: DevTools Protocol Page.setFontSizes. Firefox: only a
//                                 browser launched with the font.size.variable.x-western pref
//                                 (see web-test-runner.config.mjs) passes; others are refused.
//   meso-forced-colors {active}   Chromium: Emulation.setEmulatedMedia forced-colors.
//   meso-transcript {name}        Chromium: the accessibility tree of the widget on the page
//                                 (puppeteer's snapshot of Accessibility.getFullAXTree), as readable
//                                 text, compared with test/transcripts/<name>.txt. With
//                                 MESO_UPDATE_TRANSCRIPTS=1 the file is written instead.
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

const WIDGETS = 'meso-eligibility, meso-aftercare, meso-vs-filler';

/** ARIA properties worth reading in a transcript, in this order. */
const PROPERTIES = ['level', 'checked', 'pressed', 'expanded', 'selected', 'disabled', 'invalid', 'required', 'focused'];

/** Roles that carry no meaning for a screen reader: their children take their place. */
const TRANSPARENT = new Set(['generic', 'none', 'presentation', 'paragraph', 'LabelText', 'LineBreak', 'InlineTextBox', 'Section', 'strong', 'emphasis', 'Legend', 'caption', 'rowgroup']);

/** Browser-made controls whose insides are not ours. */
const OPAQUE = new Set(['Date', 'InputTime', 'DateTime']);

/**
 * The full tree, pruned to what a screen reader conveys: wrappers without meaning are replaced by
 * their children, and text that only repeats its parent's name (a heading's or a button's own
 * text) is dropped.
 */
export function pruneTree(node) {
  // A date or time field's parts (spin buttons, picker button) are the browser's, in its locale.
  if (OPAQUE.has(node.role)) return {...node, children: []};
  const children = (node.children ?? []).flatMap((child) => liftChildren(child));
  const kept = children.filter((child) => !(child.role === 'StaticText' && node.name && node.name.includes(child.name ?? '') && !child.children?.length));
  return {...node, children: kept};
}
function liftChildren(node) {
  const pruned = pruneTree(node);
  if (TRANSPARENT.has(node.role) && !node.focused) return pruned.children;
  if (node.role === 'ListMarker' || (node.role === 'StaticText' && !(node.name ?? '').trim())) return [];
  return [pruned];
}

/** One line per node: `role "name"` and its properties, children indented below. */
export function formatTree(node, depth = 0) {
  if (!node) return '';
  const parts = [node.role];
  if (node.name) parts.push(JSON.stringify(node.name));
  const props = PROPERTIES.filter((key) => node[key] !== undefined && node[key] !== false).map((key) =>
    node[key] === true ? key : `${key}=${node[key]}`,
  );
  if (node.valuetext) props.push(`value=${JSON.stringify(node.valuetext)}`);
  else if (node.value !== undefined && node.value !== '') props.push(`value=${JSON.stringify(String(node.value))}`);
  if (node.description) props.push(`description=${JSON.stringify(node.description)}`);
  if (props.length) parts.push(`[${props.join(', ')}]`);
  const line = `${'  '.repeat(depth)}- ${parts.join(' ')}`;
  return [line, ...(node.children ?? []).map((child) => formatTree(child, depth + 1))].join('\n');
}

/**
 * @param {{largeFont?: {launcher: object, size: number}, transcriptsDir?: string, update?: boolean}} options
 *   `largeFont`: the Firefox launcher given a larger default font by pref, and that size.
 */
export function assistivePlugin({largeFont, transcriptsDir = 'test/transcripts', update = false} = {}) {
  const cdpSessions = new WeakMap();
  const pageOf = (session) => {
    if (typeof session.browser.getPage !== 'function') throw new Error(`${session.browser.name} gives no page to drive`);
    return session.browser.getPage(session.id);
  };
  const cdp = async (page) => {
    if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
    return cdpSessions.get(page);
  };

  return {
    name: 'meso-assistive',
    async executeCommand({command, payload, session}) {
      if (command === 'meso-default-font') {
        const page = pageOf(session);
        const product = (await page.browser().version()).toLowerCase();
        // `{reset: true}` puts Chromium back to its 16 px default: the setting outlives the page.
        if (payload.reset) {
          if (!product.includes('firefox')) await (await cdp(page)).send('Page.setFontSizes', {fontSizes: {standard: 16, fixed: 13}});
          return {how: 'reset'};
        }
        if (product.includes('firefox')) {
          if (largeFont && session.browser === largeFont.launcher && largeFont.size === payload.size)
            return {how: 'Firefox pref font.size.variable.x-western'};
          throw new Error(`This Firefox was not launched with a ${payload.size} px default font: run the "firefox-large-font" group`);
        }
        await (await cdp(page)).send('Page.setFontSizes', {fontSizes: {standard: payload.size, fixed: Math.round(payload.size * 0.8125)}});
        return {how: 'DevTools Protocol Page.setFontSizes'};
      }
      if (command === 'meso-forced-colors') {
        const page = pageOf(session);
        await (await cdp(page)).send('Emulation.setEmulatedMedia', {
          features: [{name: 'forced-colors', value: payload.active ? 'active' : ''}],
        });
        return true;
      }
      if (command === 'meso-transcript') {
        const page = pageOf(session);
        if (!(await page.$(WIDGETS))) throw new Error('no widget on the page');
        // The whole page holds only the widget; its root (the test page's web area) is left out.
        const tree = pruneTree((await page.accessibility.snapshot({interestingOnly: false})) ?? {role: 'none'});
        const actual = `${tree.children.map((child) => formatTree(child)).join('\n')}\n`;
        const file = join(transcriptsDir, `${payload.name}.txt`);
        if (update) {
          mkdirSync(transcriptsDir, {recursive: true});
          writeFileSync(file, actual);
          return {actual, expected: actual};
        }
        const expected = existsSync(file) ? readFileSync(file, 'utf8') : `(no ${file}: run npm run transcripts:update)\n`;
        return {actual, expected};
      }
      return undefined;
    },
  };
}
