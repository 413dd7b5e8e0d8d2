// The clinical review sheet is generated from the modules the widgets run on, so it cannot drift
// from them: these tests fail when it would show a statement without a source, put one on no
// screen, or describe a rule or suggestion the logic does not give.
import {expect, fixture} from '@open-wc/testing';
import {aftercareEn} from '../src/content/en/aftercare.js';
import {eligibilityEn} from '../src/content/en/eligibility.js';
import {vsFillerEn} from '../src/content/en/vs-filler.js';
import {DEFAULT_DURATIONS} from '../src/logic/aftercare/plan.js';
import {QUESTION_FLOORS} from '../src/logic/eligibility/rules.js';
import {HAZARD_LOG, INTENDED_PURPOSE} from '../src/content/hazard-log.js';
import * as sheet from '../stories/review-sheet.stories.js';
import {
  contentStrings,
  hazardRows,
  outcomeRows,
  recommendationRows,
  ruleRows,
  statementSheets,
  windowRows,
} from '../stories/review-sheet.js';
import {eligibilityFr} from '../src/content/fr/eligibility.js';
import {textOf} from './helpers.js';
import {QUESTION_IDS, type QuestionId} from '../src/types/eligibility.js';
import {RECOMMENDATIONS} from '../src/types/vs-filler.js';

