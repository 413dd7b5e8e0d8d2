import type {AspectId, ConcernId, Recommendation, ConcernSeverity, Treatment} from '../../vs-filler/recommend.js';
import {commonEn, type CommonContent} from './common.js';

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
  severityNotes: Record<'mild' | 'marked', string>;
  /** The short text a screen reader hears when the result changes. */
  announce: string;
  announceEmpty: string;
}

export const vsFillerEn: VsFillerContent = {
  ...commonEn,
  heading: 'Mesotherapy or dermal fillers?',
  intro:
    'These are two different treatments for different goals. Neither is better in general. ' +
    'The right one depends on what you want to change. Sometimes the two are combined.',
  compareHeading: 'How they compare',
  tableCaption: 'Mesotherapy and dermal fillers side by side',
  aspectColumn: 'What we compare',
  treatments: {mesotherapy: 'Mesotherapy', filler: 'Dermal fillers'},
  aspects: {
    goal: {
      label: 'Main goal',
      mesotherapy:
        'Better skin quality overall: texture, tone, moisture and fine lines near the surface. ' +
        'It is also used for thinning hair and small areas of fat.',
      filler:
        'Putting back lost volume, filling deeper creases and folds, and shaping areas such as lips and cheeks.',
    },
    injected: {
      label: 'What is injected',
      mesotherapy:
        'Many tiny injections into the middle layer of the skin (the dermis). ' +
        'They hold a mix of vitamins, enzymes, hormones and plant extracts.',
      filler: 'A gel, most often hyaluronic acid, placed where more volume is wanted.',
    },
    results: {
      label: 'What the results are like',
      mesotherapy: 'Subtle and gradual. It works on the health of the skin as a whole.',
      filler: 'A visible change in volume and shape straight away, in the areas treated.',
    },
    sessions: {
      label: 'How many sessions',
      mesotherapy: 'A series of treatments, then maintenance sessions.',
      filler: 'Often one session, with top-ups later.',
    },
    lasts: {
      label: 'How long it lasts',
      mesotherapy: 'You need maintenance sessions to keep the effect.',
      filler: 'About 6 months to 2 years, depending on the product used.',
    },
    suits: {
      label: 'Often suits',
      mesotherapy: 'Younger people, or people with mild signs of ageing.',
      filler: 'People with deep wrinkles or a lot of lost volume.',
    },
    risks: {
      label: 'Risks',
      mesotherapy:
        'Infection, bruising and swelling. The skill of the person treating you matters a lot.',
      filler: 'Infection, bruising and swelling. The skill of the person treating you matters a lot.',
    },
  },
  helperHeading: 'Which might suit you?',
  concernsLegend: 'What would you like to change?',
  concernsHint: 'Choose all that apply.',
  concerns: {
    texture: 'Uneven skin texture or tone',
    dullness: 'Dull or dry (dehydrated) skin',
    'fine-lines': 'Fine lines near the surface of the skin',
    hair: 'Thinning hair',
    fat: 'Small areas of stubborn fat or cellulite',
    'deep-lines': 'Deep creases and folds',
    volume: 'Lost volume, for example in the cheeks or lips',
    contour: 'The shape of the chin, jawline or lips',
  },
  severityLegend: 'How marked are the changes you see? (optional)',
  severityHint: 'This helps if you are thinking about lines or lost volume.',
  severities: {
    unsure: 'I am not sure',
    mild: 'Mild',
    moderate: 'Moderate',
    marked: 'Marked',
  },
  resultHeading: 'What might suit you',
  resultEmpty: 'Choose at least one thing you would like to change to see a suggestion.',
  recommendations: {
    mesotherapy: {
      title: 'Mesotherapy may suit your goals',
      why:
        'Everything you chose is about skin quality, hair or small areas of fat. ' +
        'Mesotherapy aims at these, with gradual results over several sessions.',
    },
    filler: {
      title: 'Dermal fillers may suit your goals',
      why:
        'Everything you chose is about volume, deep creases or shape. ' +
        'Fillers aim at these, with a visible change straight away.',
    },
    combination: {
      title: 'A combination may suit your goals',
      why:
        'You chose skin quality goals and volume or shape goals. ' +
        'Clinics sometimes combine both treatments to refresh the whole face.',
    },
  },
  concernsIntro: 'What you chose:',
  concernPointsTo: '{concern}: {treatment}',
  seeRow: 'Compare “{aspect}”',
  seeRowFor: ' for “{concern}”',
  fatCaveat:
    'Mesotherapy can only reduce fat in small areas, and the evidence for it is mixed. ' +
    'It is not a weight-loss or obesity treatment. It is not FDA-approved for fat loss. ' +
    'A healthy diet and exercise are still needed.',
  severityNotes: {
    mild: 'For mild signs of ageing, mesotherapy may suit you better.',
    marked: 'For deep wrinkles or marked volume loss, fillers may help more than mesotherapy.',
  },
  announce: 'Suggestion updated: {title}.',
  announceEmpty: 'No suggestion yet.',
};
