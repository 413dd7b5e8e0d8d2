import {expect} from '@open-wc/testing';
import * as root from '../../src/index.js';

describe('the package root', () => {
  it('registers all three tags', () => {
    for (const tag of ['meso-eligibility', 'meso-aftercare', 'meso-vs-filler']) expect(customElements.get(tag), tag).not.to.equal(undefined);
  });

  it('exports every element class and the pure logic', () => {
    expect(customElements.get('meso-eligibility')).to.equal(root.MesoEligibility);
    expect(customElements.get('meso-aftercare')).to.equal(root.MesoAftercare);
    expect(customElements.get('meso-vs-filler')).to.equal(root.MesoVsFiller);
    for (const name of ['assessEligibility', 'aftercarePlan', 'aftercareCalendar', 'recommendTreatment', 'defineElement'] as const) {
      expect(root[name], name).to.be.a('function');
    }
    expect(root.assessEligibility({goals: ['face'], health: {adult: 'yes', pregnant: 'yes', breastfeeding: 'no', bleeding: 'no', immune: 'no', skin: 'no', allergy: 'no', conditions: 'no', 'heart-stroke': 'no'}}).outcome).to.equal('not-now');
    expect(root.recommendTreatment(['volume']).recommendation).to.equal('filler');
  });
});
