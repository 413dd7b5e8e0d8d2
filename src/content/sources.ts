/**
 * Where every string of the English content comes from: a section of the clinic's source article
 * and the item in it (both paraphrased), "standard safety wording", or "interface" for words that
 * state no fact (buttons, labels, headings). Keys are content paths such as `questions.bleeding.hint`
 * or `expect[3]`; a key ending in `.*` covers every string under it. Translations share these
 * records, because a path says the same thing in every locale.
 *
 * Nothing here is bundled into the elements: the content tests and the clinical review sheet read it.
 */

/** The article's sections, by a short paraphrase of each heading. */
export const ARTICLE_SECTIONS = {
  works: 'Does it really work',
  lasts: 'How long the effects last',
  fat: 'Fat loss',
  avoid: 'Who should avoid it',
  younger: 'Looking younger',
  face: 'Use on the face',
  filler: 'Mesotherapy compared with fillers',
  pain: 'Pain',
  after: 'What to avoid afterwards',
} as const;
export type ArticleSection = keyof typeof ARTICLE_SECTIONS;

/** One string's source: article items (one or more), standard safety wording, or interface text. */
export type Source = {article: [ArticleSection, string][]} | 'standard safety wording' | 'interface';

/** A record of sources for one element's content. */
export type SourceRecord = Record<string, Source>;

const from = (...items: [ArticleSection, string][]): Source => ({article: items});
const STANDARD = 'standard safety wording';
const UI = 'interface';

/** Strings every widget shows. */
export const commonSources: SourceRecord = {
  'updated': UI,
  'updatedLabel': UI,
  'reviewed.*': UI,
  'reviewedLabel': UI,
  'nextReviewLabel': UI,
  'disclaimer': STANDARD,
  'bookingLabel': UI,
  'bookingLabelWithClinic': UI,
  'phoneLabel': UI,
  'scriptNote': UI,
  'translatedFrom': UI,
  'translatedFromLabel': UI,
};

const FAT_ITEMS: [ArticleSection, string][] = [
  ['fat', 'only for fat in specific areas, not for losing weight'],
  ['avoid', 'obesity: it will not help you lose weight'],
  ['fat', 'the US regulator has not approved it for fat loss'],
  ['fat', 'scientific evidence is conflicting'],
  ['fat', 'food and exercise affect results; not a substitute for a healthy lifestyle'],
];
const FAT_CAVEAT = from(...FAT_ITEMS);

