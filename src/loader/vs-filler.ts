// The loader's chunk for <meso-vs-filler>: the element and a function that registers it. The loader
// calls it when it chooses (after the first paint of a prerendered page), not on import.
import {defineElement} from '../shared/define.js';
import {MesoVsFiller} from '../vs-filler/vs-filler.js';

/** Registers `<meso-vs-filler>` through the define guard. */
export default (): boolean => defineElement('meso-vs-filler', MesoVsFiller);
