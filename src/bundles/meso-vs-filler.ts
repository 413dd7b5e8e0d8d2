/**
 * `dist/meso-vs-filler.js`, the one-element bundle (Lit inlined): registers `<meso-vs-filler>` and exports
 * its class and the define guard. The logic and content are in the npm package's `meso-widgets/logic`.
 * @packageDocumentation
 */
// Module order only (no side effects; the element imports them anyway): its English content, then
// its style sheets, each in one run, so gzip finds the repeats near each other.
import '../content/en/common.js';
import '../content/en/vs-filler.js';
import '../shared/styles.js';
import '../vs-filler/vs-filler.styles.js';
import '../vs-filler.js';

export * from '../classes/vs-filler.js';
export {defineElement} from '../shared/define.js';
