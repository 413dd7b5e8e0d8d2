// The loader's chunk for <meso-eligibility>: the element and a function that registers it. The loader
// calls it when it chooses (after the first paint of a prerendered page), not on import.
import {defineElement} from '../shared/define.js';
import {MesoEligibility} from '../eligibility/eligibility.js';

/** Registers `<meso-eligibility>` through the define guard. */
export default (): boolean => defineElement('meso-eligibility', MesoEligibility);
