import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {checkCareNumbers, EMERGENCY_ONLY_NUMBERS} from '../../src/logic/aftercare/care-numbers.js';

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
      ['', ''],
      ['999', ''],
      ['', '111'],
    ])
      expect(checkCareNumbers(emergency, urgent), `${emergency} / ${urgent}`).to.deep.equal({value: {emergency, urgent}, problems: []});
  });

  it('refuses an emergency number as urgent-number: the urgent card keeps its general wording', () => {
    for (const urgent of ['999', '112', '911', '000', '119', ' 9-9-9 ', '+112']) {
      const checked = checkCareNumbers('', urgent);
      expect(checked.value, urgent).to.deep.equal({emergency: '', urgent: ''});
      expect(problemsOf('', urgent), urgent).to.deep.equal(['urgent-number']);
      expect(checked.problems[0].message, urgent).to.contain('is an emergency number').and.contain('111');
    }
    // The emergency number itself stays when it is one.
    expect(checkCareNumbers('999', '999').value).to.deep.equal({emergency: '999', urgent: ''});
    expect(checkCareNumbers('112', '999').value).to.deep.equal({emergency: '112', urgent: ''});
  });

  it('refuses a swapped pair: urgent-number 999 with emergency-number 111 leaves both cards their general wording', () => {
    for (const [emergency, urgent] of [
      ['111', '999'],
      ['101', '112'],
      ['811', '911'],
    ]) {
      const checked = checkCareNumbers(emergency, urgent);
      expect(checked.value, `${emergency} / ${urgent}`).to.deep.equal({emergency: '', urgent: ''});
      expect(problemsOf(emergency, urgent)).to.deep.equal(['urgent-number', 'emergency-number (emergency-number, urgent-number)']);
      expect(checked.problems[1].message).to.contain('swapped');
    }
  });

  it('refuses the same number for both cards, for both', () => {
    for (const [emergency, urgent] of [
      ['111', '111'],
      ['101', ' 101 '],
      ['1669', '1669'],
    ]) {
      const checked = checkCareNumbers(emergency, urgent);
      expect(checked.value, emergency).to.deep.equal({emergency: '', urgent: ''});
      expect(problemsOf(emergency, urgent)).to.deep.equal(['emergency-number (emergency-number, urgent-number)', 'urgent-number (emergency-number, urgent-number)']);
    }
  });

  it('keeps 111 and 101 as emergency-number, an ambulance only in some countries, with a warning naming the UK line', () => {
    for (const emergency of ['111', '101']) {
      const checked = checkCareNumbers(emergency, '');
      expect(checked.value.emergency).to.equal(emergency);
      expect(problemsOf(emergency, '')).to.deep.equal(['emergency-number']);
      expect(checked.problems[0].message).to.contain('is kept').and.contain('not an ambulance').and.contain('999');
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

  it('never sends an emergency to an advice line, whatever the pair (fast-check)', () => {
    const number = fc.oneof(
      fc.constantFrom('', '111', '101', '999', '112', '911', '000', '119', '15', '116117', ' 999 ', '9-9-9', '+44 111'),
      fc.stringMatching(/^\+?[0-9][0-9 -]{0,8}$/),
      fc.string(),
      fc.anything(),
    );
    fc.assert(
      fc.property(number, number, (emergencyInput, urgentInput) => {
        const {value, problems} = checkCareNumbers(emergencyInput, urgentInput);
        const urgentDigits = value.urgent.replace(/\D/g, '');
        // The urgent card never names an emergency number, and the two cards never name one number.
        expect(EMERGENCY_ONLY_NUMBERS).not.to.include(urgentDigits);
        if (value.emergency && value.urgent) expect(value.emergency).not.to.equal(urgentDigits);
        // An emergency number given as urgent-number takes a non-emergency emergency-number with it.
        const urgentGiven = typeof urgentInput === 'string' ? urgentInput.replace(/\D/g, '') : '';
        if (EMERGENCY_ONLY_NUMBERS.includes(urgentGiven) && /^\+?\d[\d -]*$/.test(String(urgentInput).trim()) && value.emergency)
          expect(EMERGENCY_ONLY_NUMBERS).to.include(value.emergency);
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
