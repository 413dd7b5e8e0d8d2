/**
 * Where every string of the English content comes from: a section of the clinic's source article
 * and the item in it (both paraphrased), a published reference beyond the article (a regulator's
 * warning, an NHS page, a clinical review: see {@link REFERENCES}), "standard safety wording",
 * "clinic policy", or "interface" for words that state no fact (buttons, labels, headings). Keys are content paths such as `questions.bleeding.hint`
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

/**
 * Published sources beyond the article, for facts the article does not give: regulators' warnings,
 * NHS advice, clinical reviews. Each says who, what and when, so a reviewer can find it.
 */
export const REFERENCES = {
  'fda-lipodissolve-2010':
    'US Food and Drug Administration (FDA), consumer update “FDA Warns About Lipodissolve Product Claims”, 7 April 2010',
  'fda-filler-vessels-2015':
    'FDA Safety Communication “Unintentional Injection of Soft Tissue Filler into Blood Vessels in the Face”, 28 May 2015',
  'fda-fillers': 'FDA, “Dermal Fillers (Soft Tissue Fillers)”: approved fillers and their approved uses',
  'nhs-anaphylaxis': 'NHS.UK, “Anaphylaxis”: symptoms, what to do, when to call 999',
  'nhs-stroke': 'NHS.UK, “Stroke: symptoms”: face dropping, arm weakness, speech problems (FAST), call 999 at once',
  'nhs-111': 'NHS.UK, “When to use 111”: urgent medical help when your GP is closed',
  'ntm-mesotherapy':
    'Singsing et al., Int J Women’s Dermatol 2022 (systematic review, 423 patients with mycobacterial skin infection after mesotherapy); Regnier et al., Clin Infect Dis 2009',
  'nhs-sun': 'NHS.UK, “Sunscreen and sun safety”: SPF 30 or more, with UVA protection',
  'fda-kybella-2015': 'FDA news release “FDA approves treatment for fat below the chin” (Kybella, deoxycholic acid), 29 April 2015',
  'nhs-pregnancy-test': 'NHS.UK, “Doing a pregnancy test”: most tests work from the first day of a missed period',
  'nhs-painkillers': 'NHS.UK, “Paracetamol for adults” and “Ibuprofen for adults”: paracetamol does not thin the blood',
} as const;
export type ReferenceId = keyof typeof REFERENCES;

/**
 * One string's source: article items and/or published references (with the item of each, in
 * short), each optionally also standard safety wording; or one kind of wording: standard safety
 * wording, clinic policy (a rule the clinic sets, not a fact about the treatment), or interface text.
 */
export type Source =
  | {article?: [ArticleSection, string][]; refs?: [ReferenceId, string][]; standard?: true}
  | 'standard safety wording'
  | 'clinic policy'
  | 'interface';

/** A record of sources for one element's content. */
export type SourceRecord = Record<string, Source>;

const from = (...items: [ArticleSection, string][]): Source => ({article: items});
/** Published references, with what each says here. */
const cite = (...items: [ReferenceId, string][]) => ({refs: items});
/** Article items and references together. */
const both = (article: Source, refs: {refs: [ReferenceId, string][]}): Source => ({...(article as object), ...refs});
/** Standard safety wording that also rests on references. */
const standardWith = (...items: [ReferenceId, string][]): Source => ({standard: true, refs: items});
const STANDARD = 'standard safety wording';
const POLICY = 'clinic policy';
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
  'languageLabel': UI,
  'phoneLabel': UI,
  'scriptNote': UI,
  'privacy.*': STANDARD,
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
const FDA_2010 = cite(
  ['fda-lipodissolve-2010', 'no proof lipodissolve works for fat removal; reports of lasting scars and painful knots'],
  ['fda-kybella-2015', 'one fat-dissolving medicine, deoxycholic acid, approved in 2015 for fat below the chin only'],
);
const FAT_CAVEAT = both(from(...FAT_ITEMS, ['fat', 'professionals disagree whether it is safe and works for fat']), FDA_2010);
/** Hair loss can have a medical cause: the article names alopecia; seeing a doctor first is standard safety wording. */
const HAIR_NOTE: Source = {article: [['works', 'hair loss: some types of alopecia, a medical issue']], standard: true};
/** "Not sure" texts: the article's advice to talk it through with a medical professional first. */
const UNSURE_ITEMS: [ArticleSection, string][] = [['avoid', 'talk it through with a medical professional before you start']];
const UNSURE = from(...UNSURE_ITEMS);

