import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../../src/eligibility.js';
import {eligibilityEn, type EligibilityResultDetail, type EligibilityStepDetail, type MesoEligibility} from '../../src/eligibility.js';
import {captureConfigErrors, captureWarnings, textOf} from '../helpers.js';
import {expectAccessible} from '../a11y.js';
import {focused, press, tabTo} from '../keyboard.js';

type Answer = 'yes' | 'no' | 'unsure';
const QUESTIONS = ['adult', 'pregnant', 'breastfeeding', 'bleeding', 'immune', 'skin', 'allergy', 'conditions', 'heart-stroke'];
const SAFE: Record<string, Answer> = Object.fromEntries(QUESTIONS.map((id) => [id, id === 'adult' ? 'yes' : 'no']));

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const stepHeading = (el: Element) => $(el, '#step-heading');
/** The text of the elements an `aria-labelledby` or `aria-describedby` of `node` points to, in order. */
const referenced = (el: Element, node: Element | null, attribute: string) =>
  (node?.getAttribute(attribute) ?? '').split(' ').filter(Boolean).map((id) => textOf($(el, `#${id}`))).join(' ');
const buttonNamed = (el: Element, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((button) => textOf(button) === name);

async function settle(el: MesoEligibility) {
  await el.updateComplete;
  await el.updateComplete;
}

/** Chooses a radio answer by keyboard from the step heading: Tab into the group, arrows to move. */
async function answerByKeyboard(el: MesoEligibility, answer: Answer) {
  await tabTo(el, 'input[type="radio"]');
  if (answer === 'yes') await press('Space');
  if (answer === 'no') await press('ArrowRight');
  if (answer === 'unsure') {
    await press('ArrowRight');
    await press('ArrowRight');
  }
  await el.updateComplete;
  await tabTo(el, 'button[type="submit"]');
  await press('Enter');
  await settle(el);
}

/** Walks the whole flow by keyboard alone and returns at the result. */
async function completeByKeyboard(el: MesoEligibility, goals: string[], answers: Record<string, Answer>) {
  await tabTo(el, 'button.button--primary');
  await press('Enter');
  await settle(el);
  expect(focused(el)).to.equal(stepHeading(el));
  for (const goal of goals) {
    await tabTo(el, `#goal-${goal}`);
    await press('Space');
  }
  await tabTo(el, 'button[type="submit"]');
  await press('Enter');
  await settle(el);
  for (const id of QUESTIONS) {
    expect(focused(el), `focus on ${id}`).to.equal(stepHeading(el));
    expect(textOf(stepHeading(el))).to.contain(eligibilityEn.questions[id as 'adult'].question);
    await answerByKeyboard(el, answers[id]);
  }
  expect(textOf(stepHeading(el))).to.equal('Check your answers');
  expect(focused(el)).to.equal(stepHeading(el));
  await tabTo(el, 'button.button--primary');
  await press('Enter');
  await settle(el);
}

/** Fills the flow with clicks (quicker), stopping at the summary. */
async function toSummary(el: MesoEligibility, goals: string[], answers: Record<string, Answer>) {
  buttonNamed(el, 'Start')!.click();
  await settle(el);
  for (const goal of goals) $<HTMLInputElement>(el, `#goal-${goal}`)!.click();
  buttonNamed(el, 'Continue')!.click();
  await settle(el);
  for (const id of QUESTIONS) {
    const radio = $<HTMLInputElement>(el, `#q-${id}-${answers[id]}`);
    if (!radio) throw new Error(`no radio for ${id} on step: ${textOf(stepHeading(el))}`);
    radio.click();
    buttonNamed(el, 'Continue')!.click();
    await settle(el);
  }
}

describe('<meso-eligibility>', () => {
  let el: MesoEligibility;
  beforeEach(async () => {
    sessionStorage.clear();
    el = await fixture<MesoEligibility>(
      html`<meso-eligibility booking-url="https://clinic.example/book" consultation-url="https://clinic.example/consultation"></meso-eligibility>`,
    );
  });

  it('opens on an intro with a Start button, the privacy line and the disclaimer', async () => {
    expect(textOf($(el, '#title'))).to.equal('Is mesotherapy right for me?');
    expect(textOf($(el, '.intro'))).to.contain('about a minute').and.contain('stay on this device');
    expect(buttonNamed(el, 'Start')).not.to.equal(undefined);
    expect(textOf($(el, '[part="disclaimer"]'))).to.contain('not medical advice');
    expect(el.result).to.equal(null);
    await expectAccessible(el);
  });

  describe('completing by keyboard alone', () => {
    const cases: [string, string[], Record<string, Answer>, string][] = [
      ['no-concerns', ['face'], SAFE, 'Nothing you told us rules out mesotherapy'],
      ['not-recommended', ['hair'], {...SAFE, bleeding: 'yes'}, 'Mesotherapy is not recommended for you'],
      ['not-now', ['face', 'body'], {...SAFE, pregnant: 'yes'}, 'Not right now'],
      ['ask-doctor', ['face'], {...SAFE, immune: 'unsure'}, 'Speak to your doctor first'],
    ];
    for (const [outcome, goals, answers, headline] of cases) {
      it(`reaches ${outcome} and focuses the result heading, which is its one announcement`, async () => {
        const results: EligibilityResultDetail[] = [];
        el.addEventListener('meso-eligibility-result', (event) => results.push(event.detail));
        await completeByKeyboard(el, goals, answers);
        expect(textOf(stepHeading(el))).to.equal(`Your result: ${headline}`);
        expect(focused(el)).to.equal(stepHeading(el));
        // Focus reads the heading; no live region repeats it.
        const live = [...el.shadowRoot!.querySelectorAll('[aria-live], [role="status"], [role="alert"]')];
        expect(live.map(textOf).filter((text) => text.includes(headline))).to.deep.equal([]);
        expect(el.result!.outcome).to.equal(outcome);
        expect(results).to.have.length(1);
        expect(results[0].outcome).to.equal(outcome);
        // The outcome code alone: goals and reasons are the patient's answers.
        expect(results[0]).to.deep.equal({outcome});
        await expectAccessible(el);
      });
    }
  });

  it('never calls the patient eligible or suitable, on any outcome', async () => {
    for (const answers of [SAFE, {...SAFE, adult: 'no' as Answer}, {...SAFE, skin: 'yes' as Answer}, {...SAFE, allergy: 'unsure' as Answer}]) {
      el.reset();
      await settle(el);
      await toSummary(el, ['face'], answers);
      buttonNamed(el, 'See my result')!.click();
      await settle(el);
      const text = textOf($(el, '[part="result"]')).toLowerCase();
      expect(text).not.to.match(/\beligible\b|\bsuitable\b/);
      expect(text).to.contain('this is not a diagnosis');
    }
  });

  it('shows the error summary on Continue without an answer, focused, linking to the control', async () => {
    buttonNamed(el, 'Start')!.click();
    await settle(el);
    buttonNamed(el, 'Continue')!.click();
    await settle(el);
    const summary = $(el, '[part="error-summary"]')!;
    // Focus reads the summary once; no alert or live region reads it a second time.
    expect(focused(el)).to.equal(summary);
    expect(summary.closest('[role="alert"], [role="status"], [aria-live]')).to.equal(null);
    expect(summary.querySelector('[role="alert"], [role="status"], [aria-live]')).to.equal(null);
    expect(textOf(summary)).to.contain('There is a problem').and.contain('Select what you would like to improve');
    const inline = $(el, '#goals-error')!;
    expect(textOf(inline)).to.equal('Error: Select what you would like to improve');
    // The group of boxes is named by its question, hint and error: spoken as focus enters it.
    expect($(el, '#goals')!.getAttribute('aria-label')).to.equal(
      `What would you like to improve? ${eligibilityEn.goalsHint} Error: Select what you would like to improve`,
    );
    await expectAccessible(el);
    summary.querySelector('a')!.click();
    expect(focused(el)).to.equal($(el, '#goal-face'));
    // Answering clears the inline error; Continue then moves on.
    $<HTMLInputElement>(el, '#goal-face')!.click();
    buttonNamed(el, 'Continue')!.click();
    await settle(el);
    expect($(el, '[part="error-summary"]')).to.equal(null);
    expect(textOf(stepHeading(el))).to.contain('Are you 18 or over?');
  });

  it('shows the error state on a health question, by keyboard', async () => {
    buttonNamed(el, 'Start')!.click();
    await settle(el);
    $<HTMLInputElement>(el, '#goal-hair')!.click();
    buttonNamed(el, 'Continue')!.click();
    await settle(el);
    await tabTo(el, 'button[type="submit"]');
    await press('Enter');
    await settle(el);
    expect(focused(el)).to.equal($(el, '[part="error-summary"]'));
    expect(textOf($(el, '#adult-error'))).to.equal('Error: Select yes, no or not sure');
    // The answers' group is named by the question, its hint, "why we ask" and the error; the step's
    // heading asks the question outside the group, so focus on it reads progress and question once.
    expect($(el, '#q-adult')!.getAttribute('aria-label')).to.equal(
      `Are you 18 or over? ${eligibilityEn.questions.adult.hint} ${eligibilityEn.whyWeAsk} Error: Select yes, no or not sure`,
    );
    expect(stepHeading(el)!.closest('[role="group"], fieldset')).to.equal(null);
    await tabTo(el, '.error-summary a');
    await press('Enter');
    expect(focused(el)).to.equal($(el, '#q-adult-yes'));
    await expectAccessible(el);
  });

  it('shows progress as "Question N of M" and Back on every step', async () => {
    const steps: EligibilityStepDetail[] = [];
    el.addEventListener('meso-eligibility-step', (event) => steps.push(event.detail));
    buttonNamed(el, 'Start')!.click();
    await settle(el);
    // The goals are not a health question: no "Question n of m" on them.
    expect($(el, '[part="progress"]')).to.equal(null);
    $<HTMLInputElement>(el, '#goal-face')!.click();
    buttonNamed(el, 'Continue')!.click();
    await settle(el);
    expect(textOf($(el, '[part="progress"]'))).to.equal('Question 1 of 9');
    expect(buttonNamed(el, 'Back')).not.to.equal(undefined);
    await expectAccessible(el);
    buttonNamed(el, 'Back')!.click();
    await settle(el);
    expect(textOf(stepHeading(el))).to.contain('What would you like to improve?');
    expect(focused(el)).to.equal(stepHeading(el));
    expect($<HTMLInputElement>(el, '#goal-face')!.checked).to.equal(true);
    // index/total count every screen (intro … result); question/questions match the caption.
    expect(steps).to.deep.equal([
      {step: 'goals', index: 1, total: 13, question: null, questions: 9},
      {step: 'adult', index: 2, total: 13, question: 1, questions: 9},
      {step: 'goals', index: 1, total: 13, question: null, questions: 9},
    ]);
  });

  it('gives analytics the visible question number on every question, and null where no caption shows', async () => {
    // Every health question is in the safety floor, so a clinic cannot hide one: the count stays.
    el.rules = {skin: {hidden: true}};
    await settle(el);
    const steps: EligibilityStepDetail[] = [];
    el.addEventListener('meso-eligibility-step', (event) => steps.push(event.detail));
    buttonNamed(el, 'Start')!.click();
    await settle(el);
    expect($(el, '[part="progress"]')).to.equal(null);
    expect(steps.at(-1)).to.deep.include({step: 'goals', question: null, questions: 9});
    $<HTMLInputElement>(el, '#goal-face')!.click();
    buttonNamed(el, 'Continue')!.click();
    await settle(el);
    for (const [i, id] of QUESTIONS.entries()) {
      expect(steps.at(-1)).to.deep.include({step: id, question: i + 1, questions: 9});
      expect(textOf($(el, '[part="progress"]'))).to.equal(`Question ${i + 1} of 9`);
      $<HTMLInputElement>(el, `#q-${id}-${SAFE[id]}`)!.click();
      buttonNamed(el, 'Continue')!.click();
      await settle(el);
    }
    const summary = steps.at(-1)!;
    expect(summary.step).to.equal('summary');
    expect(summary.question).to.equal(null);
    expect($(el, '[part="progress"]')).to.equal(null);
    expect(summary.index).to.equal(summary.total - 2);
  });

  it('checks answers with a Change link that returns to the summary', async () => {
    await toSummary(el, ['face', 'weight'], SAFE);
    expect(textOf(stepHeading(el))).to.equal('Check your answers');
    const rows = [...el.shadowRoot!.querySelectorAll('.summary-row')];
    expect(rows).to.have.length(10);
    expect(textOf(rows[4])).to.contain('Blood thinners or a bleeding disorder').and.contain('No');
    await expectAccessible(el);
    const change = rows[4].querySelector('button')!;
    expect(change.getAttribute('type')).to.equal('button');
    // Issue 21 (U1): " your answer: {label}" (was " your answer about {label}").
    expect(textOf(change)).to.equal('Change your answer: Blood thinners or a bleeding disorder');
    // Each row is one list item; its Change button is described by the answer, so Tab hears it.
    expect(rows.every((row) => row.localName === 'li' && row.parentElement!.localName === 'ul')).to.equal(true);
    expect(referenced(el, change, 'aria-describedby')).to.equal('No');
    const goalsAnswer = $(el, `#${rows[0].querySelector('button')!.getAttribute('aria-describedby')}`)!;
    expect([...goalsAnswer.querySelectorAll('li')].map(textOf)).to.deep.equal([eligibilityEn.goals.face, eligibilityEn.goals.weight]);
    expect(el.shadowRoot!.querySelectorAll('a[href^="#"]')).to.have.length(0);
    change.click();
    await settle(el);
    expect(textOf(stepHeading(el))).to.contain('thins your blood');
    expect(focused(el)).to.equal(stepHeading(el));
    $<HTMLInputElement>(el, '#q-bleeding-yes')!.click();
    buttonNamed(el, 'Continue')!.click();
    await settle(el);
    expect(textOf(stepHeading(el))).to.equal('Check your answers');
    expect(textOf(el.shadowRoot!.querySelectorAll('.summary-row')[4])).to.contain('Yes');
    buttonNamed(el, 'See my result')!.click();
    await settle(el);
    const result = textOf($(el, '[part="result"]'));
    expect(el.result!.outcome).to.equal('not-recommended');
    expect(result).to.contain('Never stop a prescribed medicine without talking to your doctor');
    expect(result).to.contain('not a weight-loss or obesity treatment');
  });

  it('says weight loss alone is not what mesotherapy is for', async () => {
    await toSummary(el, ['weight'], SAFE);
    buttonNamed(el, 'See my result')!.click();
    await settle(el);
    expect(el.result).to.deep.equal({outcome: 'not-recommended', reasons: [{id: 'weight-loss', severity: 'not-recommended'}], notes: []});
    expect(textOf($(el, '[part="result"]'))).to.contain('not a weight-loss or obesity treatment');
  });

  it('shows the fat-loss caveats for body goals, and the checklist and what to expect on the result', async () => {
    await toSummary(el, ['body'], SAFE);
    buttonNamed(el, 'See my result')!.click();
    await settle(el);
    const result = textOf($(el, '[part="result"]'));
    // Issue 21 (re-read C1): "few good studies" replaces "the evidence is mixed".
    expect(result).to.contain('has not approved it for fat loss').and.contain('There are few good studies');
    expect(result).to.contain('not a weight-loss or obesity treatment');
    expect(result).to.contain(eligibilityEn.checklist[0]).and.contain(eligibilityEn.expect[0]);
    expect(buttonNamed(el, 'Print this result')).not.to.equal(undefined);
  });

  it('fires meso-book with the outcome, and Start again returns to the intro', async () => {
    await toSummary(el, ['face'], {...SAFE, allergy: 'unsure'});
    buttonNamed(el, 'See my result')!.click();
    await settle(el);
    el.addEventListener('meso-book', (event) => event.preventDefault());
    const fired = oneEvent(el, 'meso-book');
    // Under ask-doctor the link is the consultation-only booking (issue 22), never the treatment booking.
    expect(el.shadowRoot!.querySelectorAll('[part="booking"]')).to.have.length(1);
    $<HTMLAnchorElement>(el, '[part="booking"]')!.click();
    expect((await fired).detail).to.deep.equal({source: 'eligibility', url: 'https://clinic.example/consultation', outcome: 'ask-doctor', kind: 'consultation'});
    buttonNamed(el, 'Start again')!.click();
    await settle(el);
    expect(buttonNamed(el, 'Start')).not.to.equal(undefined);
    expect(focused(el)).to.equal($(el, '#title'));
    expect(el.result).to.equal(null);
  });

  it('events carry codes only, never an answer, a reason code or a goal', async () => {
    const details: unknown[] = [];
    for (const name of ['meso-eligibility-step', 'meso-eligibility-result'] as const) {
      el.addEventListener(name, (event) => details.push(event.detail));
    }
    await toSummary(el, ['face', 'hair'], {...SAFE, skin: 'yes'});
    buttonNamed(el, 'See my result')!.click();
    await settle(el);
    const last = details.at(-1) as EligibilityResultDetail;
    expect(last).to.deep.equal({outcome: 'not-now'});
    expect(JSON.stringify(details)).not.to.contain('"face"').and.not.to.contain('"yes"');
    expect(el.result!.reasons.map((reason) => reason.id)).to.deep.equal(['skin']);
    const text = JSON.stringify(details);
    expect(text).not.to.contain(' ');
  });
});

describe('<meso-eligibility layout="list">', () => {
  it('asks every health question on one page, with an error per unanswered question', async () => {
    const el = await fixture<MesoEligibility>(html`<meso-eligibility layout="list"></meso-eligibility>`);
    buttonNamed(el, 'Start')!.click();
    await settle(el);
    expect(textOf($(el, '[part="progress"]'))).to.equal('Page 1 of 2');
    $<HTMLInputElement>(el, '#goal-hair')!.click();
    buttonNamed(el, 'Continue')!.click();
    await settle(el);
    expect(textOf($(el, '[part="progress"]'))).to.equal('Page 2 of 2');
    expect(textOf(stepHeading(el))).to.equal('Page 2 of 2About your health');
    // Each question is a group named by its question and hint (a legend would be read as well as the name).
    const groups = [...el.shadowRoot!.querySelectorAll('[role="group"]')];
    expect(groups.map((group) => group.getAttribute('aria-label'))).to.deep.equal(
      QUESTIONS.map((id) => `${eligibilityEn.questions[id as 'adult'].question} ${eligibilityEn.questions[id as 'adult'].hint}`),
    );
    $<HTMLInputElement>(el, '#q-adult-yes')!.click();
    buttonNamed(el, 'Continue')!.click();
    await settle(el);
    const summary = $(el, '[part="error-summary"]')!;
    expect(summary.querySelectorAll('li')).to.have.length(8);
    expect(focused(el)).to.equal(summary);
    await expectAccessible(el);
    // Answering a question with an error takes the error away; focus stays on the answer.
    $<HTMLInputElement>(el, '#q-pregnant-no')!.focus();
    await press('Space');
    await settle(el);
    expect($(el, '#pregnant-error')).to.equal(null);
    expect($<HTMLInputElement>(el, '#q-pregnant-no')!.checked).to.equal(true);
    expect(focused(el)).to.equal($(el, '#q-pregnant-no'));
    for (const id of QUESTIONS.slice(1)) $<HTMLInputElement>(el, `#q-${id}-no`)!.click();
    buttonNamed(el, 'Continue')!.click();
    await settle(el);
    expect(textOf(stepHeading(el))).to.equal('Check your answers');
    buttonNamed(el, 'See my result')!.click();
    await settle(el);
    expect(el.result!.outcome).to.equal('no-concerns');
  });

  it('tells analytics the page count the caption shows, "Page n of 2" (security review 10h)', async () => {
    const el = await fixture<MesoEligibility>(html`<meso-eligibility layout="list"></meso-eligibility>`);
    const steps: unknown[] = [];
    el.addEventListener('meso-eligibility-step', (event) => steps.push(event.detail));
    buttonNamed(el, 'Start')!.click();
    await settle(el);
    $<HTMLInputElement>(el, '#goal-hair')!.click();
    buttonNamed(el, 'Continue')!.click();
    await settle(el);
    expect(textOf($(el, '[part="progress"]'))).to.equal('Page 2 of 2');
    expect(steps).to.deep.equal([
      {step: 'goals', index: 1, total: 5, question: 1, questions: 2},
      {step: 'questions', index: 2, total: 5, question: 2, questions: 2},
    ]);
  });
});

describe('<meso-eligibility> rules', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  let errors: ReturnType<typeof captureConfigErrors>;
  beforeEach(() => {
    warnings = captureWarnings();
    errors = captureConfigErrors();
  });
  afterEach(() => {
    warnings.restore();
    errors.stop();
  });

  it('takes a clinic’s severity change from the JSON block', async () => {
    const el = await fixture<MesoEligibility>(html`<meso-eligibility>
      <script type="application/json">
        {"rules": {"conditions": {"severity": "ask-doctor"}}}
      </script>
    </meso-eligibility>`);
    await toSummary(el, ['face'], {...SAFE, conditions: 'yes'});
    expect(textOf(stepHeading(el))).to.equal('Check your answers');
    buttonNamed(el, 'See my result')!.click();
    await settle(el);
    expect(el.result!.outcome).to.equal('ask-doctor');
    expect(errors.errors).to.deep.equal([]);
  });

  it('refuses to hide the pregnancy question (safety floor): one warning, one meso-config-error, and it is still asked', async () => {
    const el = await fixture<MesoEligibility>(html`<meso-eligibility>
      <script type="application/json">{"rules": {"pregnant": {"hidden": true}}}</script>
    </meso-eligibility>`);
    await settle(el);
    expect(errors.errors.map((error) => error.path)).to.deep.equal(['rules.pregnant.hidden']);
    expect(errors.errors[0].message).to.contain('safety floor');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('rules.pregnant.hidden');
    // toSummary walks every question, pregnancy included; it throws when a question is missing.
    await toSummary(el, ['face'], {...SAFE, pregnant: 'yes'});
    const rows = [...el.shadowRoot!.querySelectorAll('.summary-row')];
    expect(rows.map(textOf).some((row) => row.startsWith('Pregnancy'))).to.equal(true);
    buttonNamed(el, 'See my result')!.click();
    await settle(el);
    expect(el.result!.outcome).to.equal('not-now');
  });

  it('refuses to set bleeding to no concern through the rules property; a yes still gives not recommended', async () => {
    const el = await fixture<MesoEligibility>(html`<meso-eligibility .rules=${{bleeding: {severity: 'no-concerns'}} as never}></meso-eligibility>`);
    await settle(el);
    expect(errors.errors.map((error) => error.path)).to.deep.equal(['rules.bleeding.severity']);
    expect(errors.errors[0].message).to.contain('never lower than ask-doctor');
    expect(warnings.messages).to.have.length(1);
    await toSummary(el, ['face'], {...SAFE, bleeding: 'yes'});
    buttonNamed(el, 'See my result')!.click();
    await settle(el);
    expect(el.result!.outcome).to.equal('not-recommended');
  });

  it('lets the rules property win over the block', async () => {
    const el = await fixture<MesoEligibility>(html`<meso-eligibility .rules=${{skin: {severity: 'not-recommended'}}}>
      <script type="application/json">{"rules": {"skin": {"severity": "ask-doctor"}}}</script>
    </meso-eligibility>`);
    await toSummary(el, ['face'], {...SAFE, skin: 'yes'});
    buttonNamed(el, 'See my result')!.click();
    await settle(el);
    expect(el.result!.outcome).to.equal('not-recommended');
  });

  it('reports invalid rules JSON and keeps the default rules', async () => {
    const el = await fixture<MesoEligibility>(html`<meso-eligibility>
      <script type="application/json">{"rules": {"skin": {"severity": "never"}, "tattoos": {"hidden": true}}}</script>
    </meso-eligibility>`);
    expect(errors.errors.map((error) => error.path)).to.deep.equal(['rules.skin.severity', 'rules.tattoos']);
    expect(warnings.messages).to.have.length(2);
    await toSummary(el, ['face'], {...SAFE, skin: 'yes'});
    buttonNamed(el, 'See my result')!.click();
    await settle(el);
    expect(el.result!.outcome).to.equal('not-now');
  });

  it('reports a broken JSON block and still works', async () => {
    const el = await fixture<MesoEligibility>(html`<meso-eligibility>
      <script type="application/json">{"rules": </script>
    </meso-eligibility>`);
    expect(errors.errors).to.have.length(1);
    expect(buttonNamed(el, 'Start')).not.to.equal(undefined);
  });

  it('warns about an unknown layout and uses steps', async () => {
    const el = await fixture<MesoEligibility>(html`<meso-eligibility layout="grid"></meso-eligibility>`);
    expect(errors.errors.map((error) => error.path)).to.deep.equal(['layout']);
    buttonNamed(el, 'Start')!.click();
    await settle(el);
    $<HTMLInputElement>(el, '#goal-face')!.click();
    buttonNamed(el, 'Continue')!.click();
    await settle(el);
    expect(textOf($(el, '[part="progress"]'))).to.equal('Question 1 of 9');
  });
});

