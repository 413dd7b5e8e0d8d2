// Never imported: `svelte-check` type-checks these lines, the props of a <meso-vs-filler> in a
// Svelte template. The first must compile, and each one after @ts-expect-error must not.
import type { SvelteHTMLElements } from 'svelte/elements';

type VsFiller = SvelteHTMLElements['meso-vs-filler'];

export const helper: VsFiller = {
	'booking-url': 'https://bright-skin.example/book',
	view: 'helper',
	'onmeso-book': (event) => event.detail.url.toUpperCase()
};
// @ts-expect-error: "sideways" is not a view
export const sideways: VsFiller = { view: 'sideways' };
// @ts-expect-error: the detail's url is a string, not a number
export const wrongDetail: VsFiller = { 'onmeso-book': (event) => event.detail.url.toFixed(2) };
