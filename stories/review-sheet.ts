// The clinical review sheet, generated from the modules the widgets run on: the English content,
// the source records, the eligibility rules and safety floor, the aftercare durations and the
// recommendation logic. Nothing here is written by hand except the headings of the sheet, so what
// a medical lead signs off is what the widgets show.
import {AT_LEAST_ITEMS, DEFAULT_DURATIONS, describeWindow, windowSentence, windowUnit} from '../src/logic/aftercare/plan.js';
import {aftercareEn} from '../src/content/en/aftercare.js';
import {eligibilityEn} from '../src/content/en/eligibility.js';
import {vsFillerEn} from '../src/content/en/vs-filler.js';
import {
  aftercareSources,
  describeSource,
  eligibilitySources,
  sourceOf,
  vsFillerSources,
  type SourceRecord,
} from '../src/content/sources.js';
import {
  DEFAULT_RULES,
  MEDICINE_REASONS,
  QUESTION_FLOORS,
  SAFETY_FLOOR,
  assessEligibility,
  bookingAllowed,
  consultationAllowed,
  severitiesFrom,
} from '../src/logic/eligibility/rules.js';
import {HAZARD_LOG, INTENDED_PURPOSE, riskRating, type Hazard} from '../src/content/hazard-log.js';
import {localePack, type PackElement} from '../src/shared/locale-packs.js';
import {CONCERNS, SKIN_QUALITY_CONCERNS, recommendTreatment} from '../src/logic/vs-filler/recommend.js';
import {AFTERCARE_ITEMS} from '../src/types/aftercare.js';
import {QUESTION_IDS, type Outcome} from '../src/types/eligibility.js';
import {CONCERN_IDS, RECOMMENDATIONS} from '../src/types/vs-filler.js';

/** One statement a widget can show, with where it comes from. */
export interface Statement {
  path: string;
  text: string;
  source: string;
  /** The same statement in the translation under review, when the sheet is made for a locale. */
  translation?: string;
}

/** The statements of one screen of a widget. */
export interface Screen {
  name: string;
  statements: Statement[];
}

export interface WidgetSheet {
  tag: string;
  screens: Screen[];
}

/** Every string of a content object with its path, as the content tests walk it. */
export function contentStrings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return value.trim() ? [[path, value]] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => contentStrings(item, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => contentStrings(item, path ? `${path}.${key}` : key));
  return [];
}

/** Content paths that are not read by patients, or not text at all. */
const NOT_SHOWN = /^(updated|reviewed\.|calendar\.filename|extraDonts|hiddenItems)/;

/** A screen map's name for paths the widget never shows (they are left out of its sheet). */
const NOT_HERE = '';

/** Which screen shows a path: the first pattern that matches. */
type ScreenMap = [string, RegExp][];

const EVERY_SCREEN: [string, RegExp] = [
  'Every screen (footer; the language menu with languages)',
  /^(disclaimer|updatedLabel|reviewedLabel|nextReviewLabel|translatedFrom|translatedFromLabel|bookingLabel|bookingLabelWithClinic|phoneLabel|scriptNote|languageLabel)$/,
];

const ELIGIBILITY_SCREENS: ScreenMap = [
  ['Intro', /^(heading|intro\.|privacy\.keptFor$)/],
  ['What would you like to improve?', /^(goals|errors\.goals)/],
  ['Health questions (one per screen)', /^(questionsHeading|progress|pageProgress|whyWeAsk|questions\.[^.]+\.(question|hint)|answers\.|continue|back|errors\.)/],
  ['Check your answers', /^(summary\.|questions\.[^.]+\.label)/],
  ['Result: outcome and next steps', /^(outcomes\.|statusLabel|notDiagnosis|announceResult|bookAfterDoctor|consultationLabel|startAgain|print)/],
  ['Result: share your answers with the clinic (only where the clinic offers a share channel)', /^share\./],
  ['Result: why', /^(reasonsHeading|questions\.[^.]+\.(reason|unsure)|medicineWarning|weightLossReason)/],
  ['Result: good to know', /^(notesHeading|notes\.)/],
  ['Result: before your consultation and what to expect (no-concerns and ask-doctor only)', /^(checklist|expect)/],
  EVERY_SCREEN,
  // The plan's privacy sentence: never on the self-check.
  [NOT_HERE, /^privacy\.keptAfterPlan$/],
];

const AFTERCARE_SCREENS: ScreenMap = [
  ['Guide: intro and "Do not"', /^(heading|intro|dontHeading|items\.[^.]+\.text|windows\.|medicineWarning)/],
  ['Guide: do, and what is normal', /^(doHeading|dos|normalHeading|normal)/],
  ['Guide: when to get help', /^(cardsHeading|cards\.)/],
  ['Treatment time form', /^(form\.|invalidTreatedAt|privacy\.keptAfterPlan$)/],
  ['Personal timeline and calendar', /^(timelineHeading|treatedOn|plannedFor|plannedNote|progress|status\.|timeline\.|items\.[^.]+\.short|calendar\.|share\.|course\.|print|changeTime|forget)/],
  EVERY_SCREEN,
  // The self-check's privacy sentence: never on the plan.
  [NOT_HERE, /^privacy\.keptFor$/],
];

