/**
 * `meso-widgets/logic`: the widgets' decisions as plain functions, free of Lit and of the DOM.
 * Runs in Node 20+, Deno, workers and browsers, with or without `--conditions=browser`, and
 * registers nothing. Use it to check answers on a server, prefill a form, or test your own rules.
 *
 * Holds the eligibility rules (`assessEligibility`, `DEFAULT_RULES`), the aftercare plan and
 * calendar (`aftercarePlan`, `aftercareCalendar`, `DEFAULT_DURATIONS`), the mesotherapy vs filler
 * recommendation (`recommendTreatment`) and the default English content of every widget.
 * @packageDocumentation
 */
export * from './eligibility/rules.js';
export * from './aftercare/plan.js';
export {aftercareCalendar, escapeText, foldLine, type CalendarText} from './aftercare/calendar.js';
export * from './vs-filler/recommend.js';
export {eligibilityEn, type EligibilityContent, type QuestionContent} from './content/en/eligibility.js';
export {aftercareEn, type AftercareContent, type AftercareItemContent, type CareCardContent} from './content/en/aftercare.js';
export {vsFillerEn, type VsFillerContent} from './content/en/vs-filler.js';
export {commonEn, type CommonContent} from './content/en/common.js';
export type {ConfigErrorDetail} from './shared/config-error.js';
export type {DeepPartial} from './shared/config.js';
