/**
 * The recommendation's public function as `meso-widgets/logic` exports them, for plain JavaScript callers: each checks its input
 * first and refuses what it cannot use with a {@link LogicInputError} that says where and what is
 * wrong. The elements call the functions underneath directly, with values they have already
 * checked, so the browser bundles carry none of these checks.
 */
import type {ConcernSeverity, TreatmentAdvice} from '../../types/vs-filler.js';
import {recommendTreatment as recommend} from './recommend.js';
import {
  describeValue,
  expectString,
  LogicInputError,
} from '../input.js';

export {LogicInputError};

/**
 * Which treatment fits the chosen concerns: `mesotherapy` when all point to it, `filler` when all
 * point to fillers, `combination` when filler concerns come with skin quality concerns only,
 * `separate` when they come with hair or fat, `null` when none is chosen. Unknown ids are ignored
 * and repeats count once. `severity` never changes the recommendation; `mild` and `marked` add
 * the source's note on which treatment may help more with signs of ageing.
 * @throws {LogicInputError} when `concerns` is not a list of strings (a string alone is refused:
 *   it would be read letter by letter) or `severity` is not a string.
 */
export function recommendTreatment(concerns: Iterable<string>, severity?: ConcernSeverity | null): TreatmentAdvice {
  if (typeof concerns === 'string' || typeof (concerns as Partial<Iterable<string>> | null)?.[Symbol.iterator] !== 'function') {
    throw new LogicInputError('concerns', `expected a list of concern ids, got ${describeValue(concerns)}`);
  }
  const list = [...concerns];
  list.forEach((concern, index) => expectString(concern, `concerns[${index}]`));
  if (severity !== undefined && severity !== null) expectString(severity, 'severity');
  return recommend(list, severity);
}

