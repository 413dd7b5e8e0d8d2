import {expect} from '@open-wc/testing';
import {eligibilityEn} from '../../src/content/en/eligibility.js';
import {reasonText} from '../../src/logic/eligibility/result-text.js';
import {QUESTION_IDS} from '../../src/types/eligibility.js';

describe('eligibility result text', () => {
  it('explains a question answered with its rule’s answer by the question’s own reason', () => {
    for (const id of QUESTION_IDS) {
      const answer = id === 'adult' ? 'no' : 'yes';
      expect(reasonText(eligibilityEn, {id, severity: 'not-recommended', answer})).to.equal(eligibilityEn.questions[id].reason);
    }
  });

  it('explains "Not sure" by each question’s own "not sure" sentence, never its "yes" reason', () => {
    for (const id of QUESTION_IDS) {
      const text = reasonText(eligibilityEn, {id, severity: 'ask-doctor', answer: 'unsure'});
      expect(text, id).to.equal(eligibilityEn.questions[id].unsure);
      expect(text, id).not.to.equal(eligibilityEn.questions[id].reason);
    }
  });

  it('gives "not sure" on the age question a sentence about age', () => {
    expect(reasonText(eligibilityEn, {id: 'adult', severity: 'not-now', answer: 'unsure'})).to.contain('18 or over');
  });

  it('explains weight loss as the only goal', () => {
    expect(reasonText(eligibilityEn, {id: 'weight-loss', severity: 'not-recommended'})).to.equal(eligibilityEn.weightLossReason);
  });

  it('uses the content it is given (a translation, or a clinic’s override)', () => {
    const content = {...eligibilityEn, questions: {...eligibilityEn.questions, skin: {...eligibilityEn.questions.skin, unsure: 'Pas sûr : peau.'}}};
    expect(reasonText(content, {id: 'skin', severity: 'ask-doctor', answer: 'unsure'})).to.equal('Pas sûr : peau.');
  });
});
