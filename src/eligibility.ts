/**
 * `meso-widgets/eligibility`: importing this module registers `<meso-eligibility>` and no other
 * tag. It also exports the class and the eligibility logic.
 * @packageDocumentation
 */
import {defineElement} from './shared/define.js';
import {MesoEligibility} from './classes/eligibility.js';

defineElement('meso-eligibility', MesoEligibility);

declare global {
  interface HTMLElementTagNameMap {
    'meso-eligibility': MesoEligibility;
  }
}

export * from './classes/eligibility.js';
export * from './logic/eligibility/index.js';
