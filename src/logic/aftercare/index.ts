/** The aftercare plan's public logic: the plan, the calendar, ids, types and English content (what the entries export). */
export * from './plan.js';
export {checkCareNumbers, type CareNumberProblem, type CheckedCareNumbers} from './care-numbers.js';
export {EMERGENCY_NUMBERS} from '../attributes.js';
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
  CARD_LEVELS,
  type AftercareContent,
  type AftercareDurations,
  type AftercareItemContent,
  type AftercareItemId,
  type AftercarePlan,
  type AftercarePlanItem,
  type AftercarePlanSummary,
  type CalendarText,
  type CardLevel,
  type CareCardContent,
  type CareCardNumbers,
  type CareCardText,
  type EmergencyCardContent,
  type ItemStatus,
  type TimelineState,
  type UrgentCardContent,
  type WindowText,
  type WindowUnit,
} from '../../types/aftercare.js';
export {aftercareEn} from '../../content/en/aftercare.js';
