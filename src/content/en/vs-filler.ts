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
        'The US Food and Drug Administration (FDA) has not approved it for fat loss. ' +
        'In 2010 the FDA said it knew of no proof that these fat injections (called lipodissolve) work. ' +
        'It also had reports of scarring.',
      filler:
        'Putting back lost volume, filling deeper creases and folds, and shaping areas such as lips and cheeks. ' +
        'The US Food and Drug Administration (FDA) has approved some fillers for some of these uses.',
    },
    injected: {
      label: 'What is injected',
      mesotherapy:
        'Many tiny injections into the skin. For fat, they go a little deeper, into the fat under the skin. ' +
        'They hold a mix of vitamins, enzymes, hormones and plant extracts.',
      filler:
        'A product injected into or under the skin to add fullness and volume. ' +
        'It is most often hyaluronic acid, a substance your body also makes.',
    },
    results: {
      label: 'What the results are like',
      mesotherapy:
        'Subtle and gradual. It aims to improve the skin as a whole. ' +
        'Results vary, and some people see no change. There is little strong evidence that it makes skin look younger.',
      filler: 'A visible change in volume and shape straight away, in the areas treated.',
    },
    sessions: {
      label: 'How many sessions',
      mesotherapy: 'Usually a series of 3 to 15 sessions, then regular sessions to keep any effect.',
      filler: 'Ask your practitioner. It depends on your goals.',
    },
    lasts: {
      label: 'How long it lasts',
      mesotherapy: 'No one can say how long it lasts. You need regular sessions to keep any effect.',
      filler: 'About 6 months to 2 years, depending on the product used.',
    },
    suits: {
      label: 'Who it may help most',
      mesotherapy: 'Younger adults, or people with mild signs of ageing. It may not help deep wrinkles.',
      filler: 'Adults with deep wrinkles or a lot of lost volume. Fillers are only for people aged 18 or over.',
    },
    risks: {
      label: 'Risks',
      mesotherapy:
        'Redness, swelling, bruising, itching and pain are common. Infection can happen with any injection. ' +
        'Allergic reactions are uncommon. Serious reactions are rare. ' +
        'Some countries do not control the products well. Some are used off-label (for something they are not approved for). ' +
        'The practitioner’s skill matters a lot.',
      filler:
        'Infection, bruising and swelling can happen. Rarely, filler can block a blood vessel. ' +
        'This can damage the skin, or cause sight loss or a stroke. ' +
        'The US Food and Drug Administration (FDA) warned about this in 2015. The practitioner’s skill matters a lot.',
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
    contour: 'The shape of your face, such as your lips or cheeks',
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
        'Mesotherapy aims at these. It does not work for everyone. Results are gradual and need several sessions.',
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
    'Mesotherapy may reduce fat in small areas for some people, but not for everyone. ' +
    'There are few good studies, and experts do not agree that it is safe. ' +
    'It is not a weight-loss or obesity treatment. ' +
    'The US Food and Drug Administration (FDA) has not approved it for fat loss. ' +
    'In 2010 the FDA said it knew of no proof that these fat injections (called lipodissolve) work. ' +
    'The FDA also had reports of lasting scars and deep, painful lumps under the skin. ' +
    'You still need a healthy diet and exercise.',
  fillerCaveat:
    'Rarely, filler can block a blood vessel. This can damage the skin, or cause sight loss or a stroke. ' +
    'The US Food and Drug Administration (FDA) warned about this in 2015. Ask the practitioner how they lower this risk.',
  hairNote: 'Hair loss can have a medical cause. If it is sudden or patchy, or you feel unwell, see your doctor first.',
  healthNote:
    'Whether a treatment is safe depends on your health. A practitioner checks this at a consultation.',
  selfCheckLink: 'Check if anything rules out mesotherapy for you',
  severityNotes: {
    mild: 'For mild fine lines, mesotherapy may be the better choice.',
    marked: 'For deep wrinkles or a lot of lost volume, fillers may help more than mesotherapy.',
  },
  announce: 'Suggestion updated: {title}.',
  announceEmpty: 'No suggestion yet.',
};
