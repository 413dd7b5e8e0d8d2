import {checkEmergencyNumber, checkServiceNumber} from '../attributes.js';

/**
 * Public emergency numbers that are an advice line nowhere (Europe's 112, North America's 911, the
 * UK's 999, Australia's 000, 119 in Japan and Korea): never an `urgent-number`.
 */
export const EMERGENCY_ONLY_NUMBERS: readonly string[] = ['000', '112', '119', '911', '999'];

/**
 * Numbers that call an ambulance in one country and not in another: on the emergency card they are
 * kept, with a warning to check them.
 */
export const NOT_AN_AMBULANCE_EVERYWHERE: Readonly<Record<string, string>> = {
  '111': 'in the UK 111 is NHS 111, an advice line, not an ambulance (the UK emergency number is 999); only in New Zealand is 111 the emergency number',
  '101': 'in the UK 101 is the police non-emergency line, not an ambulance (the UK emergency number is 999); in Israel 101 is the ambulance',
};

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

/**
 * Whether two phone numbers are the same line: the same digits, or (both 9 digits or more) the same
 * last 9, so that "+44 20 7946 0000" and "020 7946 0000" match.
 */
export function sameLine(a: string, b: string): boolean {
  const digits = (input: string) => input.replace(/\D/g, '').replace(/^00/, '');
  const [x, y] = [digits(a), digits(b)];
  if (!x || !y) return false;
  return x === y || (x.length >= 9 && y.length >= 9 && x.slice(-9) === y.slice(-9));
}

/**
 * Checks `emergency-number` and `urgent-number` each on its own (see `checkEmergencyNumber` and
 * `checkServiceNumber`) and then together, so that a slip never sends an emergency to an advice line:
 * - an `urgent-number` that is an emergency number (999, 112…) is refused;
 * - with it, an `emergency-number` that is not one (111, say) is refused too: the two look swapped;
 * - the same number for both is refused for both;
 * - an `urgent-number` that is the clinic's own line (`clinicPhone`) is refused: the card already
 *   says to contact the clinic first, and sends the patient elsewhere when it cannot be reached;
 * - an `emergency-number` that is an ambulance only in some countries (111, 101) is kept, with a warning.
 *
 * A refused number leaves its card's general wording ("your local emergency number", "an urgent care
 * service near you"). Total: any input gives a result.
 */
export function checkCareNumbers(emergencyInput: unknown, urgentInput: unknown, clinicPhone: unknown = ''): CheckedCareNumbers {
  const emergencyChecked = checkEmergencyNumber(text(emergencyInput));
  const urgentChecked = checkServiceNumber(text(urgentInput));
  const problems: CareNumberProblem[] = [];
  if (emergencyChecked.problem) problems.push({attribute: 'emergency-number', message: emergencyChecked.problem, from: ['emergency-number']});
  if (urgentChecked.problem) problems.push({attribute: 'urgent-number', message: urgentChecked.problem, from: ['urgent-number']});
  let emergency = emergencyChecked.value;
  let urgent = urgentChecked.value;
  const urgentDigits = urgent.replace(/\D/g, '');

  if (urgent && EMERGENCY_ONLY_NUMBERS.includes(urgentDigits)) {
    problems.push({
      attribute: 'urgent-number',
      message: `"${urgent}" is an emergency number: urgent-number is for an advice line such as 111 (NHS 111 in the UK), and the emergency number belongs in emergency-number; the general wording stays`,
      from: ['urgent-number'],
    });
    if (emergency && !EMERGENCY_ONLY_NUMBERS.includes(emergency)) {
      problems.push({
        attribute: 'emergency-number',
        message: `"${emergency}" with urgent-number "${urgent}": the two look swapped, and an emergency must never be sent to an advice line; the general wording stays`,
        from: ['emergency-number', 'urgent-number'],
      });
      emergency = '';
    }
    urgent = '';
  } else if (emergency && urgent && emergency === urgentDigits) {
    const message = `emergency-number and urgent-number are both "${emergency}": one is an ambulance, the other an advice line; both cards keep the general wording`;
    const from = ['emergency-number', 'urgent-number'] as const;
    problems.push({attribute: 'emergency-number', message, from}, {attribute: 'urgent-number', message, from});
    emergency = '';
    urgent = '';
  }

  if (urgent && sameLine(urgent, text(clinicPhone))) {
    problems.push({
      attribute: 'urgent-number',
      message: `"${urgent}" is the clinic's own line (clinic-phone): urgent-number is where a patient goes when the clinic cannot be reached, such as 111 (NHS 111 in the UK); the general wording stays`,
      from: ['urgent-number', 'clinic-phone'],
    });
    urgent = '';
  }

  const warning = Object.prototype.hasOwnProperty.call(NOT_AN_AMBULANCE_EVERYWHERE, emergency) ? NOT_AN_AMBULANCE_EVERYWHERE[emergency] : undefined;
  if (warning)
    problems.push({
      attribute: 'emergency-number',
      message: `"${emergency}" is kept, but check it is your country's emergency number: ${warning}`,
      from: ['emergency-number'],
    });
  return {value: {emergency, urgent}, problems};
}