describe('<meso-eligibility remember>', () => {
  beforeEach(() => sessionStorage.clear());

  it('resumes where the patient was after a reload, and Start again clears it', async () => {
    const first = await fixture<MesoEligibility>(html`<meso-eligibility remember></meso-eligibility>`);
    buttonNamed(first, 'Start')!.click();
    await settle(first);
    $<HTMLInputElement>(first, '#goal-hair')!.click();
    buttonNamed(first, 'Continue')!.click();
    await settle(first);
    $<HTMLInputElement>(first, '#q-adult-yes')!.click();
    buttonNamed(first, 'Continue')!.click();
    await settle(first);
    first.remove();

    const second = await fixture<MesoEligibility>(html`<meso-eligibility remember></meso-eligibility>`);
    expect(textOf(stepHeading(second))).to.contain('Are you pregnant');
    buttonNamed(second, 'Back')!.click();
    await settle(second);
    expect($<HTMLInputElement>(second, '#q-adult-yes')!.checked).to.equal(true);
    second.reset();
    await settle(second);
    second.remove();

    const third = await fixture<MesoEligibility>(html`<meso-eligibility remember></meso-eligibility>`);
    expect(buttonNamed(third, 'Start')).not.to.equal(undefined);
  });

  it('stores nothing without remember', async () => {
    const el = await fixture<MesoEligibility>(html`<meso-eligibility></meso-eligibility>`);
    buttonNamed(el, 'Start')!.click();
    await settle(el);
    expect(sessionStorage.length).to.equal(0);
  });

  it('keeps working when storage throws', async () => {
    const original = Storage.prototype.setItem;
    const originalGet = Storage.prototype.getItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    Storage.prototype.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    try {
      const el = await fixture<MesoEligibility>(html`<meso-eligibility remember></meso-eligibility>`);
      buttonNamed(el, 'Start')!.click();
      await settle(el);
      expect(textOf(stepHeading(el))).to.contain('What would you like to improve?');
    } finally {
      Storage.prototype.setItem = original;
      Storage.prototype.getItem = originalGet;
    }
  });
});

