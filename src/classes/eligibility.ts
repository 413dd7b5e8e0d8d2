/**
 * The `<meso-eligibility>` class and its event types. Importing this module registers nothing:
 * define it yourself, under any tag name or in a scoped registry
 * (`customElements.define('clinic-check', MesoEligibility)`).
 * @packageDocumentation
 */
export {MesoEligibility} from '../eligibility/eligibility.js';
export type {
  EligibilityResultDetail,
  EligibilityRulesOverride,
  EligibilityShareDetail,
  EligibilityStepDetail,
  ShareChannel,
  Layout as EligibilityLayout,
} from '../types/eligibility.js';