/** `<meso-eligibility>`. */
export const eligibilitySources: SourceRecord = {
  ...commonSources,
  'heading': UI,
  'intro.lead': STANDARD,
  'intro.time': UI,
  'intro.privacy': STANDARD,
  'intro.start': UI,
  'progress': UI,
  'pageProgress': UI,
  'whyWeAsk': from(['avoid', 'not the right choice for everyone; may not be safe for some people']),
  'goalsQuestion': UI,
  'goalsHint': UI,
  'goalsLabel': UI,
  'goals.face': from(['face', 'moisture, fine lines, texture and tone, dull skin']),
  'goals.hair': from(['works', 'hair loss']),
  'goals.body': from(['works', 'cellulite and fat reduction'], ['fat', 'target areas: belly, hips, thighs, buttocks']),
  'goals.weight': from(['avoid', 'obesity: it will not help you lose weight']),
  'questionsHeading': UI,
  'answers.*': UI,
  'questions.adult.question': STANDARD,
  'questions.adult.hint': STANDARD,
  'questions.adult.label': UI,
  'questions.adult.reason': STANDARD,
  'questions.pregnant.question': from(['avoid', 'pregnant or nursing women']),
  'questions.pregnant.hint': from(['avoid', 'effect on a developing baby is not known']),
  'questions.pregnant.label': UI,
  'questions.pregnant.reason': from(['avoid', 'pregnant or nursing women should not have it; effect on babies not known']),
  'questions.breastfeeding.question': from(['avoid', 'pregnant or nursing women']),
  'questions.breastfeeding.hint': from(['avoid', 'effect on a nursing baby is not known']),
  'questions.breastfeeding.label': UI,
  'questions.breastfeeding.reason': from(['avoid', 'pregnant or nursing women should not have it; effect on babies not known']),
  'questions.bleeding.question': from(['avoid', 'anticoagulant medicine or clotting disorders']),
  'questions.bleeding.hint': from(
    ['avoid', 'anticoagulant medicine, clotting disorders such as haemophilia'],
    ['after', 'aspirin, ibuprofen and some herbal supplements thin the blood'],
  ),
  'questions.bleeding.label': UI,
  'questions.bleeding.reason': from(['avoid', 'more prone to bruising and bleeding']),
  'questions.immune.question': from(['avoid', 'autoimmune illness or a weak immune system']),
  'questions.immune.hint': from(['avoid', 'autoimmune illness or a weak immune system']),
  'questions.immune.label': UI,
  'questions.immune.reason': from(['avoid', 'more likely to get an infection, or poor results']),
  'questions.skin.question': from(['avoid', 'active skin infection or inflammation where treated']),
  'questions.skin.hint': from(['avoid', 'active skin infection or inflammation where treated']),
  'questions.skin.label': UI,
  'questions.skin.reason': from(['avoid', 'infection may spread or inflammation get worse']),
  'questions.allergy.question': from(['avoid', 'anaphylaxis or severe allergies']),
  'questions.allergy.hint': from(['avoid', 'allergy to any of the ingredients'], ['works', 'hormones, vitamins, enzymes and plant extracts']),
  'questions.allergy.label': UI,
  'questions.allergy.reason': from(['avoid', 'do not have it with a known allergy to an ingredient']),
  'questions.conditions.question': from(['avoid', 'cancer, liver, kidney or heart disease, diabetes']),
  'questions.conditions.hint': from(['avoid', 'cancer, liver, kidney or heart disease, diabetes']),
  'questions.conditions.label': UI,
  'questions.conditions.reason': from(['avoid', 'safety and effect uncertain for these conditions']),
  'questions.heart-stroke.question': from(['avoid', 'past heart attack or stroke']),
  'questions.heart-stroke.hint': from(['avoid', 'past heart attack or stroke']),
  'questions.heart-stroke.label': UI,
  'questions.heart-stroke.reason': from(['avoid', 'may be more prone to complications']),
  'continue': UI,
  'back': UI,
  'errors.*': UI,
  'summary.*': UI,
  'outcomes.not-recommended.headline': STANDARD,
  'outcomes.not-recommended.next': from(['avoid', 'talk it through with a medical professional']),
  'outcomes.not-now.headline': STANDARD,
  'outcomes.not-now.next': STANDARD,
  'outcomes.ask-doctor.headline': STANDARD,
  'outcomes.ask-doctor.next': from(['avoid', 'talk it through with a medical professional before you start']),
  'outcomes.no-concerns.headline': STANDARD,
  'outcomes.no-concerns.next': STANDARD,
  'statusLabel': UI,
  'notDiagnosis': STANDARD,
  'reasonsHeading': UI,
  'unsureReason': from(['avoid', 'talk it through with a medical professional before you start']),
  'unsureAge': STANDARD,
  'bookAfterDoctor': from(['avoid', 'talk it through with a medical professional before you start']),
  'medicineWarning': from(['after', 'never stop a medicine without talking to your doctor']),
  'weightLossReason': from(['avoid', 'obesity: it will not help you lose weight']),
  'notesHeading': UI,
  'notes.weight-loss': from(['avoid', 'obesity: it will not help you lose weight']),
  'notes.body-fat': FAT_CAVEAT,
  'checklistHeading': UI,
  'checklist[0]': from(['avoid', 'review your medicines with a professional']),
  'checklist[1]': from(['avoid', 'allergies and past health problems']),
  'checklist[2]': from(['avoid', 'conditions that may get worse over time']),
  'checklist[3]': from(['avoid', 'find out about the practitioner’s credentials and experience']),
  'checklist[4]': from(['avoid', 'weigh the benefits against the risks']),
  'expectHeading': UI,
  'expect[0]': from(['lasts', 'three to fifteen sessions; maintenance sessions']),
  'expect[1]': from(['lasts', 'effects can take from a few months to a year']),
  'expect[2]': from(['lasts', 'hair grows slowly; changes may take a few months']),
  'expect[3]': from(['works', 'results depend on the practitioner’s skill and product quality'], ['younger', 'results differ greatly']),
  'expect[4]': from(['lasts', 'diet, exercise and skin care; a healthy lifestyle keeps results']),
  'expect[5]': from(['works', 'common effects: redness, swelling, bruising, itching, pain'], ['pain', 'soreness settles after a few days']),
  'expect[6]': from(['pain', 'pain threshold differs: minor discomfort for some, considerable pain for others']),
  'expect[7]': from(['pain', 'the face may hurt more than thighs or abdomen']),
  'expect[8]': from(['pain', 'very fine needles; numbing cream, cold packs, vibration']),
  'expect[9]': from(['works', 'infection risk with any injection']),
  'expect[10]': from(['works', 'allergic reactions are uncommon'], ['fat', 'more serious reactions are very rare']),
  'expect[11]': from(['fat', 'some ingredients may be used off-label']),
  'expect[12]': from(['works', 'conflicting research'], ['works', 'weak regulation in some countries']),
  'startAgain': UI,
  'print': UI,
  'announceResult': UI,
};

