/**
 * `dist/meso-eligibility.js`, the one-element bundle (Lit inlined): registers `<meso-eligibility>` and exports
 * its class and the define guard. The logic and content are in the npm package's `meso-widgets/logic`.
 * @packageDocumentation
 */
// Module order only (no side effects; the element imports them anyway): its English content, then
// its style sheets, each in one run, so gzip finds the repeats near each other.
import '../content/en/common.js';
import '../content/en/eligibility.js';
import '../shared/styles.js';
import '../eligibility/eligibility.styles.js';
import '../eligibility.js';

export * from '../classes/eligibility.js';
export {defineElement} from '../shared/define.js';
