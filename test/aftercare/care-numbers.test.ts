import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {checkCareNumbers, sameLine} from '../../src/logic/aftercare/care-numbers.js';
import {EMERGENCY_NUMBERS} from '../../src/logic/attributes.js';

const problemsOf = (emergency: unknown, urgent: unknown, clinic?: unknown) =>
  checkCareNumbers(emergency, urgent, clinic).problems.map(({attribute, from}) => `${attribute}${from.length > 1 ? ` (${from.join(', ')})` : ''}`);

describe('checkCareNumbers', () => {
  it('keeps an emergency number and an advice line as given, with no problem', () => {
    for (const [emergency, urgent] of [
      ['999', '111'],
      ['112', '116117'],
      ['911', '811'],
      ['000', '1800 022 222'],
      ['15', '116 117'],
      ['18', '116117'],
      ['', ''],
      ['999', ''],
      ['', '111'],
    ])
      expect(checkCareNumbers(emergency, urgent), `${emergency} / ${urgent}`).to.deep.equal({value: {emergency, urgent}, problems: []});
  });

  it('takes only a number on the list for the emergency card: an advice line, or a number that is another service somewhere, is refused', () => {
    for (const emergency of ['111', '101', '811', '937', '988', '1450', '119', '115', '118', '997', '07700 900123']) {
      const checked = checkCareNumbers(emergency, '');
      expect(checked.value.emergency, emergency).to.equal('');
      expect(problemsOf(emergency, ''), emergency).to.deep.equal(['emergency-number']);
      expect(checked.problems[0].message, emergency).to.contain('not a public emergency number we take').and.contain('leave it empty');
    }
  });

  it('refuses an emergency number as urgent-number: it belongs in emergency-number', () => {
    for (const urgent of ['999', '112', '911', '000', '15', '18', ' 9-9-9 ', '+112']) {
      const checked = checkCareNumbers('', urgent);
      expect(checked.value, urgent).to.deep.equal({emergency: '', urgent: ''});
      expect(problemsOf('', urgent), urgent).to.deep.equal(['urgent-number']);
      expect(checked.problems[0].message, urgent).to.contain('is an emergency number, not an advice line');
    }
    expect(checkCareNumbers('999', '999').value).to.deep.equal({emergency: '999', urgent: ''});
  });

  it('a swapped pair loses both numbers: the cards keep their general wording', () => {
    for (const [emergency, urgent] of [
      ['111', '999'],
      ['101', '112'],
      ['811', '911'],
      ['119', '999'],
    ]) {
      expect(checkCareNumbers(emergency, urgent).value, `${emergency} / ${urgent}`).to.deep.equal({emergency: '', urgent: ''});
      expect(problemsOf(emergency, urgent)).to.deep.equal(['emergency-number', 'urgent-number']);
    }
  });

  it('refuses the clinic’s own line as urgent-number: the card already says to contact the clinic first', () => {
    for (const [urgent, clinic] of [
      ['020 7946 0000', '020 7946 0000'],
      ['+44 20 7946 0000', '020 7946 0000'],
      ['0044 20 7946 0000', '+44 (0)20 7946 0000'],
      ['111', '111'],
    ]) {
      const checked = checkCareNumbers('999', urgent, clinic);
      expect(checked.value, `${urgent} / ${clinic}`).to.deep.equal({emergency: '999', urgent: ''});
      expect(problemsOf('999', urgent, clinic)).to.deep.equal(['urgent-number (urgent-number, clinic-phone)']);
      expect(checked.problems[0].message).to.contain('clinic-phone');
    }
    // Another line of the same city is not the clinic's.
    expect(checkCareNumbers('999', '020 7946 0001', '020 7946 0000').problems).to.deep.equal([]);
    expect(checkCareNumbers('999', '111', '').problems).to.deep.equal([]);
  });

  it('still refuses what each attribute refuses on its own, once', () => {
    expect(problemsOf('07700 900123', '111')).to.deep.equal(['emergency-number']);
    expect(checkCareNumbers('07700 900123', '111').value).to.deep.equal({emergency: '', urgent: '111'});
    expect(problemsOf('999', 'call us')).to.deep.equal(['urgent-number']);
    expect(problemsOf('<b>', 'javascript:alert(1)')).to.deep.equal(['emergency-number', 'urgent-number']);
  });

  it('the emergency card names only a number on the list, the urgent card never one nor the clinic’s line (fast-check)', () => {
    const number = fc.oneof(
      fc.constantFrom('', '111', '101', '811', '937', '999', '112', '911', '000', '119', '15', '116117', ' 999 ', '9-9-9', '+44 111'),
      fc.stringMatching(/^\+?[0-9][0-9 -]{0,8}$/),
      fc.string(),
      fc.anything(),
    );
    fc.assert(
      fc.property(number, number, number, (emergencyInput, urgentInput, clinicInput) => {
        const {value, problems} = checkCareNumbers(emergencyInput, urgentInput, clinicInput);
        if (value.emergency) expect(EMERGENCY_NUMBERS).to.include(value.emergency);
        expect(EMERGENCY_NUMBERS).not.to.include(value.urgent.replace(/\D/g, ''));
        if (value.urgent && typeof clinicInput === 'string') expect(sameLine(value.urgent, clinicInput)).to.equal(false);
        // What is shown is what was given (trimmed), or nothing; a refused number always says why.
        for (const [shown, given, attribute] of [
          [value.emergency, emergencyInput, 'emergency-number'],
          [value.urgent, urgentInput, 'urgent-number'],
        ] as const) {
          if (shown) expect(String(given).trim().replace(/\s+/g, ' ')).to.equal(shown);
          else if (typeof given === 'string' && given.trim()) expect(problems.some((problem) => problem.attribute === attribute), attribute).to.equal(true);
        }
      }),
      {numRuns: 2000},
    );
  });
});
