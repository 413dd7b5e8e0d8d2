import {commonEn} from './common.js';
import {type VsFillerContent} from '../../types/vs-filler.js';

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
        'It is also used for thinning hair and small areas of fat. ' +
        'It is not a weight-loss or obesity treatment. ' +
        'The US Food and Drug Administration (FDA) has not approved it for fat loss.',
      filler:
        'Putting back lost volume, filling deeper creases and folds, and shaping areas such as lips and cheeks.',
    },
    injected: {
      label: 'What is injected',
      mesotherapy:
        'Many tiny injections into the middle layer of the skin (the dermis). ' +
        'They hold a mix of vitamins, enzymes, hormones and plant extracts.',
      filler: 'A product, most often hyaluronic acid, injected into the skin to add fullness and volume.',
    },
    results: {
      label: 'What the results are like',
      mesotherapy:
        'Subtle and gradual. It works on the health of the skin as a whole. ' +
        'Results vary from person to person. The evidence that it makes skin look younger is mixed.',
      filler: 'A visible change in volume and shape straight away, in the areas treated.',
    },
    sessions: {
      label: 'How many sessions',
      mesotherapy: 'Usually a series of 3 to 15 sessions, then regular sessions to keep the effect.',
      filler: 'Ask your practitioner. It depends on your goals.',
    },
    lasts: {
      label: 'How long it lasts',
      mesotherapy: 'You need regular sessions to keep the effect.',
      filler: 'About 6 months to 2 years, depending on the product used.',
    },
    suits: {
      label: 'Who it may help most',
      mesotherapy: 'Younger people, or people with mild signs of ageing. It may not help deep wrinkles.',
      filler: 'People with deep wrinkles or a lot of lost volume.',
    },
    risks: {
      label: 'Risks',
      mesotherapy:
        'Redness, swelling, bruising, itching and pain are common. Infection can happen with any injection. ' +
        'Serious reactions are rare. The practitioner’s skill matters a lot.',
      filler: 'Infection, bruising and swelling can happen. The practitioner’s skill matters a lot.',
    },
  },
  helperHeading: 'Which might fit your goals?',
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
    contour: 'The shape of your face, such as more defined features',
  },
  severityLegend: 'How noticeable are the signs of ageing you see? (optional)',
  severityHint: 'This helps if you are thinking about lines or lost volume.',
  severities: {
    unsure: 'I am not sure',
    mild: 'Mild',
    moderate: 'Moderate',
    marked: 'Very noticeable',
  },
  resultHeading: 'What might fit your goals',
  resultEmpty: 'Choose at least one thing you would like to change to see a suggestion.',
  recommendations: {
    mesotherapy: {
      title: 'Your goals match what mesotherapy aims at',
      why:
        'Everything you chose is about skin quality, hair or small areas of fat. ' +
        'Mesotherapy aims at these. Results are gradual and need several sessions.',
    },
    filler: {
      title: 'Your goals match what dermal fillers aim at',
      why:
        'Everything you chose is about volume, deep creases or shape. ' +
        'Fillers aim at these, with a visible change straight away.',
    },
    combination: {
      title: 'Your goals match a combination of both',
      why:
        'You chose skin quality goals and volume or shape goals. ' +
        'Practitioners sometimes combine both treatments to refresh the whole face.',
    },
    separate: {
      title: 'Your goals match two different treatments',
      why:
        'Some of your goals match mesotherapy and some match dermal fillers. ' +
        'They are separate treatments for different goals.',
    },
  },
  concernsIntro: 'What you chose:',
  concernPointsTo: '{concern}: {treatment}',
  seeRow: 'Compare “{aspect}”',
  seeRowFor: ' for “{concern}”',
  fatCaveat:
    'Mesotherapy can only reduce fat in small areas, and the evidence for it is mixed. ' +
    'It is not a weight-loss or obesity treatment. ' +
    'The US Food and Drug Administration (FDA) has not approved it for fat loss. ' +
    'You still need a healthy diet and exercise.',
  healthNote:
    'Whether a treatment is safe depends on your health. A practitioner checks this at a consultation.',
  selfCheckLink: 'Check if anything rules out mesotherapy for you',
  severityNotes: {
    mild: 'For mild signs of ageing, mesotherapy may be the better choice.',
    marked: 'For deep wrinkles or a lot of lost volume, fillers may help more than mesotherapy.',
  },
  announce: 'Suggestion updated: {title}.',
  announceEmpty: 'No suggestion yet.',
};
