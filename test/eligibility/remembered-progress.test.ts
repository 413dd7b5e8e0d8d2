import {expect} from '@open-wc/testing';
import {forgetProgress, keepProgress, recallProgress} from '../../src/eligibility/remembered-progress.js';

describe('eligibility remembered progress', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  it('keeps the step and the answers in sessionStorage, under the tag plus the element’s id', () => {
    keepProgress('', {step: 'skin', goals: ['face'], health: {adult: 'yes'}});
    keepProgress('clinic-a', {step: 'goals', goals: [], health: {}});
    expect(sessionStorage.length).to.equal(2);
    const {savedAt, ...kept} = JSON.parse(sessionStorage.getItem('meso-widgets:meso-eligibility')!);
    expect(kept).to.deep.equal({step: 'skin', goals: ['face'], health: {adult: 'yes'}});
    expect(Math.abs(savedAt - Date.now())).to.be.below(5000);
    const keptA = JSON.parse(sessionStorage.getItem('meso-widgets:meso-eligibility#clinic-a')!);
    expect(keptA).to.deep.equal({step: 'goals', goals: [], health: {}, savedAt: keptA.savedAt});
    expect(keptA.savedAt).to.be.a('number');
    expect(localStorage.getItem('meso-widgets:meso-eligibility')).to.equal(null);
  });

  it('keeps nothing but the step, the goals, the answers and when they were saved', () => {
    const progress = {step: 'skin', goals: ['face' as const], health: {}, result: {outcome: 'not-now'}, errors: ['skin']};
    keepProgress('', progress);
    expect(Object.keys(JSON.parse(sessionStorage.getItem('meso-widgets:meso-eligibility')!))).to.deep.equal(['step', 'goals', 'health', 'savedAt']);
  });

  it('recalls what it kept, per id, and checks it', () => {
    keepProgress('b', {step: 'pregnant', goals: ['hair', 'body'], health: {adult: 'no'}});
    expect(recallProgress('b')).to.deep.equal({step: 'pregnant', goals: ['hair', 'body'], health: {adult: 'no'}});
    expect(recallProgress('')).to.equal(null);
    sessionStorage.setItem('meso-widgets:meso-eligibility', `{"step": "skin", "goals": ["tan"], "health": {"skin": "maybe"}, "savedAt": ${Date.now()}}`);
    expect(recallProgress('')).to.deep.equal({step: 'skin', goals: [], health: {}});
    sessionStorage.setItem('meso-widgets:meso-eligibility', '<not json>');
    expect(recallProgress('')).to.equal(null);
  });

  it('forgets progress saved more than 24 hours ago, or with no time saved, and removes it', () => {
    const hour = 60 * 60 * 1000;
    const saved = (savedAt: unknown) => JSON.stringify({step: 'skin', goals: ['face'], health: {adult: 'yes'}, savedAt});
    sessionStorage.setItem('meso-widgets:meso-eligibility', saved(Date.now() - 23.9 * hour));
    expect(recallProgress('')).to.deep.equal({step: 'skin', goals: ['face'], health: {adult: 'yes'}});
    for (const savedAt of [Date.now() - 24.1 * hour, Date.now() + hour, undefined, '2026-12-02', null]) {
      sessionStorage.setItem('meso-widgets:meso-eligibility', saved(savedAt));
      expect(recallProgress(''), String(savedAt)).to.equal(null);
      expect(sessionStorage.getItem('meso-widgets:meso-eligibility'), String(savedAt)).to.equal(null);
    }
  });

  it('forgets only the element’s own progress', () => {
    keepProgress('', {step: 'skin', goals: [], health: {}});
    keepProgress('other', {step: 'skin', goals: [], health: {}});
    forgetProgress('');
    expect(recallProgress('')).to.equal(null);
    expect(recallProgress('other')).not.to.equal(null);
  });

  it('never throws when storage does', () => {
    const {getItem, setItem, removeItem} = Storage.prototype;
    Storage.prototype.getItem = Storage.prototype.setItem = Storage.prototype.removeItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    try {
      expect(() => keepProgress('', {step: 'skin', goals: [], health: {}})).not.to.throw();
      expect(recallProgress('')).to.equal(null);
      expect(() => forgetProgress('')).not.to.throw();
    } finally {
      Object.assign(Storage.prototype, {getItem, setItem, removeItem});
    }
  });
});