/** `<meso-eligibility>`. */
export const eligibilitySources: SourceRecord = {
  ...commonSources,
  'heading': UI,
  'intro.lead': STANDARD,
  'intro.time': UI,
  'intro.privacy': STANDARD,
  'intro.privacyShare': STANDARD,
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
  // 18 or over: standard practice for cosmetic injections, worded as the clinic's rule; not in the article.
  'questions.adult.question': POLICY,
  'questions.adult.hint': POLICY,
  'questions.adult.label': UI,
  'questions.adult.reason': POLICY,
  'questions.adult.unsure': POLICY,
  'questions.pregnant.question': from(['avoid', 'pregnant or nursing women']),
  'questions.pregnant.hint': from(['avoid', 'effect on a developing baby is not known']),
  'questions.pregnant.label': UI,
  'questions.pregnant.reason': from(['avoid', 'pregnant or nursing women should not have it; effect on babies not known']),
  'questions.pregnant.unsure': both(
    from(['avoid', 'pregnant women should not have it; "or could you be" includes not knowing']),
    cite(['nhs-pregnancy-test', 'a test works best from the first day of a missed period']),
  ),
  'questions.breastfeeding.question': from(['avoid', 'pregnant or nursing women']),
  'questions.breastfeeding.hint': from(['avoid', 'effect on a nursing baby is not known']),
  'questions.breastfeeding.label': UI,
  'questions.breastfeeding.reason': from(['avoid', 'pregnant or nursing women should not have it; effect on babies not known']),
  'questions.breastfeeding.unsure': from(['avoid', 'nursing mothers should not have it']),
  'questions.bleeding.question': from(['avoid', 'anticoagulant medicine or clotting disorders']),
  'questions.bleeding.hint': {
    article: [
      ['avoid', 'anticoagulant medicine, clotting disorders such as haemophilia'],
      ['after', 'aspirin, ibuprofen and some herbal supplements thin the blood'],
    ],
    // Ginkgo and garlic as examples, and "most days": standard pre-injection safety wording.
    standard: true,
  },
  'questions.bleeding.label': UI,
  'questions.bleeding.reason': from(['avoid', 'more prone to bruising and bleeding']),
  'questions.bleeding.unsure': UNSURE,
  'questions.immune.question': from(['avoid', 'autoimmune illness or a weak immune system']),
  // The examples (lupus, rheumatoid arthritis, psoriasis, steroid tablets) are standard safety wording.
  'questions.immune.hint': {article: [['avoid', 'autoimmune illness or a weak immune system']], standard: true},
  'questions.immune.label': UI,
  'questions.immune.reason': from(['avoid', 'more likely to get an infection, or poor results']),
  'questions.immune.unsure': UNSURE,
  'questions.skin.question': from(['avoid', 'active skin infection or inflammation where treated']),
  // A cold sore as the example: standard safety wording.
  'questions.skin.hint': {article: [['avoid', 'active skin infection or inflammation where treated']], standard: true},
  'questions.skin.label': UI,
  'questions.skin.reason': {article: [['avoid', 'infection may spread or inflammation get worse']], standard: true},
  'questions.skin.unsure': {article: UNSURE_ITEMS, standard: true},
  'questions.allergy.question': from(['avoid', 'anaphylaxis or severe allergies']),
  'questions.allergy.hint': {
    article: [['avoid', 'allergy to any of the ingredients'], ['pain', 'numbing cream is often used']],
    refs: [['nhs-anaphylaxis', 'a severe reaction: the throat swells, breathing is hard']],
  },
  'questions.allergy.label': UI,
  'questions.allergy.reason': from(['avoid', 'anaphylaxis or severe allergies; do not have it with a known allergy to an ingredient']),
  'questions.allergy.unsure': {article: UNSURE_ITEMS, standard: true},
  'questions.conditions.question': from(['avoid', 'cancer, liver, kidney or heart disease, diabetes']),
  'questions.conditions.hint': from(['avoid', 'cancer, liver, kidney or heart disease, diabetes']),
  'questions.conditions.label': UI,
  'questions.conditions.reason': from(['avoid', 'safety and effect uncertain for these conditions']),
  'questions.conditions.unsure': from(['avoid', 'review past medical conditions with a professional before you start']),
  'questions.heart-stroke.question': from(['avoid', 'past heart attack or stroke']),
  // A mini-stroke (TIA) counts: standard safety wording.
  'questions.heart-stroke.hint': {article: [['avoid', 'past heart attack or stroke']], standard: true},
  'questions.heart-stroke.label': UI,
  'questions.heart-stroke.reason': from(['avoid', 'may be more prone to complications']),
  'questions.heart-stroke.unsure': UNSURE,
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
  'bookAfterDoctor': from(['avoid', 'talk it through with a medical professional before you start']),
  'consultationLabel': UI,
  'share.*': UI,
  'medicineWarning': from(['after', 'never stop a medicine without talking to your doctor']),
  'weightLossReason': from(['avoid', 'obesity: it will not help you lose weight']),
  'notesHeading': UI,
  'notes.weight-loss': from(['avoid', 'obesity: it will not help you lose weight']),
  'notes.body-fat': FAT_CAVEAT,
  'notes.hair-loss': HAIR_NOTE,
  'checklistHeading': UI,
  'checklist[0]': from(['avoid', 'review your medicines with a professional']),
  'checklist[1]': from(['avoid', 'allergies and past health problems']),
  'checklist[2]': from(['avoid', 'conditions that may get worse over time']),
  'checklist[3]': from(['avoid', 'find out about the practitioner’s credentials and experience']),
  'checklist[4]': from(['avoid', 'weigh the benefits against the risks']),
  'checklist[5]': from(['works', 'vitamins, enzymes, hormones and plant extracts; know what is injected to know an allergy']),
  'checklist[6]': STANDARD,
  'checklist[7]': STANDARD,
  'expectHeading': UI,
  'expect[0]': from(['lasts', 'three to fifteen sessions; maintenance sessions']),
  'expect[1]': from(['lasts', 'effects can take from a few months to a year']),
  'expect[2]': from(['lasts', 'hair grows slowly; changes may take a few months']),
  'expect[3]': from(
    ['works', 'results depend on the practitioner’s skill and product quality'],
    ['younger', 'results differ greatly'],
    ['works', 'some people see no result at all'],
  ),
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

/** The signs of anaphylaxis on the emergency card. */
const ANAPHYLAXIS_SIGNS = standardWith(['nhs-anaphylaxis', 'the signs of anaphylaxis: swelling, breathing, throat, colour, confusion or faintness']);

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
  // Why (germs in water, heat and swelling): standard safety wording; the article's own reason is garbled.
  'items.heat-water.text': {article: [['after', 'swimming, saunas and hot tubs: a few days']], standard: true},
  'items.heat-water.short': UI,
  // Glycolic and salicylic acid as examples: standard safety wording.
  'items.irritants.text': {article: [['after', 'exfoliants and acids: at least a few days']], standard: true},
  'items.irritants.short': UI,
  'items.massage.text': from(['after', 'no rubbing or massage for a few days unless told to']),
  'items.massage.short': UI,
  'items.sun.text': both(
    from(['after', 'sun: sunburn and dark patches; broad-spectrum sunscreen']),
    cite(['nhs-sun', 'SPF 30 or more, with UVA protection']),
  ),
  'items.sun.short': UI,
  'items.smoking.text': from(['after', 'smoking slows healing']),
  'items.smoking.short': UI,
  'items.blood-thinners.text': from(['after', 'aspirin, ibuprofen, herbal supplements thin the blood; more bruising and bleeding']),
  'items.blood-thinners.short': UI,
  'windows.hours.*': from(['after', 'windows: at least 24 hours, one to two days, a few days']),
  'windows.days.*': from(['after', 'windows: at least 24 hours, one to two days, a few days']),
  'windows.atLeastHours.*': from(['after', 'windows given as a minimum: make-up, alcohol, irritants']),
  'windows.atLeastDays.*': from(['after', 'windows given as a minimum: make-up, alcohol, irritants']),
  'windows.noSetEnd': from(['after', 'no window for sun, smoking and blood-thinning painkillers'], ['after', 'follow your practitioner’s instructions']),
  'medicineWarning': from(['after', 'blood thinners only when a doctor says you need them; never stop a medicine without your doctor']),
  'doHeading': UI,
  'dos[0]': from(['after', 'stay hydrated']),
  'dos[1]': from(['after', 'a healthy, balanced diet']),
  'dos[2]': from(['pain', 'cold packs after treatment ease the pain']),
  'dos[3]': standardWith(['nhs-painkillers', 'paracetamol eases pain and does not thin the blood']),
  'dos[4]': from(['after', 'follow your practitioner’s instructions']),
  'dos[5]': from(['after', 'keep follow-up appointments so progress can be checked']),
  'normalHeading': UI,
  'normal': from(['pain', 'mild soreness, swelling, bruising go away in a few days'], ['works', 'itching is a common effect']),
  'cardsHeading': UI,
  'cards.non-urgent.*': {article: [['pain', 'soreness, swelling and bruising go away in a few days']], standard: true},
  'cards.urgent.level': UI,
  'cards.urgent.heading': STANDARD,
  'cards.urgent.signs[0]': {article: [['works', 'infection risk with any injection']], standard: true},
  'cards.urgent.signs[1]': standardWith(['ntm-mesotherapy', 'red, painful lumps or abscesses that leak, 1 to 12 weeks after, often without fever']),
  'cards.urgent.signs[2]': STANDARD,
  'cards.urgent.signs[3]': STANDARD,
  'cards.urgent.straightAway': standardWith([
    'fda-filler-vessels-2015',
    'a blocked blood vessel (white or blotchy skin, unusual pain): get medical help at once',
  ]),
  'cards.urgent.actions[0]': STANDARD,
  'cards.urgent.noAnswer': standardWith(['nhs-111', 'urgent medical help when your own doctor is closed']),
  'cards.urgent.noAnswerWithNumber': standardWith(['nhs-111', 'urgent medical help when your own doctor is closed']),
  'cards.emergency.level': UI,
  'cards.emergency.heading': standardWith(['nhs-anaphylaxis', 'call the emergency number at once']),
  'cards.emergency.headingWithNumber': standardWith(['nhs-anaphylaxis', 'call the emergency number at once']),
  ...Object.fromEntries([0, 1, 2, 3, 4].map((i) => [`cards.emergency.signs[${i}]`, ANAPHYLAXIS_SIGNS])),
  'cards.emergency.signs[5]': standardWith(['fda-filler-vessels-2015', 'changes in vision after an injection: get immediate medical help']),
  'cards.emergency.signs[6]': standardWith(
    ['fda-filler-vessels-2015', 'signs of a stroke after an injection: get immediate medical help'],
    ['nhs-stroke', 'face dropping, arm weakness, slurred speech: call the emergency number at once'],
  ),
  // The adrenaline lines are for anaphylaxis only: adrenaline is wrong for a blocked artery or a stroke (clinical re-read 3, H1).
  'cards.emergency.actions[0]': standardWith(['nhs-anaphylaxis', 'if it is anaphylaxis: use an adrenaline auto-injector first, then call at once, even if feeling better']),
  'cards.emergency.actions[1]': standardWith(['nhs-anaphylaxis', 'lie down flat; sit up if breathing is hard']),
  'cards.emergency.actions[2]': standardWith(['nhs-anaphylaxis', 'if it is anaphylaxis: a second auto-injector after 5 minutes if no better']),
  'cards.emergency.actions[3]': standardWith(['nhs-anaphylaxis', 'call for someone who faints and cannot be woken']),
  'cards.emergency.actions[4]': standardWith(
    ['fda-filler-vessels-2015', 'changes in vision or signs of a stroke after an injection: get immediate medical help'],
    ['nhs-stroke', 'face dropping: call the emergency number at once'],
  ),
  'cards.emergency.actions[5]': standardWith(
    ['nhs-anaphylaxis', 'these are the signs of anaphylaxis, a severe allergic reaction'],
    ['fda-filler-vessels-2015', 'a blocked blood vessel: vision changes, stroke signs, white skin, unusual pain'],
  ),
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
  'timeline.upcomingNoEnd': from(['after', 'no window for sun, smoking and blood-thinning painkillers'], ['after', 'follow your practitioner’s instructions']),
  'timeline.active': UI,
  'timeline.done': from(['after', 'windows given as a minimum: at least 24 hours, at least one to two days, at least a few days']),
  'timeline.ongoing': from(['after', 'no window for sun, smoking and blood-thinning painkillers'], ['after', 'follow your practitioner’s instructions']),
  'calendar.*': UI,
  // The online-calendar event's title keeps the hedge: the waits are the shortest, and some advice has no set end.
  'calendar.linkTitle': from(['after', 'avoid sun exposure after treatment, with no set end']),
  'share.*': UI,
  'course.heading': UI,
  'course.session': UI,
  'course.confirm': from(['lasts', 'the practitioner’s protocol and the patient’s goals decide how often sessions are, and how many']),
  'course.maintenance': from(
    ['lasts', 'a series of three to fifteen sessions; maintenance sessions keep the effects going'],
    ['works', 'results vary from patient to patient; some have seen none at all'],
    ['works', 'the effects can take from a few months to a full year to show'],
  ),
  'course.eventTitle': UI,
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
  'aspects.goal.mesotherapy': both(
    from(['filler', 'skin quality, tone, texture, moisture, fine lines; hair loss; body fat'], ...FAT_ITEMS.slice(0, 3)),
    FDA_2010,
  ),
  'aspects.goal.filler': both(
    from(['filler', 'volume loss, deeper creases and folds, contouring lips and cheeks']),
    cite(['fda-fillers', 'some fillers are approved for uses such as lines, lips or cheeks']),
  ),
  'aspects.injected.label': UI,
  'aspects.injected.mesotherapy': from(
    ['filler', 'tiny needles into the dermis with hormones, vitamins, enzymes, plant extracts'],
    ['fat', 'for fat, injections into the fat under the skin'],
  ),
  // "A substance your body also makes": standard explanation of hyaluronic acid.
  'aspects.injected.filler': {article: [['filler', 'often hyaluronic acid, injected for fullness and volume']], standard: true},
  'aspects.results.label': UI,
  'aspects.results.mesotherapy': from(
    ['filler', 'subtle, general skin health'],
    ['younger', 'results differ; strong evidence is lacking'],
    ['works', 'some people see no result at all'],
  ),
  'aspects.results.filler': from(['filler', 'visible change in volume and shape right away']),
  'aspects.sessions.label': UI,
  'aspects.sessions.mesotherapy': from(['lasts', 'three to fifteen sessions'], ['filler', 'treatments and maintenance']),
  'aspects.sessions.filler': from(['filler', 'which is better depends on each person’s goals']),
  'aspects.lasts.label': UI,
  'aspects.lasts.mesotherapy': from(['lasts', 'how long it lasts depends on many factors; maintenance sessions keep the effect']),
  'aspects.lasts.filler': from(['filler', 'six months to two years, by type']),
  'aspects.suits.label': UI,
  'aspects.suits.mesotherapy': from(['filler', 'younger people or mild signs of ageing'], ['face', 'may not work on deep wrinkles']),
  // "Adults": the clinic's 18-or-over rule of the self-check.
  'aspects.suits.filler': {article: [['filler', 'deep wrinkles or a lot of volume loss']], standard: true},
  'aspects.risks.label': UI,
  'aspects.risks.mesotherapy': from(
    ['works', 'common effects: redness, swelling, bruising, itching, pain'],
    ['works', 'infection risk with any injection'],
    ['works', 'allergic reactions are uncommon'],
    ['fat', 'more serious reactions are very rare'],
    ['works', 'weak regulation in some countries'],
    ['fat', 'some ingredients may be used off-label'],
    ['filler', 'choosing the right practitioner matters'],
  ),
  'aspects.risks.filler': both(
    from(['filler', 'infection, bruising and swelling for both; choose the right practitioner']),
    cite(['fda-filler-vessels-2015', 'filler in a blood vessel can rarely cause skin death, loss of sight or a stroke']),
  ),
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
  'concerns.contour': from(['filler', 'contouring and sculpting the face, lips or cheeks']),
  'severityLegend': UI,
  'severityHint': UI,
  'severities.*': UI,
  'resultHeading': UI,
  'resultEmpty': UI,
  'recommendations.mesotherapy.title': from(['filler', 'how to decide: by objective']),
  'recommendations.mesotherapy.why': from(['filler', 'skin quality, hair, body fat'], ['lasts', 'a series of sessions'], ['works', 'some people see no result at all']),
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
  'fillerCaveat': standardWith(['fda-filler-vessels-2015', 'filler in a blood vessel can rarely cause skin death, loss of sight or a stroke']),
  'hairNote': HAIR_NOTE,
  'healthNote': from(['avoid', 'not safe for some people; not the right choice for everyone']),
  'selfCheckLink': UI,
  'severityNotes.mild': from(['filler', 'younger people or mild signs of ageing'], ['face', 'superficial wrinkles']),
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

/** A source in words: "Who should avoid it › pregnant or nursing women", a reference, or the kind of wording. */
export function describeSource(source: Source): string {
  if (source === 'clinic policy') return 'clinic policy (standard practice for cosmetic injections; not in the article)';
  if (typeof source === 'string') return source;
  return [
    ...(source.article ?? []).map(([section, item]) => `${ARTICLE_SECTIONS[section]} › ${item}`),
    ...(source.refs ?? []).map(([id, item]) => `${REFERENCES[id]} › ${item}`),
    ...(source.standard ? ['standard safety wording'] : []),
  ].join('; ');
}
