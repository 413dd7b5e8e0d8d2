// The loader's chunk for <meso-aftercare>: the element and a function that registers it. The loader
// calls it when it chooses (after the first paint of a prerendered page), not on import.
import {defineElement} from '../shared/define.js';
import {MesoAftercare} from '../aftercare/aftercare.js';

/** Registers `<meso-aftercare>` through the define guard. */
export default (): boolean => defineElement('meso-aftercare', MesoAftercare);
