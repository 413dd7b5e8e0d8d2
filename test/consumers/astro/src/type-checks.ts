// Never imported: `astro check` type-checks these lines. The first ones must compile, and each one
// after @ts-expect-error must not.
import { renderWidget } from 'meso-widgets/ssr';

const compare = document.createElement('meso-vs-filler');
compare.addEventListener('meso-book', (event) => event.detail.url.toUpperCase());
compare.view = 'helper';
export const html = renderWidget('meso-aftercare', { 'clinic-phone': '+44 20 7946 0000' }, { durations: { makeup: 72 } });

// @ts-expect-error: the detail's url is a string, not a number
compare.addEventListener('meso-book', (event) => event.detail.url.toFixed(2));
// @ts-expect-error: "sideways" is not a view
compare.view = 'sideways';
// @ts-expect-error: there is no such widget
renderWidget('meso-widget');
