/**
 * The comparison's ids and types: treatments, concerns, severities, table rows, recommendations,
 * its content's shape and its events' details. Content, logic and the element all import them from here.
 */
import type {CommonContent} from './common.js';

/** The two treatments compared. */
export type Treatment = 'mesotherapy' | 'filler';

/** Both treatments, in the table's column order. */
export const TREATMENTS: readonly Treatment[] = ['mesotherapy', 'filler'];

/** What the widget shows: the comparison table, the decision helper, or both. */
export type VsFillerView = 'compare' | 'helper' | 'both';
export const VS_FILLER_VIEWS: readonly VsFillerView[] = ['compare', 'helper', 'both'];

/**
 * What the helper can suggest; `null` until at least one concern is chosen. `combination` is the
 * source's full-face case (skin quality goals with volume or shape goals); `separate` is any other
 * mix, such as hair or fat goals with filler goals, which are two treatments for different goals.
 */
export type Recommendation = Treatment | 'combination' | 'separate';

/** Every recommendation, in the order the review sheet lists them. */
export const RECOMMENDATIONS: readonly Recommendation[] = ['mesotherapy', 'filler', 'combination', 'separate'];

/** The concerns the helper asks about, in the order it shows them. */
export type ConcernId = 'texture' | 'dullness' | 'fine-lines' | 'hair' | 'fat' | 'deep-lines' | 'volume' | 'contour';
export const CONCERN_IDS: ConcernId[] = ['texture', 'dullness', 'fine-lines', 'hair', 'fat', 'deep-lines', 'volume', 'contour'];
export const CONCERN_SEVERITIES: readonly ConcernSeverity[] = ['mild', 'moderate', 'marked'];

/** How marked the changes are, as the patient sees them. */
export type ConcernSeverity = 'mild' | 'moderate' | 'marked';

/** The rows of the comparison table, in order. */
export const ASPECTS = ['goal', 'injected', 'results', 'sessions', 'lasts', 'suits', 'risks'] as const;
export type AspectId = (typeof ASPECTS)[number];

/** Why the helper recommends what it does, as codes the element turns into words. */
export type TreatmentReason =
  | {code: 'concern'; concern: ConcernId; treatment: Treatment; aspect: AspectId}
  | {code: 'fat-caveat'}
  | {code: 'severity'; severity: 'mild' | 'marked'; favours: Treatment};

export interface TreatmentAdvice {
  recommendation: Recommendation | null;
  reasons: TreatmentReason[];
}

/** Everything `<meso-vs-filler>` says, for one locale. */
export interface VsFillerContent extends CommonContent {
  heading: string;
  intro: string;
  compareHeading: string;
  tableCaption: string;
  /** Header of the first column (the aspects). */
  aspectColumn: string;
  treatments: Record<Treatment, string>;
  /** Each row of the comparison: its label and what each treatment does. */
  aspects: Record<AspectId, {label: string} & Record<Treatment, string>>;
  helperHeading: string;
  concernsLegend: string;
  concernsHint: string;
  concerns: Record<ConcernId, string>;
  severityLegend: string;
  severityHint: string;
  severities: Record<ConcernSeverity | 'unsure', string>;
  resultHeading: string;
  resultEmpty: string;
  /** Title and one- or two-sentence reason for each recommendation. */
  recommendations: Record<Recommendation, {title: string; why: string}>;
  /** Introduces the list of chosen concerns. */
  concernsIntro: string;
  /** "{concern}: {treatment}" line for each chosen concern. */
  concernPointsTo: string;
  /** Link text to the comparison row that explains a concern. */
  seeRow: string;
  /** Read after `seeRow` by screen readers (visually hidden), so each link names its concern. */
  seeRowFor: string;
  fatCaveat: string;
  /** Under every suggestion: whether a treatment is safe depends on the patient's health. */
  healthNote: string;
  /** Link text to the clinic's self-check, shown when `self-check-url` is set. */
  selfCheckLink: string;
  severityNotes: Record<'mild' | 'marked', string>;
  /** The short text a screen reader hears when the result changes. */
  announce: string;
  announceEmpty: string;
}

/** Detail of `meso-vs-filler-recommendation`: codes only, never free text. */
export interface VsFillerRecommendationDetail {
  recommendation: Recommendation | null;
  concerns: ConcernId[];
  severity: ConcernSeverity | null;
}