const VS_FILLER_SCREENS: ScreenMap = [
  ['Intro', /^(heading|intro)$/],
  ['Comparison table', /^(compareHeading|tableCaption|aspectColumn|treatments\.|aspects\.)/],
  ['Decision helper: questions', /^(helperHeading|concerns(Legend|Hint)?\b|concerns\.|severit(yLegend|yHint|ies\.))/],
  ['Decision helper: suggestion', /^(resultHeading|resultEmpty|recommendations\.|concernsIntro|concernPointsTo|seeRow|fatCaveat|fillerCaveat|hairNote|healthNote|selfCheckLink|severityNotes\.|announce)/],
  EVERY_SCREEN,
  // The privacy line's added sentences belong to the self-check and the plan: the comparison never shows them.
  [NOT_HERE, /^privacy\./],
];

function widgetSheet(tag: string, content: object, sources: SourceRecord, map: ScreenMap, translated?: object): WidgetSheet {
  const translations = translated ? new Map(contentStrings(translated)) : undefined;
  const screens: Screen[] = map.map(([name]) => ({name, statements: []}));
  const other: Screen = {name: 'Other', statements: []};
  for (const [path, text] of contentStrings(content)) {
    if (NOT_SHOWN.test(path)) continue;
    const source = sourceOf(sources, path);
    const statement: Statement = {path, text, source: source ? describeSource(source) : 'NO SOURCE'};
    if (translations) statement.translation = translations.get(path) ?? '';
    const index = map.findIndex(([, pattern]) => pattern.test(path));
    (index === -1 ? other : screens[index]).statements.push(statement);
  }
  return {tag, screens: [...screens, other].filter((screen) => screen.name !== NOT_HERE && screen.statements.length > 0)};
}

/**
 * Every statement of each widget, by screen, with its source. Given a locale whose pack is
 * registered (the Storybook preview registers them all), each statement also carries that
 * locale's text, so a clinician fluent in the language reviews it beside the English.
 */
export const statementSheets = (locale = ''): WidgetSheet[] => {
  const pack = locale && locale !== 'en' ? localePack(locale) : undefined;
  const of = (element: PackElement) => (pack ? (pack[element] ?? {}) : undefined);
  return [
    widgetSheet('<meso-eligibility>', eligibilityEn, eligibilitySources, ELIGIBILITY_SCREENS, of('eligibility')),
    widgetSheet('<meso-aftercare>', aftercareEn, aftercareSources, AFTERCARE_SCREENS, of('aftercare')),
    widgetSheet('<meso-vs-filler>', vsFillerEn, vsFillerSources, VS_FILLER_SCREENS, of('vs-filler')),
  ];
};

/** One row of the rule table: a question, the answer that raises it, the outcome, what a clinic may change. */
export interface RuleRow {
  id: string;
  question: string;
  answer: string;
  outcome: string;
  unsure: string;
  clinicMay: string;
}

const headline = (outcome: Outcome) => `${eligibilityEn.outcomes[outcome].headline} (${outcome})`;

/** The rule table, computed by running `assessEligibility` on each answer. */
export function ruleRows(): RuleRow[] {
  const safe = Object.fromEntries(QUESTION_IDS.map((id) => [id, DEFAULT_RULES[id].when === 'yes' ? 'no' : 'yes'])) as never;
  return QUESTION_IDS.map((id) => {
    const rule = DEFAULT_RULES[id];
    const raised = assessEligibility({goals: ['face'], health: {...(safe as object), [id]: rule.when}});
    const unsure = assessEligibility({goals: ['face'], health: {...(safe as object), [id]: 'unsure'}});
    const floor = QUESTION_FLOORS[id];
    const range = (lowest: typeof floor.severity) =>
      severitiesFrom(lowest).length === 1 ? `fixed at ${lowest}` : `${severitiesFrom(lowest).join(', ')}; never below ${lowest}`;
    const medicine = MEDICINE_REASONS.includes(id) ? ' The medicine warning shows with it.' : '';
    return {
      id,
      question: eligibilityEn.questions[id].question,
      answer: eligibilityEn.answers[rule.when],
      outcome: headline(raised.outcome),
      unsure: headline(unsure.outcome),
      clinicMay: SAFETY_FLOOR.includes(id)
        ? `Safety floor. "${eligibilityEn.answers[rule.when]}": ${range(floor.severity)}. "Not sure": ${range(floor.unsure)}. Never hidden.${medicine}`
        : `Any severity, or hidden`,
    };
  });
}

