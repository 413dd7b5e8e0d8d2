/**
 * `dist/meso-aftercare.js`, the one-element bundle (Lit inlined): registers `<meso-aftercare>` and exports
 * its class and the define guard. The logic and content are in the npm package's `meso-widgets/logic`.
 * @packageDocumentation
 */
import '../aftercare.js';

export * from '../classes/aftercare.js';
export {defineElement} from '../shared/define.js';
