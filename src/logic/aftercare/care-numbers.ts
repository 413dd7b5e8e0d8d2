import {checkEmergencyNumber, checkServiceNumber, EMERGENCY_NUMBERS} from '../attributes.js';

/** One problem with the care cards' numbers, for a `console.warn` and a `meso-config-error`. */
export interface CareNumberProblem {
  readonly attribute: 'emergency-number' | 'urgent-number';
  readonly message: string;
  /** The attributes it comes from: it is reported when one of them changes. */
  readonly from: readonly ('emergency-number' | 'urgent-number' | 'clinic-phone')[];
}

/** The numbers the care cards show (empty: the general wording) and what was wrong with the ones given. */
export interface CheckedCareNumbers {
  readonly value: {readonly emergency: string; readonly urgent: string};
  readonly problems: readonly CareNumberProblem[];
}

const text = (input: unknown): string => (typeof input === 'string' ? input : '');
const digitsOf = (input: string): string => input.replace(/\D/g, '');

/**
 * Whether two phone numbers are the same line: the same digits, or (both 9 digits or more) the same
 * last 9, so that "+44 20 7946 0000" and "020 7946 0000" match.
 */
export function sameLine(a: string, b: string): boolean {
  // An international prefix written as 00 is the same as +.
  const [x, y] = [a, b].map((number) => digitsOf(number).replace(/^00(?=\d{6})/, ''));
  return !!x && !!y && (x === y || (x.length >= 9 && y.length >= 9 && x.slice(-9) === y.slice(-9)));
}

/**
 * Checks the care cards' numbers, so that an emergency is not sent to an advice line and the route
 * for when the clinic cannot be reached is not the clinic's line in `clinic-phone` (another line of
 * the clinic, unknown here, is not caught):
 * - `emergency-number` must be one of the public emergency numbers we take (`checkEmergencyNumber`,
 *   `EMERGENCY_NUMBERS`): an advice line (111, 811, 937), a clinic's line or any other number is
 *   refused;
 * - `urgent-number` must be a phone number (`checkServiceNumber`) that is neither one of those
 *   emergency numbers (it belongs in `emergency-number`: a swapped pair such as 111 and 999 loses
 *   both) nor the clinic's own line, `clinicPhone`.
 *
 * A refused number leaves its card's general wording ("your local emergency number", "an urgent care
 * service near you"). Total: any input gives a result.
 */
export function checkCareNumbers(emergencyInput: unknown, urgentInput: unknown, clinicPhone: unknown = ''): CheckedCareNumbers {
  const emergency = checkEmergencyNumber(text(emergencyInput));
  const urgent = checkServiceNumber(text(urgentInput));
  const problems: CareNumberProblem[] = [];
  if (emergency.problem) problems.push({attribute: 'emergency-number', message: emergency.problem, from: ['emergency-number']});
  let urgentProblem = urgent.problem;
  let from: CareNumberProblem['from'] = ['urgent-number'];
  if (urgent.value && EMERGENCY_NUMBERS.includes(digitsOf(urgent.value)))
    urgentProblem = `"${urgent.value}" is an emergency number, not an advice line (it belongs in emergency-number); the general wording stays`;
  else if (urgent.value && sameLine(urgent.value, text(clinicPhone))) {
    urgentProblem = `"${urgent.value}" is clinic-phone; the general wording stays`;
    from = ['urgent-number', 'clinic-phone'];
  }
  if (urgentProblem) problems.push({attribute: 'urgent-number', message: urgentProblem, from});
  return {value: {emergency: emergency.value, urgent: urgentProblem ? '' : urgent.value}, problems};
}
