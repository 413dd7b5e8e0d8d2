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

/**
 * The one sign of ageing mesotherapy may suit better when it is mild: fine lines. The table says it
 * does not restore volume and may not help deep wrinkles, so the "mild" note speaks of fine lines only.
 */
export const MILD_NOTE_CONCERNS: readonly ConcernId[] = ['fine-lines'];

/** Each concern, the treatment it points to, and the table row that explains why. */
export const CONCERNS = {
  texture: {treatment: 'mesotherapy', aspect: 'goal'},
  dullness: {treatment: 'mesotherapy', aspect: 'goal'},
  'fine-lines': {treatment: 'mesotherapy', aspect: 'goal'},
  hair: {treatment: 'mesotherapy', aspect: 'goal'},
  fat: {treatment: 'mesotherapy', aspect: 'goal'},
  'deep-lines': {treatment: 'filler', aspect: 'suits'},
  volume: {treatment: 'filler', aspect: 'goal'},
  contour: {treatment: 'filler', aspect: 'goal'},
} as const satisfies Record<ConcernId, {treatment: Treatment; aspect: AspectId}>;

const isConcern = (id: string): id is ConcernId => Object.prototype.hasOwnProperty.call(CONCERNS, id);

/**
 * Which treatment fits the chosen concerns: `mesotherapy` when all point to it, `filler` when all
 * point to fillers, `combination` when filler concerns come with skin quality concerns only,
 * `separate` when they come with hair or fat, `null` when none is chosen. Unknown ids are ignored
 * and repeats count once. The reasons: one per concern, then `fat-caveat` when fat is chosen,
 * `filler-caveat` (the rare risk of filler in a blood vessel) whenever fillers are part of the
 * suggestion, `hair-note` when thinning hair is chosen, and last the severity note. `severity`
 * never changes the recommendation: `mild` adds that mesotherapy may suit mild fine lines better,
 * only when fine lines were chosen and not under a fillers-only suggestion; `marked` adds that
 * fillers may help more, only when a sign of ageing (lines or lost volume) was chosen.
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
  if (recommendation !== 'mesotherapy') reasons.push({code: 'filler-caveat'});
  if (chosen.has('hair')) reasons.push({code: 'hair-note'});
  // The notes speak of signs of ageing: for hair, fat or skin tone alone they would not apply.
  const ageing = ordered.some((concern) => AGEING_CONCERNS.includes(concern));
  // "Mesotherapy may be the better choice" speaks of mild fine lines only, and never under a
  // fillers-only suggestion, which it would contradict.
  const mildNote = ordered.some((concern) => MILD_NOTE_CONCERNS.includes(concern));
  if (mildNote && severity === 'mild' && recommendation !== 'filler') reasons.push({code: 'severity', severity, favours: 'mesotherapy'});
  if (ageing && severity === 'marked') reasons.push({code: 'severity', severity, favours: 'filler'});
  return {recommendation, reasons};
}
