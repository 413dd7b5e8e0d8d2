// The reserved heights as the README and the Storybook guides show them, from the figures that
// test/heights.test.ts measures (docs/widget-heights.json). No Node APIs: the guides import it too.

/** Each measured case: the markup a clinic writes, and what the page first shows. */
export const HEIGHT_CASES = [
  {key: 'eligibility', tag: 'meso-eligibility', markup: '<meso-eligibility>', shows: 'the introduction'},
  {key: 'aftercare', tag: 'meso-aftercare', markup: '<meso-aftercare>', shows: 'the guide and the treatment-time form'},
  {key: 'aftercare-timeline', tag: 'meso-aftercare', markup: '<meso-aftercare treated-at="…">', shows: 'the personal timeline'},
  {key: 'vs-filler', tag: 'meso-vs-filler', markup: '<meso-vs-filler>', shows: 'the comparison and the decision helper'},
  {key: 'vs-filler-compare', tag: 'meso-vs-filler', markup: '<meso-vs-filler view="compare">', shows: 'the comparison'},
  {key: 'vs-filler-helper', tag: 'meso-vs-filler', markup: '<meso-vs-filler view="helper">', shows: 'the decision helper'},
];

/** The column widths measured: a phone, and a page wide enough for the widget's largest width (60em). */
export const HEIGHT_WIDTHS = [375, 1280];

/** From this page width up, a widget has its largest width, so the 1280 px figures apply. */
export const WIDE_FROM = '64em';

/** The largest figure of any engine, rounded up to 10 px: what to reserve. */
export function reserved(data, key, width) {
  const figures = Object.values(data.engines ?? {}).map((engine) => engine[`${key}@${width}`]).filter((value) => typeof value === 'number');
  if (!figures.length) throw new Error(`no measured height for ${key} at ${width} px: run test/heights.test.ts with MESO_UPDATE_HEIGHTS=1`);
  return Math.ceil(Math.max(...figures) / 10) * 10;
}

/** The engines the figures come from, for the sentence under the table. */
export const engines = (data) => Object.keys(data.engines ?? {}).map((name) => ({chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit'})[name] ?? name);

/** Rows of the table: markup, what shows, and the two heights. */
export const heightRows = (data) =>
  HEIGHT_CASES.map((item) => ({...item, narrow: reserved(data, item.key, 375), wide: reserved(data, item.key, 1280)}));

/** The CSS that reserves each widget's space (the defaults: guide for aftercare, both views for vs-filler). */
export function reserveCss(data) {
  const defaults = ['eligibility', 'aftercare', 'vs-filler'].map((key) => HEIGHT_CASES.find((item) => item.key === key));
  const rule = (item, width, indent = '') => `${indent}${item.tag} { min-height: ${reserved(data, item.key, width)}px; }`;
  return [
    `/* Before and after each tag is defined: nothing below it moves. Phones first (375 px): */`,
    `meso-eligibility, meso-aftercare, meso-vs-filler { display: block; }`,
    ...defaults.map((item) => rule(item, 375)),
    `/* From ${WIDE_FROM} up the widgets have their largest width (measured at 1280 px): */`,
    `@media (min-width: ${WIDE_FROM}) {`,
    ...defaults.map((item) => rule(item, 1280, '  ')),
    `}`,
  ].join('\n');
}

/** The README's block, between its `heights` markers. */
export function readmeBlock(data) {
  const rows = heightRows(data).map((row) => `| \`${row.markup}\` | ${row.shows} | ${row.narrow} px | ${row.wide} px |`);
  return [
    '| widget | as the page first shows it | in a 375 px column | in a 1280 px column |',
    '| --- | --- | ---: | ---: |',
    ...rows,
    '',
    `Measured by \`test/heights.test.ts\` in ${engines(data).join(', ')} (the largest, rounded up to 10 px), in the`,
    "browser's sans-serif font at its default size; with the attributes of the snippet above. A",
    'larger font, a translation or your own `content` changes them: measure yours once.',
    '',
    '```css',
    reserveCss(data),
    '```',
  ].join('\n');
}
