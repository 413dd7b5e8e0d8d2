/** The comparison's public logic: the recommendation, ids, types and English content (what the entries export). */
export * from './recommend.js';
// The public function checks its input (./checked.ts); the element uses that of ./recommend.js.
export {LogicInputError, recommendTreatment} from './checked.js';
export {
  ASPECTS,
  CONCERN_IDS,
  CONCERN_SEVERITIES,
  RECOMMENDATIONS,
  type AspectId,
  type ConcernId,
  type ConcernSeverity,
  type Recommendation,
  type Treatment,
  type TreatmentAdvice,
  type TreatmentReason,
  type VsFillerContent,
} from '../../types/vs-filler.js';
export {vsFillerEn} from '../../content/en/vs-filler.js';
