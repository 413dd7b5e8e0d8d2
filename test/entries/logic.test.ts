import {expect} from '@open-wc/testing';
import * as logic from '../../src/logic.js';

const TAGS = ['meso-eligibility', 'meso-aftercare', 'meso-vs-filler'];

describe('the ./logic entry', () => {
  it('registers no tag', () => {
    expect(TAGS.filter((tag) => customElements.get(tag))).to.deep.equal([]);
  });

  it('exports the four decisions, the defaults and the English content, and no element class', () => {
    for (const name of ['assessEligibility', 'aftercarePlan', 'aftercareCalendar', 'recommendTreatment'] as const) {
      expect(logic[name], name).to.be.a('function');
    }
    expect(Object.keys(logic.DEFAULT_RULES)).to.deep.equal([...logic.QUESTION_IDS]);
    expect(Object.keys(logic.DEFAULT_DURATIONS)).to.deep.equal([...logic.AFTERCARE_ITEMS]);
    expect(logic.eligibilityEn.heading).to.be.a('string');
    expect(logic.aftercareEn.heading).to.be.a('string');
    expect(logic.vsFillerEn.heading).to.be.a('string');
    expect(Object.values(logic).filter((value) => typeof value === 'function' && value.prototype instanceof HTMLElement)).to.deep.equal([]);
  });

  it('gives the same answers as the widgets', () => {
    expect(logic.recommendTreatment(['texture']).recommendation).to.equal('mesotherapy');
    expect(logic.assessEligibility({goals: ['face'], health: {adult: 'yes', pregnant: 'yes', breastfeeding: 'no', bleeding: 'no', immune: 'no', skin: 'no', allergy: 'no', conditions: 'no', 'heart-stroke': 'no'}}).outcome).to.equal('not-now');
    const plan = logic.aftercarePlan(new Date('2026-01-10T09:00:00Z'), logic.DEFAULT_DURATIONS, new Date('2026-01-10T12:00:00Z'));
    expect(plan?.items.find((item) => item.id === 'makeup')?.status).to.equal('active');
    const ics = logic.aftercareCalendar(plan!, {title: (id) => `Aftercare: ${id}`, description: 'Guide', name: 'Aftercare'});
    expect(ics.startsWith('BEGIN:VCALENDAR')).to.equal(true);
    expect(ics).to.contain('SUMMARY:Aftercare: makeup');
  });
});
