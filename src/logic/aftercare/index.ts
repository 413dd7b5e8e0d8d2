/** The aftercare plan's public logic: the plan, the calendar, ids, types and English content (what the entries export). */
export * from './plan.js';
export {aftercareCalendar, escapeText, foldLine} from './calendar.js';
export {
  AFTERCARE_ITEMS,
  type AftercareContent,
  type AftercareDurations,
  type AftercareItemContent,
  type AftercareItemId,
  type AftercarePlan,
  type AftercarePlanItem,
  type CalendarText,
  type CareCardContent,
  type ItemStatus,
  type WindowText,
  type WindowUnit,
} from '../../types/aftercare.js';
export {aftercareEn} from '../../content/en/aftercare.js';