/** `<meso-aftercare>`. */
export const aftercareSources: SourceRecord = {
  ...commonSources,
  'heading': UI,
  'intro': from(['after', 'follow your own practitioner’s instructions']),
  'dontHeading': UI,
  'items.makeup.text': from(['after', 'make-up: wait at least 24 hours']),
  'items.makeup.short': UI,
  'items.alcohol.text': from(['after', 'alcohol: at least one to two days; more bruising and swelling']),
  'items.alcohol.short': UI,
  'items.exercise.text': from(['after', 'hard exercise and running: a few days; swelling and inflammation']),
  'items.exercise.short': UI,
  'items.heat-water.text': from(['after', 'swimming, saunas and hot tubs: a few days']),
  'items.heat-water.short': UI,
  'items.irritants.text': from(['after', 'exfoliants and acids: at least a few days']),
  'items.irritants.short': UI,
  'items.massage.text': from(['after', 'no rubbing or massage for a few days unless told to']),
  'items.massage.short': UI,
  'items.sun.text': from(['after', 'sun: sunburn and dark patches; broad-spectrum sunscreen']),
  'items.sun.short': UI,
  'items.smoking.text': from(['after', 'smoking slows healing']),
  'items.smoking.short': UI,
  'items.blood-thinners.text': from(['after', 'aspirin, ibuprofen, herbal supplements; never stop a medicine without your doctor']),
  'items.blood-thinners.short': UI,
  'windows.hours.*': from(['after', 'windows: at least 24 hours, one to two days, a few days']),
  'windows.days.*': from(['after', 'windows: at least 24 hours, one to two days, a few days']),
  'windows.atLeastHours.*': from(['after', 'windows given as a minimum: make-up, alcohol, irritants']),
  'windows.atLeastDays.*': from(['after', 'windows given as a minimum: make-up, alcohol, irritants']),
  'windows.noSetEnd': STANDARD,
  'doHeading': UI,
  'dos[0]': from(['after', 'stay hydrated']),
  'dos[1]': from(['after', 'a healthy, balanced diet']),
  'dos[2]': from(['after', 'follow your practitioner’s instructions']),
  'dos[3]': from(['after', 'keep follow-up appointments so progress can be checked']),
  'normalHeading': UI,
  'normal': from(['pain', 'mild soreness, swelling, bruising go away in a few days'], ['works', 'itching is a common effect']),
  'cardsHeading': UI,
  'cards.*': STANDARD,
  'form.*': UI,
  'invalidTreatedAt': UI,
  'timelineHeading': UI,
  'treatedOn': UI,
  'plannedFor': UI,
  'plannedNote': UI,
  'progressLabel': UI,
  'progressDone': UI,
  'status.*': UI,
  'timeline.upcoming': UI,
  'timeline.active': UI,
  'timeline.done': UI,
  'timeline.ongoing': STANDARD,
  'calendar.*': UI,
  'print': UI,
  'changeTime': UI,
  'forget': UI,
};

