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

  it('says which question the patient was not sure about, by its label', () => {
    const text = reasonText(eligibilityEn, {id: 'skin', severity: 'ask-doctor', answer: 'unsure'});
    expect(text).to.equal(eligibilityEn.unsureReason.replace('{label}', eligibilityEn.questions.skin.label));
    expect(text).to.contain(eligibilityEn.questions.skin.label);
  });

  it('gives "not sure" on the age question a sentence about age', () => {
    expect(reasonText(eligibilityEn, {id: 'adult', severity: 'ask-doctor', answer: 'unsure'})).to.equal(eligibilityEn.unsureAge);
  });

  it('explains weight loss as the only goal', () => {
    expect(reasonText(eligibilityEn, {id: 'weight-loss', severity: 'not-recommended'})).to.equal(eligibilityEn.weightLossReason);
  });

  it('uses the content it is given (a translation, or a clinic’s override)', () => {
    const content = {...eligibilityEn, unsureReason: 'Pas sûr : {label}.', questions: {...eligibilityEn.questions, skin: {...eligibilityEn.questions.skin, label: 'Peau'}}};
    expect(reasonText(content, {id: 'skin', severity: 'ask-doctor', answer: 'unsure'})).to.equal('Pas sûr : Peau.');
  });
});
