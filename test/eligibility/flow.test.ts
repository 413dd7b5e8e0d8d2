import {expect} from '@open-wc/testing';
import {
  firstIncomplete,
  flowSteps,
  missingFields,
  parseSavedProgress,
  questionProgress,
} from '../../src/logic/eligibility/flow.js';
import {QUESTION_IDS} from '../../src/types/eligibility.js';

const questions = [...QUESTION_IDS];

describe('eligibility flow', () => {
  it('asks one question per step in the steps layout', () => {
    expect(flowSteps('steps', questions)).to.deep.equal(['intro', 'goals', ...questions, 'summary', 'result']);
  });

  it('puts every health question on one page in the list layout', () => {
    expect(flowSteps('list', questions)).to.deep.equal(['intro', 'goals', 'questions', 'summary', 'result']);
    expect(flowSteps('list', [])).to.deep.equal(['intro', 'goals', 'summary', 'result']);
  });

  it('counts the goal question and each health question as "Question n of total"', () => {
    const steps = flowSteps('steps', questions);
    expect(questionProgress(steps, 'goals')).to.deep.equal({n: 1, total: 10, unit: 'question'});
    expect(questionProgress(steps, 'pregnant')).to.deep.equal({n: 3, total: 10, unit: 'question'});
    expect(questionProgress(steps, 'heart-stroke')).to.deep.equal({n: 10, total: 10, unit: 'question'});
    expect(questionProgress(steps, 'summary')).to.equal(null);
    expect(questionProgress(flowSteps('steps', ['adult', 'skin']), 'skin')).to.deep.equal({n: 3, total: 3, unit: 'question'});
    // The list layout has two pages of questions: the goals, then every health question.
    const list = flowSteps('list', questions);
    expect(questionProgress(list, 'goals')).to.deep.equal({n: 1, total: 2, unit: 'page'});
    expect(questionProgress(list, 'questions')).to.deep.equal({n: 2, total: 2, unit: 'page'});
    expect(questionProgress(list, 'summary')).to.equal(null);
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
    const steps = flowSteps('steps', questions);
    expect(firstIncomplete(steps, {goals: [], health: {}}, questions)).to.equal('goals');
    expect(firstIncomplete(steps, {goals: ['face'], health: {adult: 'yes'}}, questions)).to.equal('pregnant');
    const all = Object.fromEntries(questions.map((id) => [id, 'no']));
    expect(firstIncomplete(steps, {goals: ['face'], health: all}, questions)).to.equal('summary');
  });

  it('reads saved progress defensively', () => {
    expect(parseSavedProgress(null)).to.equal(null);
    expect(parseSavedProgress('not json')).to.equal(null);
    expect(parseSavedProgress('{"goals": []}')).to.equal(null);
    expect(parseSavedProgress('{"step": "skin", "goals": ["face", "tan"], "health": {"skin": "yes", "adult": "maybe", "x": "no"}}')).to.deep.equal({
      step: 'skin',
      goals: ['face'],
      health: {skin: 'yes'},
    });
  });
});
