/**
 * The `<meso-aftercare>` class and its event types. Importing this module registers nothing:
 * define it yourself, under any tag name or in a scoped registry
 * (`customElements.define('clinic-aftercare', MesoAftercare)`).
 * @packageDocumentation
 */
export {MesoAftercare} from '../aftercare/aftercare.js';
export type {AftercareCalendarDetail, AftercarePlanDetail, AftercarePlanSummary} from '../types/aftercare.js';
