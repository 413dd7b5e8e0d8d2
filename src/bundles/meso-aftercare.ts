/**
 * `dist/meso-aftercare.js`, the one-element bundle (Lit inlined): registers `<meso-aftercare>` and exports
 * its class and the define guard. The logic and content are in the npm package's `meso-widgets/logic`.
 * @packageDocumentation
 */
// Module order only (no side effects; the element imports them anyway): its English content, then
// its style sheets, each in one run, so gzip finds the repeats near each other.
import '../content/en/common.js';
import '../content/en/aftercare.js';
import '../shared/styles.js';
import '../aftercare/aftercare.styles.js';
import '../aftercare.js';

export * from '../classes/aftercare.js';
export {defineElement} from '../shared/define.js';
