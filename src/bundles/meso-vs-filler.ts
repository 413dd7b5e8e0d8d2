/**
 * `dist/meso-vs-filler.js`, the one-element bundle (Lit inlined): registers `<meso-vs-filler>` and exports
 * its class and the define guard. The logic and content are in the npm package's `meso-widgets/logic`.
 * @packageDocumentation
 */
import '../vs-filler.js';

export * from '../classes/vs-filler.js';
export {defineElement} from '../shared/define.js';
