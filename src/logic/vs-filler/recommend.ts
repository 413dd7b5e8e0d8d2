import {
  CONCERN_IDS,
  type AspectId,
  type ConcernId,
  type ConcernSeverity,
  type Recommendation,
  type Treatment,
  type TreatmentAdvice,
  type TreatmentReason,
} from '../../types/vs-filler.js';
/** Mesotherapy concerns about the skin of the face: only these combine with fillers for a full-face refresh. */
export const SKIN_QUALITY_CONCERNS: readonly ConcernId[] = ['texture', 'dullness', 'fine-lines'];

/** Signs of ageing: the only concerns the severity notes speak about (lines and lost volume). */
export const AGEING_CONCERNS: readonly ConcernId[] = ['fine-lines', 'deep-lines', 'volume'];

/** Each concern, the treatment it points to, and the table row that explains why. */
export const CONCERNS = {
  texture: {treatment: 'mesotherapy', aspect: 'goal'},
  dullness: {treatment: 'mesotherapy', aspect: 'goal'},
  'fine-lines': {treatment: 'mesotherapy', aspect: 'goal'},
  hair: {treatment: 'mesotherapy', aspect: 'goal'},
  fat: {treatment: 'mesotherapy', aspect: 'goal'},
  'deep-lines': {treatment: 'filler', aspect: 'suits'},
  volume: {treatment: 'filler', aspect: 'goal'},
  contour: {treatment: 'filler', aspect: 'results'},
} as const satisfies Record<ConcernId, {treatment: Treatment; aspect: AspectId}>;

const isConcern = (id: string): id is ConcernId => Object.prototype.hasOwnProperty.call(CONCERNS, id);

/**
 * Which treatment fits the chosen concerns: `mesotherapy` when all point to it, `filler` when all
 * point to fillers, `combination` when filler concerns come with skin quality concerns only,
 * `separate` when they come with hair or fat, `null` when none is chosen. Unknown ids are ignored
 * and repeats count once. `severity` never changes the recommendation; `mild` and `marked` add
 * the source's note on which treatment may help more with signs of ageing, only when a sign of
 * ageing (lines or lost volume) was chosen, and `mild` not under a fillers-only suggestion.
 */
export function recommendTreatment(concerns: Iterable<string>, severity?: ConcernSeverity | null): TreatmentAdvice {
  const chosen = new Set([...concerns].filter(isConcern));
  const ordered = CONCERN_IDS.filter((id) => chosen.has(id));
  if (ordered.length === 0) return {recommendation: null, reasons: []};
  const reasons: TreatmentReason[] = ordered.map((concern) => ({code: 'concern', concern, ...CONCERNS[concern]}));
  const treatments = new Set(ordered.map((concern) => CONCERNS[concern].treatment));
  let recommendation: Recommendation = [...treatments][0];
  if (treatments.size > 1) {
    const mesotherapyConcerns = ordered.filter((concern) => CONCERNS[concern].treatment === 'mesotherapy');
    const faceOnly = mesotherapyConcerns.every((concern) => SKIN_QUALITY_CONCERNS.includes(concern));
    recommendation = faceOnly ? 'combination' : 'separate';
  }
  if (chosen.has('fat')) reasons.push({code: 'fat-caveat'});
  // The notes speak of signs of ageing: for hair, fat or skin tone alone they would not apply.
  const ageing = ordered.some((concern) => AGEING_CONCERNS.includes(concern));
  // "Mesotherapy may be the better choice" under a fillers-only suggestion would contradict it.
  if (ageing && severity === 'mild' && recommendation !== 'filler') reasons.push({code: 'severity', severity, favours: 'mesotherapy'});
  if (ageing && severity === 'marked') reasons.push({code: 'severity', severity, favours: 'filler'});
  return {recommendation, reasons};
}
