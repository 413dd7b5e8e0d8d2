import {expect} from '@open-wc/testing';
import {CONCERNS, recommendTreatment} from '../../src/logic/vs-filler/recommend.js';
import {CONCERN_IDS} from '../../src/types/vs-filler.js';

const MESO = ['texture', 'dullness', 'fine-lines', 'hair', 'fat'] as const;
const FILLER = ['deep-lines', 'volume', 'contour'] as const;
const SKIN = ['texture', 'dullness', 'fine-lines'] as const;

describe('recommendTreatment', () => {
  it('knows the eight concerns of the spec, split five to three', () => {
    expect(CONCERN_IDS).to.deep.equal([...MESO, ...FILLER]);
  });

  for (const concern of MESO) {
    it(`recommends mesotherapy for ${concern} alone`, () => {
      const {recommendation, reasons} = recommendTreatment([concern]);
      expect(recommendation).to.equal('mesotherapy');
      expect(reasons[0]).to.deep.equal({code: 'concern', concern, treatment: 'mesotherapy', aspect: CONCERNS[concern].aspect});
    });
  }

  for (const concern of FILLER) {
    it(`recommends fillers for ${concern} alone`, () => {
      const {recommendation, reasons} = recommendTreatment([concern]);
      expect(recommendation).to.equal('filler');
      expect(reasons).to.deep.equal([{code: 'concern', concern, treatment: 'filler', aspect: CONCERNS[concern].aspect}]);
    });
  }

  it('recommends mesotherapy when every concern points to it', () => {
    expect(recommendTreatment(['texture', 'hair', 'dullness']).recommendation).to.equal('mesotherapy');
  });

  it('recommends fillers when every concern points to them', () => {
    expect(recommendTreatment(['volume', 'contour', 'deep-lines']).recommendation).to.equal('filler');
  });

  it('recommends a combination (the full-face refresh) only for skin quality goals with filler goals', () => {
    for (const meso of SKIN) {
      for (const filler of FILLER) {
        expect(recommendTreatment([filler, meso]).recommendation, `${meso}+${filler}`).to.equal('combination');
      }
    }
    expect(recommendTreatment(['texture', 'dullness', 'fine-lines', ...FILLER]).recommendation).to.equal('combination');
  });

  it('calls hair or fat goals with filler goals two separate treatments, not a combination', () => {
    for (const meso of ['hair', 'fat'] as const) {
      for (const filler of FILLER) {
        expect(recommendTreatment([filler, meso]).recommendation, `${meso}+${filler}`).to.equal('separate');
        expect(recommendTreatment([filler, meso, 'texture']).recommendation, `${meso}+${filler}+texture`).to.equal('separate');
      }
    }
    expect(recommendTreatment(CONCERN_IDS).recommendation).to.equal('separate');
  });

  it('keeps hair and fat goals with skin goals as mesotherapy', () => {
    expect(recommendTreatment(['hair', 'fat', 'texture']).recommendation).to.equal('mesotherapy');
  });

  it('recommends nothing for the empty set, whatever the severity', () => {
    expect(recommendTreatment([])).to.deep.equal({recommendation: null, reasons: []});
    for (const severity of ['mild', 'moderate', 'marked'] as const) {
      expect(recommendTreatment([], severity)).to.deep.equal({recommendation: null, reasons: []});
    }
  });

  it('lists one reason per concern in a fixed order, ignoring repeats and unknown ids', () => {
    const {recommendation, reasons} = recommendTreatment(['volume', 'wrinkles', 'texture', 'volume', '__proto__']);
    expect(recommendation).to.equal('combination');
    expect(reasons.map((reason) => (reason.code === 'concern' ? reason.concern : reason.code))).to.deep.equal([
      'texture',
      'volume',
    ]);
  });

  it('treats only unknown ids as the empty set', () => {
    expect(recommendTreatment(['botox'])).to.deep.equal({recommendation: null, reasons: []});
  });

  it('adds the fat-loss caveat when fat is chosen, and only then', () => {
    expect(recommendTreatment(['fat']).reasons).to.deep.include({code: 'fat-caveat'});
    expect(recommendTreatment(['fat', 'volume']).reasons).to.deep.include({code: 'fat-caveat'});
    expect(recommendTreatment(['texture']).reasons).not.to.deep.include({code: 'fat-caveat'});
  });

  describe('severity', () => {
    it('mild adds that mesotherapy may be the better choice, without changing the recommendation', () => {
      for (const concerns of [['fine-lines'], ['texture', 'volume'], ['hair', 'volume'], ['dullness', 'deep-lines']]) {
        const advice = recommendTreatment(concerns, 'mild');
        expect(advice.recommendation).to.not.equal('filler');
        expect(advice.reasons.at(-1), concerns.join('+')).to.deep.equal({code: 'severity', severity: 'mild', favours: 'mesotherapy'});
      }
    });

    it('mild adds no note under a fillers-only suggestion, which it would contradict', () => {
      const advice = recommendTreatment(['volume'], 'mild');
      expect(advice.recommendation).to.equal('filler');
      expect(advice.reasons.filter((reason) => reason.code === 'severity')).to.deep.equal([]);
    });

    it('marked adds that fillers may help more, without changing the recommendation', () => {
      const advice = recommendTreatment(['fine-lines'], 'marked');
      expect(advice.recommendation).to.equal('mesotherapy');
      expect(advice.reasons.at(-1)).to.deep.equal({code: 'severity', severity: 'marked', favours: 'filler'});
    });

    it('adds no note when no sign of ageing (lines, lost volume) was chosen', () => {
      for (const concerns of [['hair'], ['fat'], ['texture'], ['dullness', 'hair'], ['contour'], ['hair', 'contour']]) {
        for (const severity of ['mild', 'marked'] as const) {
          const advice = recommendTreatment(concerns, severity);
          expect(advice.reasons.filter((reason) => reason.code === 'severity'), `${concerns.join('+')} ${severity}`).to.deep.equal([]);
        }
      }
    });

    it('moderate, none or an unknown value add no note', () => {
      for (const severity of ['moderate', null, undefined, 'extreme'] as const) {
        const advice = recommendTreatment(['texture'], severity as never);
        expect(advice.reasons.filter((reason) => reason.code === 'severity'), String(severity)).to.deep.equal([]);
      }
    });
  });
});