/** `<meso-vs-filler>`. */
export const vsFillerSources: SourceRecord = {
  ...commonSources,
  'heading': UI,
  'intro': from(['filler', 'two different treatments; which is better depends on your goals'], ['filler', 'sometimes combined']),
  'compareHeading': UI,
  'tableCaption': UI,
  'aspectColumn': UI,
  'treatments.*': UI,
  'aspects.goal.label': UI,
  'aspects.goal.mesotherapy': from(['filler', 'skin quality, tone, texture, moisture, fine lines; hair loss; body fat'], ...FAT_ITEMS.slice(0, 3)),
  'aspects.goal.filler': from(['filler', 'volume loss, deeper creases and folds, contouring lips and cheeks']),
  'aspects.injected.label': UI,
  'aspects.injected.mesotherapy': from(['filler', 'tiny needles into the dermis with hormones, vitamins, enzymes, plant extracts']),
  'aspects.injected.filler': from(['filler', 'often hyaluronic acid, injected for fullness and volume']),
  'aspects.results.label': UI,
  'aspects.results.mesotherapy': from(['filler', 'subtle, general skin health'], ['younger', 'results differ; strong evidence is lacking']),
  'aspects.results.filler': from(['filler', 'visible change in volume and shape right away']),
  'aspects.sessions.label': UI,
  'aspects.sessions.mesotherapy': from(['lasts', 'three to fifteen sessions'], ['filler', 'treatments and maintenance']),
  'aspects.sessions.filler': from(['filler', 'which is better depends on each person’s goals']),
  'aspects.lasts.label': UI,
  'aspects.lasts.mesotherapy': from(['lasts', 'maintenance sessions keep the effect']),
  'aspects.lasts.filler': from(['filler', 'six months to two years, by type']),
  'aspects.suits.label': UI,
  'aspects.suits.mesotherapy': from(['filler', 'younger people or mild signs of ageing'], ['face', 'may not work on deep wrinkles']),
  'aspects.suits.filler': from(['filler', 'deep wrinkles or a lot of volume loss']),
  'aspects.risks.label': UI,
  'aspects.risks.mesotherapy': from(
    ['works', 'common effects: redness, swelling, bruising, itching, pain'],
    ['works', 'infection risk with any injection'],
    ['fat', 'more serious reactions are very rare'],
    ['filler', 'choosing the right practitioner matters'],
  ),
  'aspects.risks.filler': from(['filler', 'infection, bruising and swelling for both; choose the right practitioner']),
  'helperHeading': UI,
  'concernsLegend': UI,
  'concernsHint': UI,
  'concerns.texture': from(['filler', 'texture and tone']),
  'concerns.dullness': from(['face', 'dull skin; moisture']),
  'concerns.fine-lines': from(['filler', 'superficial wrinkles']),
  'concerns.hair': from(['filler', 'hair loss']),
  'concerns.fat': from(['filler', 'body fat'], ['works', 'cellulite']),
  'concerns.deep-lines': from(['filler', 'deeper creases and folds']),
  'concerns.volume': from(['filler', 'volume loss in lips or cheeks']),
  'concerns.contour': from(['filler', 'contouring and sculpting the face']),
  'severityLegend': UI,
  'severityHint': UI,
  'severities.*': UI,
  'resultHeading': UI,
  'resultEmpty': UI,
  'recommendations.mesotherapy.title': from(['filler', 'how to decide: by objective']),
  'recommendations.mesotherapy.why': from(['filler', 'skin quality, hair, body fat'], ['lasts', 'a series of sessions']),
  'recommendations.filler.title': from(['filler', 'how to decide: by objective']),
  'recommendations.filler.why': from(['filler', 'volume, deeper creases, contouring; change right away']),
  'recommendations.combination.title': from(['filler', 'combining both for full-face rejuvenation']),
  'recommendations.combination.why': from(['filler', 'combining both for full-face rejuvenation']),
  'recommendations.separate.title': from(['filler', 'two different treatments with different goals']),
  'recommendations.separate.why': from(['filler', 'two different treatments with different goals']),
  'concernsIntro': UI,
  'concernPointsTo': UI,
  'seeRow': UI,
  'seeRowFor': UI,
  'fatCaveat': FAT_CAVEAT,
  'healthNote': from(['avoid', 'not safe for some people; not the right choice for everyone']),
  'selfCheckLink': UI,
  'severityNotes.mild': from(['filler', 'younger people or mild signs of ageing']),
  'severityNotes.marked': from(['filler', 'fillers may help more for deep wrinkles or a lot of volume loss']),
  'announce': UI,
  'announceEmpty': UI,
};

/** The source of the string at `path`, or `undefined` when the record has none. */
export function sourceOf(record: SourceRecord, path: string): Source | undefined {
  if (Object.prototype.hasOwnProperty.call(record, path)) return record[path];
  for (const [key, source] of Object.entries(record)) {
    if (key.endsWith('.*') && path.startsWith(key.slice(0, -1))) return source;
  }
  return undefined;
}

/** A source in words: "Who should avoid it › pregnant or nursing women", or the kind of wording. */
export function describeSource(source: Source): string {
  if (typeof source === 'string') return source;
  return source.article.map(([section, item]) => `${ARTICLE_SECTIONS[section]} › ${item}`).join('; ');
}
