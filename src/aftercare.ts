/**
 * `<meso-aftercare>`: importing this module registers that tag only.
 * @packageDocumentation
 */
import {defineElement} from './shared/define.js';
import {MesoAftercare} from './aftercare/aftercare.js';

defineElement('meso-aftercare', MesoAftercare);

declare global {
  interface HTMLElementTagNameMap {
    'meso-aftercare': MesoAftercare;
  }
}

export {MesoAftercare};
export type {AftercareCalendarDetail, AftercarePlanDetail} from './aftercare/aftercare.js';
export * from './aftercare/plan.js';
export {aftercareCalendar, escapeText, foldLine, type CalendarText} from './aftercare/calendar.js';
export {aftercareEn, type AftercareContent, type AftercareItemContent, type CareCardContent} from './content/en/aftercare.js';