/** The goal rules, computed the same way. */
export function goalRows(): {goals: string; outcome: string; note: string}[] {
  const none = Object.fromEntries(QUESTION_IDS.map((id) => [id, DEFAULT_RULES[id].when === 'yes' ? 'no' : 'yes'])) as never;
  const cases: (keyof typeof eligibilityEn.goals)[][] = [['weight'], ['weight', 'face'], ['body'], ['face'], ['hair']];
  return cases.map((goals) => {
    const result = assessEligibility({goals, health: none});
    return {
      goals: goals.map((goal) => eligibilityEn.goals[goal]).join(' + '),
      outcome: headline(result.outcome),
      note: result.notes.map((note) => eligibilityEn.notes[note]).join(' ') || '—',
    };
  });
}

/** What each outcome shows next. */
export function outcomeRows(): {outcome: string; next: string; booking: string}[] {
  const outcomes: Outcome[] = ['not-recommended', 'not-now', 'ask-doctor', 'no-concerns'];
  return outcomes.map((outcome) => ({
    outcome: headline(outcome),
    next: eligibilityEn.outcomes[outcome].next + (outcome === 'ask-doctor' ? ` Then: ${eligibilityEn.bookAfterDoctor}` : ''),
    booking: bookingAllowed(outcome)
      ? 'Booking (if the clinic set booking-url), checklist and "What to expect"; phone'
      : consultationAllowed(outcome)
        ? 'The consultation-only booking (if the clinic set consultation-url), never the treatment booking; checklist and "What to expect"; phone'
        : 'No booking, no checklist, no "What to expect"; the clinic phone stays',
  }));
}

/** The aftercare windows, worded as the widget words them. */
export function windowRows(): {item: string; hours: string; wording: string; source: string}[] {
  const unit = windowUnit(AFTERCARE_ITEMS.map((id) => DEFAULT_DURATIONS[id]));
  return AFTERCARE_ITEMS.map((id) => {
    const hours = DEFAULT_DURATIONS[id];
    return {
      item: aftercareEn.items[id].text,
      hours: hours === null ? 'no set end' : `${hours} h${AT_LEAST_ITEMS.includes(id) ? ' (at least)' : ''}`,
      wording: windowSentence(describeWindow(id, hours, unit), aftercareEn.windows, 'en-GB'),
      source: describeSource(sourceOf(aftercareSources, `items.${id}.text`)!),
    };
  });
}

/** Each concern and the treatment it points to. */
export function concernRows(): {concern: string; treatment: string; group: string}[] {
  return CONCERN_IDS.map((id) => ({
    concern: vsFillerEn.concerns[id],
    treatment: vsFillerEn.treatments[CONCERNS[id].treatment],
    group: SKIN_QUALITY_CONCERNS.includes(id) ? 'skin quality' : CONCERNS[id].treatment === 'filler' ? 'volume or shape' : 'hair or fat',
  }));
}

/** Each recommendation with an example the logic gives it for, computed by `recommendTreatment`. */
export function recommendationRows(): {title: string; when: string; example: string; why: string}[] {
  const examples: Record<string, string[]> = {
    mesotherapy: ['texture', 'hair'],
    filler: ['volume', 'deep-lines'],
    combination: ['fine-lines', 'volume'],
    separate: ['fat', 'volume'],
  };
  const when: Record<string, string> = {
    mesotherapy: 'Every concern chosen points to mesotherapy',
    filler: 'Every concern chosen points to fillers',
    combination: 'Filler concerns with skin quality concerns only',
    separate: 'Filler concerns with hair or fat concerns',
  };
  return RECOMMENDATIONS.map((id) => {
    const example = examples[id];
    const computed = recommendTreatment(example).recommendation;
    return {
      title: vsFillerEn.recommendations[id].title,
      when: when[id],
      example: `${example.map((concern) => vsFillerEn.concerns[concern as 'texture']).join(' + ')} → ${computed}`,
      why: vsFillerEn.recommendations[id].why,
    };
  });
}

/** The intended-purpose statement the sheet, the README and the disclaimer share. */
export {INTENDED_PURPOSE};

/** One row of the hazard log as the sheet prints it, with the DCB0129 risk before and after the controls. */
export interface HazardRow {
  id: string;
  hazard: string;
  cause: string;
  harm: string;
  initial: string;
  residual: string;
  controls: {kind: string; ref: string; what: string; test: string}[];
  findings: string;
  open: string;
}

const rating = (risk: Hazard['initial']) => `${risk.severity}, ${risk.likelihood} likelihood: risk ${riskRating(risk.severity, risk.likelihood)}`;

/** The hazard log, row by row, from `src/content/hazard-log.ts`. */
export function hazardRows(): HazardRow[] {
  return HAZARD_LOG.map((hazard) => ({
    id: hazard.id,
    hazard: hazard.hazard,
    cause: hazard.cause,
    harm: hazard.harm,
    initial: rating(hazard.initial),
    residual: rating(hazard.residual),
    controls: hazard.controls.map((control) => ({
      kind: control.kind,
      ref: control.ref,
      what: control.what,
      test: `${control.test.file} › ${control.test.title}`,
    })),
    findings: hazard.findings.join(', '),
    open: hazard.open ?? '',
  }));
}
