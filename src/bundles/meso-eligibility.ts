/**
 * `dist/meso-eligibility.js`, the one-element bundle (Lit inlined): registers `<meso-eligibility>` and exports
 * its class and the define guard. The logic and content are in the npm package's `meso-widgets/logic`.
 * @packageDocumentation
 */
import '../eligibility.js';

export * from '../classes/eligibility.js';
export {defineElement} from '../shared/define.js';