describe('<meso-eligibility> next steps fit the outcome', () => {
  const links = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')];
  async function resultFor(answers: Record<string, Answer>, goals = ['face']) {
    sessionStorage.clear();
    const el = await fixture<MesoEligibility>(
      html`<meso-eligibility
        booking-url="https://clinic.example/book"
        consultation-url="https://clinic.example/consultation"
        clinic-phone="+44 20 7946 0000"
      ></meso-eligibility>`,
    );
    await toSummary(el, goals, answers);
    buttonNamed(el, 'See my result')!.click();
    await settle(el);
    return el;
  }

  for (const [outcome, answers] of [
    ['not-recommended', {...SAFE, bleeding: 'yes'}],
    ['not-now', {...SAFE, pregnant: 'yes'}],
    ['not-recommended (under 18)', {...SAFE, adult: 'no'}],
  ] as const) {
    it(`${outcome}: no booking, no "What to expect" and no consultation checklist; the clinic phone stays`, async () => {
      const el = await resultFor(answers);
      expect($(el, '[part="booking"]')).to.equal(null);
      expect(links(el).map(textOf)).not.to.include('Book a consultation');
      const result = textOf($(el, '[part="result"]'));
      expect(result).not.to.contain('What to expect').and.not.to.contain('Before your consultation');
      expect(textOf($(el, '[part="phone"]'))).to.contain('Call the clinic:').and.contain('+44 20 7946 0000');
      expect(result).to.match(/your doctor|check again/);
      await expect(el).to.be.accessible();
    });
  }

  it('ask-doctor: the advice to speak to your doctor comes first, then the consultation-only booking', async () => {
    const el = await resultFor({...SAFE, immune: 'unsure'});
    const booking = $<HTMLAnchorElement>(el, '[part="booking"]')!;
    expect(booking.href).to.equal('https://clinic.example/consultation');
    expect(textOf(booking)).to.equal(eligibilityEn.consultationLabel);
    const advice = $(el, '.book-after')!;
    expect(textOf(advice)).to.equal(eligibilityEn.bookAfterDoctor);
    expect(textOf($(el, '.next'))).to.contain('Ask your doctor');
    const before = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    expect(before($(el, '.next')!, booking), 'doctor advice before booking').to.equal(true);
    expect(before(advice, booking), 'book-after line before booking').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('no-concerns: no tick stamp, and the words say a practitioner decides', async () => {
    const el = await resultFor(SAFE);
    const icon = textOf($(el, '.outcome-icon'));
    expect(icon).not.to.match(/[✓✔☑✅]/u);
    const result = textOf($(el, '[part="result"]'));
    expect(result).to.contain('Nothing you told us rules out mesotherapy');
    expect(result).to.contain('A practitioner checks your health').and.contain('This does not mean it is right for you');
    expect($(el, '[part="booking"]')).not.to.equal(null);
  });

  it('"Not sure" on the age question gives a sentence about age, not a label', async () => {
    const el = await resultFor({...SAFE, adult: 'unsure'});
    const reasons = textOf($(el, '.reasons'));
    expect(reasons).to.contain('You were not sure if you are 18 or over.');
    expect(reasons).not.to.contain('You were not sure about:');
  });

  // Issue 21: the clinical read of 2026-12.
  it('shows the medicine warning for every reason that may involve a medicine, "Not sure" too, and for no other', async () => {
    for (const [answers, warned] of [
      [{...SAFE, immune: 'yes'}, true],
      [{...SAFE, conditions: 'yes'}, true],
      [{...SAFE, 'heart-stroke': 'unsure'}, true],
      [{...SAFE, bleeding: 'unsure'}, true],
      [{...SAFE, skin: 'yes'}, false],
      [{...SAFE, allergy: 'unsure'}, false],
    ] as const) {
      const el = await resultFor(answers);
      const warning = $(el, '[part="warning"]');
      const label = JSON.stringify(answers);
      if (warned) expect(textOf(warning), label).to.equal(eligibilityEn.medicineWarning);
      else expect(warning, label).to.equal(null);
    }
  });

  it('"Not sure" about pregnancy: not right now, no booking, and how to find out', async () => {
    const el = await resultFor({...SAFE, pregnant: 'unsure'});
    expect(el.result!.outcome).to.equal('not-now');
    expect($(el, '[part="booking"]')).to.equal(null);
    expect(textOf($(el, '.reasons'))).to.contain(eligibilityEn.questions.pregnant.unsure);
  });

  it('shows the note that hair loss can have a medical cause for the hair goal', async () => {
    const el = await resultFor(SAFE, ['hair']);
    expect(textOf($(el, '.notes'))).to.contain(eligibilityEn.notes['hair-loss']);
  });

  it('"Check your answers" names the age row "18 or over", and each Change button names its question', async () => {
    sessionStorage.clear();
    const el = await fixture<MesoEligibility>(html`<meso-eligibility></meso-eligibility>`);
    await toSummary(el, ['face'], SAFE);
    const rows = [...el.shadowRoot!.querySelectorAll('.summary-row')];
    expect(textOf(rows[1].querySelector('.summary-label'))).to.equal('18 or over');
    expect(textOf(rows[1].querySelector('button'))).to.equal('Change your answer: 18 or over');
  });
});

describe('<meso-eligibility> safety floor per question (issue 21)', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  let errors: ReturnType<typeof captureConfigErrors>;
  beforeEach(() => {
    sessionStorage.clear();
    warnings = captureWarnings();
    errors = captureConfigErrors();
  });
  afterEach(() => {
    warnings.restore();
    errors.stop();
  });

  it('refuses pregnancy at ask-doctor through the JSON block: one warning, one meso-config-error, and a pregnant patient is never offered booking', async () => {
    const el = await fixture<MesoEligibility>(html`<meso-eligibility booking-url="https://clinic.example/book">
      <script type="application/json">{"rules": {"pregnant": {"severity": "ask-doctor", "unsure": "ask-doctor"}}}</script>
    </meso-eligibility>`);
    await settle(el);
    expect(errors.errors.map((error) => error.path)).to.deep.equal(['rules.pregnant.severity', 'rules.pregnant.unsure']);
    expect(warnings.messages).to.have.length(2);
    for (const answer of ['yes', 'unsure'] as const) {
      el.reset();
      await settle(el);
      await toSummary(el, ['face'], {...SAFE, pregnant: answer});
      buttonNamed(el, 'See my result')!.click();
      await settle(el);
      expect(el.result!.outcome, answer).to.equal('not-now');
      expect($(el, '[part="booking"]'), answer).to.equal(null);
    }
  });

  it('refuses under 18 at ask-doctor through the rules property: the default stays', async () => {
    const el = await fixture<MesoEligibility>(html`<meso-eligibility .rules=${{adult: {severity: 'ask-doctor'}}}></meso-eligibility>`);
    await settle(el);
    expect(errors.errors.map((error) => error.path)).to.deep.equal(['rules.adult.severity']);
    expect(errors.errors[0].message).to.contain('fixed at not-recommended');
    await toSummary(el, ['face'], {...SAFE, adult: 'no'});
    buttonNamed(el, 'See my result')!.click();
    await settle(el);
    expect(el.result!.outcome).to.equal('not-recommended');
  });

  it('accepts a stricter "Not sure" from the JSON block', async () => {
    const el = await fixture<MesoEligibility>(html`<meso-eligibility>
      <script type="application/json">{"rules": {"skin": {"unsure": "not-now"}}}</script>
    </meso-eligibility>`);
    await toSummary(el, ['face'], {...SAFE, skin: 'unsure'});
    buttonNamed(el, 'See my result')!.click();
    await settle(el);
    expect(errors.errors).to.deep.equal([]);
    expect(el.result!.outcome).to.equal('not-now');
  });
});