describe('clinical review sheet', () => {
  const sheets = statementSheets();

  it('lists every statement a patient can read, each on a named screen, each with a source', () => {
    const contents = [eligibilityEn, aftercareEn, vsFillerEn];
    // The privacy line's sentences (issue 22): the self-check shows `keptFor`, the plan `keptAfterPlan`, the comparison neither.
    const notShown = [/^privacy\.keptAfterPlan$/, /^privacy\.keptFor$/, /^privacy\./];
    sheets.forEach((widget, i) => {
      const listed = widget.screens.flatMap((screen) => screen.statements.map((statement) => statement.path));
      const expected = contentStrings(contents[i])
        .map(([path]) => path)
        .filter((path) => !/^(updated|reviewed\.|calendar\.filename)/.test(path) && !notShown[i].test(path));
      expect(listed, widget.tag).to.have.members(expected);
      // No statement left without a screen: the failure names the paths.
      expect(widget.screens.find((screen) => screen.name === 'Other')?.statements.map((statement) => statement.path) ?? [], widget.tag).to.deep.equal([]);
      for (const screen of widget.screens)
        for (const statement of screen.statements) expect(statement.source, `${widget.tag} ${statement.path}`).not.to.equal('NO SOURCE');
    });
  });

  it('gives the rule table one row per question, with the outcome the rules compute and the safety floor', () => {
    const rows = ruleRows();
    expect(rows.map((row) => row.id)).to.deep.equal([...QUESTION_IDS]);
    const pregnant = rows.find((row) => row.id === 'pregnant')!;
    expect(pregnant.outcome).to.equal('Not right now (not-now)');
    // Issue 21 (H3): "Not sure" about pregnancy is not-now (was ask-doctor).
    expect(pregnant.unsure).to.equal('Not right now (not-now)');
    // Issue 21 (H4): a floor per question (was "never below ask-doctor" for every question).
    for (const row of rows) {
      const floor = QUESTION_FLOORS[row.id as QuestionId];
      expect(row.clinicMay, row.id).to.contain('Never hidden');
      expect(row.clinicMay, row.id).to.match(new RegExp(`never below ${floor.severity}|fixed at ${floor.severity}`));
      expect(row.clinicMay, row.id).to.match(new RegExp(`"Not sure": .*(never below ${floor.unsure}|fixed at ${floor.unsure})`));
    }
    expect(rows.find((row) => row.id === 'adult')!.clinicMay).to.contain('fixed at not-recommended');
    expect(rows.find((row) => row.id === 'immune')!.clinicMay).to.contain('medicine warning');
  });

  it('says which outcomes offer booking', () => {
    const rows = outcomeRows();
    expect(rows.filter((row) => row.booking.startsWith('No booking')).map((row) => row.outcome)).to.deep.equal([
      'Mesotherapy is not recommended for you (not-recommended)',
      'Not right now (not-now)',
    ]);
  });

  it('words every aftercare window as the widget does', () => {
    const rows = windowRows();
    expect(rows).to.have.length(Object.keys(DEFAULT_DURATIONS).length);
    expect(rows[0].wording).to.equal('Avoid this for at least 1 day.');
    expect(rows.find((row) => row.item.startsWith('Do not smoke'))!.wording).to.equal(aftercareEn.windows.noSetEnd);
  });

  it('shows each suggestion with an example the logic really gives it for', () => {
    const rows = recommendationRows();
    expect(rows).to.have.length(RECOMMENDATIONS.length);
    rows.forEach((row, i) => expect(row.example, row.title).to.match(new RegExp(`→ ${RECOMMENDATIONS[i]}$`)));
  });

  it('renders as a page with the rule table, the windows, the suggestions, every statement and a sign-off box', async function () {
    // axe reads every row of a long page: give it time on a loaded machine.
    this.timeout(90_000);
    const render = (sheet.default as {render: () => unknown}).render;
    const el = await fixture<HTMLElement>(render() as never);
    const article = el.localName === 'article' ? el : (el.parentElement!.querySelector('article') as HTMLElement);
    const text = textOf(article);
    expect(text).to.contain('Clinical review sheet');
    expect(text).to.contain(eligibilityEn.questions.bleeding.question);
    expect(text).to.contain(aftercareEn.items.makeup.text);
    expect(text).to.contain(vsFillerEn.recommendations.separate.title);
    expect(text).to.contain('Sign-off');
    expect(article.querySelectorAll('.missing')).to.have.length(0);
    // Every table has column headers, and the page passes axe.
    for (const table of article.querySelectorAll('table')) expect(table.querySelectorAll('thead th').length).to.be.greaterThan(1);
    await expect(article).to.be.accessible();
  });

  it('shows a translation beside the English for review, every statement of every pack', () => {
    for (const locale of ['fr', 'es', 'it', 'pt-BR', 'pt-PT', 'de', 'ru', 'pl', 'tr', 'ar', 'fa']) {
      const translated = statementSheets(locale).flatMap((widget) => widget.screens.flatMap((screen) => screen.statements));
      expect(translated.length, locale).to.equal(sheets.flatMap((widget) => widget.screens.flatMap((screen) => screen.statements)).length);
      const missing = translated.filter((statement) => !statement.translation).map((statement) => statement.path);
      expect(missing, locale).to.deep.equal([]);
    }
    const bleeding = statementSheets('fr')[0].screens.flatMap((screen) => screen.statements).find((statement) => statement.path === 'questions.bleeding.question');
    expect(bleeding?.translation).to.equal(eligibilityFr.questions.bleeding.question);
    expect(statementSheets('en').flatMap((widget) => widget.screens.flatMap((screen) => screen.statements)).some((statement) => 'translation' in statement)).to.equal(false);
  });

  it('renders a translation column, in the language and its direction, with nothing missing', async function () {
    this.timeout(90_000);
    const render = (sheet.default as {render: (args: {locale?: string}) => unknown}).render;
    const el = await fixture<HTMLElement>(render({locale: 'ar'}) as never);
    const article = el.localName === 'article' ? el : (el.parentElement!.querySelector('article') as HTMLElement);
    const cells = [...article.querySelectorAll<HTMLElement>('td[lang="ar"]')];
    expect(cells.length).to.be.greaterThan(100);
    expect(cells.every((cell) => cell.dir === 'rtl')).to.equal(true);
    expect(article.querySelectorAll('.missing')).to.have.length(0);
    expect(textOf(article)).to.contain('Translation under review');
  });

  it('prints the intended purpose and the hazard log: every hazard, its risk before and after, each control and its test', async function () {
    this.timeout(90_000);
    const rows = hazardRows();
    expect(rows.map((row) => row.id)).to.deep.equal(HAZARD_LOG.map((hazard) => hazard.id));
    for (const row of rows) {
      expect(row.controls.length, row.id).to.be.greaterThan(0);
      expect(row.initial, row.id).to.match(/risk [1-5]$/);
    }
    const render = (sheet.default as {render: () => unknown}).render;
    const el = await fixture<HTMLElement>(render() as never);
    const article = el.localName === 'article' ? el : (el.parentElement!.querySelector('article') as HTMLElement);
    const text = textOf(article);
    expect(text).to.contain(INTENDED_PURPOSE);
    expect(text).to.contain('Hazard log (DCB0129)');
    for (const hazard of HAZARD_LOG) {
      expect(text, hazard.id).to.contain(hazard.hazard);
      for (const control of hazard.controls) expect(text, `${hazard.id} ${control.ref}`).to.contain(control.test.title);
    }
    expect(article.querySelectorAll('table.hazard')).to.have.length(HAZARD_LOG.length);
  });
});
