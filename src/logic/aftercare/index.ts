/** The aftercare plan's public logic: the plan, the calendar, ids, types and English content (what the entries export). */
export * from './plan.js';
// The public functions check their input (./checked.ts); the elements use those of ./plan.js and ./calendar.js.
export {
  aftercareCalendar,
  aftercarePlan,
  completeDurations,
  describeWindow,
  escapeText,
  foldLine,
  formatWhen,
  LogicInputError,
  mergeDurations,
  parseTreatedAt,
  windowSentence,
  windowUnit,
} from './checked.js';
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
