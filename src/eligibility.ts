/**
 * `<meso-eligibility>`: importing this module registers that tag only.
 * @packageDocumentation
 */
import {defineElement} from './shared/define.js';
import {MesoEligibility} from './eligibility/eligibility.js';

defineElement('meso-eligibility', MesoEligibility);

declare global {
  interface HTMLElementTagNameMap {
    'meso-eligibility': MesoEligibility;
  }
}

export {MesoEligibility};
export type {EligibilityResultDetail, EligibilityRulesOverride, EligibilityStepDetail} from './eligibility/eligibility.js';
export * from './eligibility/rules.js';
export type {Layout as EligibilityLayout} from './eligibility/flow.js';
export {eligibilityEn, type EligibilityContent, type QuestionContent} from './content/en/eligibility.js';
