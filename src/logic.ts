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
export * from './logic/eligibility/index.js';
export * from './logic/aftercare/index.js';
export * from './logic/vs-filler/index.js';
export {commonEn} from './content/en/common.js';
export {pluralText, matchLocale} from './logic/checked.js';
export type {CommonContent, ConfigErrorDetail, DeepPartial, PluralForms} from './types/common.js';
