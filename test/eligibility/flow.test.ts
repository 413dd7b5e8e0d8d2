import {expect} from '@open-wc/testing';
import {
  checkLayout,
  firstIncomplete,
  flowSteps,
  missingFields,
  parseSavedProgress,
  PROGRESS_KEPT_MS,
  questionProgress,
  resumeStep,
  stepDetail,
} from '../../src/logic/eligibility/flow.js';
import {QUESTION_IDS} from '../../src/types/eligibility.js';

const questions = [...QUESTION_IDS];
/** The screens in the order the element's flow lists them; `health` stands for the health questions. */
const screens = ['intro', 'goals', 'health', 'summary', 'result'];

describe('eligibility flow', () => {
  it('asks one question per step in the steps layout', () => {
    expect(flowSteps(screens, 'steps', questions)).to.deep.equal(['intro', 'goals', ...questions, 'summary', 'result']);
  });

  it('puts every health question on one page in the list layout', () => {
    expect(flowSteps(screens, 'list', questions)).to.deep.equal(['intro', 'goals', 'questions', 'summary', 'result']);
    expect(flowSteps(screens, 'list', [])).to.deep.equal(['intro', 'goals', 'summary', 'result']);
  });

  it('counts each health question as "Question n of total", and not the goals step', () => {
    const steps = flowSteps(screens, 'steps', questions);
    // The goals step asks what the patient would like, not about their health: it has no number.
    expect(questionProgress(steps, 'goals')).to.equal(null);
    expect(questionProgress(steps, 'adult')).to.deep.equal({n: 1, total: 9, unit: 'question'});
    expect(questionProgress(steps, 'pregnant')).to.deep.equal({n: 2, total: 9, unit: 'question'});
    expect(questionProgress(steps, 'heart-stroke')).to.deep.equal({n: 9, total: 9, unit: 'question'});
    expect(questionProgress(steps, 'summary')).to.equal(null);
    expect(questionProgress(flowSteps(screens, 'steps', ['adult', 'skin']), 'skin')).to.deep.equal({n: 2, total: 2, unit: 'question'});
    // The list layout has two pages of questions: the goals, then every health question.
    const list = flowSteps(screens, 'list', questions);
    expect(questionProgress(list, 'goals')).to.deep.equal({n: 1, total: 2, unit: 'page'});
    expect(questionProgress(list, 'questions')).to.deep.equal({n: 2, total: 2, unit: 'page'});
    expect(questionProgress(list, 'summary')).to.equal(null);
  });

  it('the step event of the list layout counts its two pages, as "Page n of 2" shows (security review 10h)', () => {
    const list = flowSteps(screens, 'list', questions);
    expect(stepDetail(list, 'goals')).to.deep.equal({step: 'goals', index: 1, total: 5, question: 1, questions: 2});
    expect(stepDetail(list, 'questions')).to.deep.equal({step: 'questions', index: 2, total: 5, question: 2, questions: 2});
    expect(stepDetail(list, 'result')).to.deep.equal({step: 'result', index: 4, total: 5, question: null, questions: 2});
  });

  it('knows what each step still needs', () => {
    const empty = {goals: [], health: {}};
    expect(missingFields('goals', empty, questions)).to.deep.equal(['goals']);
    expect(missingFields('goals', {goals: ['hair'], health: {}}, questions)).to.deep.equal([]);
    expect(missingFields('skin', empty, questions)).to.deep.equal(['skin']);
    expect(missingFields('skin', {goals: [], health: {skin: 'unsure'}}, questions)).to.deep.equal([]);
    expect(missingFields('questions', {goals: [], health: {adult: 'yes', skin: 'no'}}, ['adult', 'skin', 'allergy'])).to.deep.equal([
      'allergy',
    ]);
    expect(missingFields('summary', empty, questions)).to.deep.equal([]);
  });

  it('finds the first step that is not complete', () => {
    const steps = flowSteps(screens, 'steps', questions);
    expect(firstIncomplete(steps, {goals: [], health: {}}, questions)).to.equal('goals');
    expect(firstIncomplete(steps, {goals: ['face'], health: {adult: 'yes'}}, questions)).to.equal('pregnant');
    const all = Object.fromEntries(questions.map((id) => [id, 'no']));
    expect(firstIncomplete(steps, {goals: ['face'], health: all}, questions)).to.equal('summary');
  });

  it('reads saved progress defensively', () => {
    expect(parseSavedProgress(null)).to.equal(null);
    expect(parseSavedProgress('not json')).to.equal(null);
    expect(parseSavedProgress('{"goals": []}')).to.equal(null);
    const now = Date.UTC(2026, 11, 2, 12);
    expect(parseSavedProgress(`{"step": "skin", "goals": ["face", "tan"], "health": {"skin": "yes", "adult": "maybe", "x": "no"}, "savedAt": ${now - 1000}}`, now)).to.deep.equal({
      step: 'skin',
      goals: ['face'],
      health: {skin: 'yes'},
    });
  });

  it('reads saved progress only within 24 hours of saving it', () => {
    const now = Date.UTC(2026, 11, 2, 12);
    const saved = (savedAt: unknown) => JSON.stringify({step: 'skin', goals: [], health: {}, savedAt});
    expect(parseSavedProgress(saved(now - PROGRESS_KEPT_MS), now)).to.deep.equal({step: 'skin', goals: [], health: {}});
    expect(parseSavedProgress(saved(now), now)).not.to.equal(null);
    for (const savedAt of [now - PROGRESS_KEPT_MS - 1, now + 10 * 60 * 1000, undefined, null, String(now), Number.NaN]) {
      expect(parseSavedProgress(saved(savedAt), now), String(savedAt)).to.equal(null);
    }
    expect(PROGRESS_KEPT_MS).to.equal(24 * 60 * 60 * 1000);
  });

  it('puts a new screen where the flow lists it, and counts it as a screen but not as a question', () => {
    const withConsent = ['intro', 'goals', 'health', 'summary', 'consent', 'result'];
    const steps = flowSteps(withConsent, 'steps', ['adult', 'skin']);
    expect(steps).to.deep.equal(['intro', 'goals', 'adult', 'skin', 'summary', 'consent', 'result']);
    expect(stepDetail(steps, 'consent')).to.deep.equal({step: 'consent', index: 5, total: 7, question: null, questions: 2});
    expect(questionProgress(steps, 'consent')).to.equal(null);
  });

  it('gives the step event every screen from 0, and the visible "Question n of m"', () => {
    const steps = flowSteps(screens, 'steps', questions);
    expect(stepDetail(steps, 'intro')).to.deep.equal({step: 'intro', index: 0, total: 13, question: null, questions: 9});
    expect(stepDetail(steps, 'goals')).to.deep.equal({step: 'goals', index: 1, total: 13, question: null, questions: 9});
    expect(stepDetail(steps, 'adult')).to.deep.equal({step: 'adult', index: 2, total: 13, question: 1, questions: 9});
    expect(stepDetail(steps, 'heart-stroke')).to.deep.equal({step: 'heart-stroke', index: 10, total: 13, question: 9, questions: 9});
    expect(stepDetail(steps, 'summary')).to.deep.equal({step: 'summary', index: 11, total: 13, question: null, questions: 9});
    expect(stepDetail(steps, 'result')).to.deep.equal({step: 'result', index: 12, total: 13, question: null, questions: 9});
    // The list layout: "Page n of 2" on the goals and on the page of questions.
    const list = flowSteps(screens, 'list', questions);
    expect(stepDetail(list, 'goals')).to.deep.equal({step: 'goals', index: 1, total: 5, question: 1, questions: 2});
    expect(stepDetail(list, 'questions')).to.deep.equal({step: 'questions', index: 2, total: 5, question: 2, questions: 2});
  });

  it('resumes at the remembered step, never past the first one that is not complete', () => {
    const steps = flowSteps(screens, 'steps', questions);
    const answered = {adult: 'yes', pregnant: 'no'} as const;
    expect(resumeStep(steps, {step: 'pregnant', goals: ['face'], health: {adult: 'yes'}}, questions)).to.equal('pregnant');
    expect(resumeStep(steps, {step: 'breastfeeding', goals: ['face'], health: answered}, questions)).to.equal('breastfeeding');
    // Saved further on than the answers reach (answers lost, or a question added since): the first gap.
    expect(resumeStep(steps, {step: 'summary', goals: ['face'], health: answered}, questions)).to.equal('breastfeeding');
    expect(resumeStep(steps, {step: 'result', goals: [], health: {}}, questions)).to.equal('goals');
    // A step the flow no longer has (another layout since): back to the intro.
    expect(resumeStep(steps, {step: 'questions', goals: ['face'], health: answered}, questions)).to.equal('intro');
    expect(resumeStep(steps, {step: 'nonsense', goals: [], health: {}}, questions)).to.equal('intro');
    // A finished check resumes at "Check your answers": the result is one press away, and shown afresh.
    const all = Object.fromEntries(questions.map((id) => [id, 'no']));
    expect(resumeStep(steps, {step: 'result', goals: ['hair'], health: all}, questions)).to.equal('summary');
    expect(resumeStep(steps, {step: 'summary', goals: ['hair'], health: all}, questions)).to.equal('summary');
  });

  it('takes steps or list as the layout, and anything else as steps with a problem', () => {
    expect(checkLayout('steps')).to.deep.equal({value: 'steps'});
    expect(checkLayout('list')).to.deep.equal({value: 'list'});
    expect(checkLayout('grid')).to.deep.equal({value: 'steps', problem: '"grid" is not one of steps, list; using steps'});
    expect(checkLayout('')).to.deep.equal({value: 'steps', problem: '"" is not one of steps, list; using steps'});
    expect(checkLayout('LIST').value).to.equal('steps');
  });
});
