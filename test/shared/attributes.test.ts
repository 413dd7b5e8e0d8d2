import {expect} from '@open-wc/testing';
import {checkBookingUrl, checkEmergencyNumber, checkHeadingLevel, checkServiceNumber, checkTheme, phoneLink} from '../../src/logic/attributes.js';

describe('checkTheme', () => {
  it('accepts light, dark and auto in any case', () => {
    expect(checkTheme('light')).to.deep.equal({value: 'light'});
    expect(checkTheme('DARK')).to.deep.equal({value: 'dark'});
    expect(checkTheme(' auto ')).to.deep.equal({value: 'auto'});
  });
  it('uses light when absent', () => {
    expect(checkTheme(null)).to.deep.equal({value: 'light'});
    expect(checkTheme('')).to.deep.equal({value: 'light'});
  });
  it('refuses anything else with a reason', () => {
    const checked = checkTheme('purple');
    expect(checked.value).to.equal('light');
    expect(checked.problem).to.contain('"purple"');
  });
});

describe('checkHeadingLevel', () => {
  it('accepts whole numbers from 1 to 6', () => {
    for (const level of [1, 2, 3, 4, 5, 6]) expect(checkHeadingLevel(level)).to.deep.equal({value: level});
    expect(checkHeadingLevel('4')).to.deep.equal({value: 4});
  });
  it('uses 2 when absent', () => {
    expect(checkHeadingLevel(null)).to.deep.equal({value: 2});
  });
  it('refuses out-of-range, fractional and non-numeric values', () => {
    for (const bad of [0, 7, 2.5, 'two', Number.NaN, -1]) {
      const checked = checkHeadingLevel(bad);
      expect(checked.value, String(bad)).to.equal(2);
      expect(checked.problem, String(bad)).to.be.a('string');
    }
  });
});

describe('checkBookingUrl', () => {
  const base = 'https://clinic.example/treatments/';
  it('accepts http and https, resolving relative URLs against the page', () => {
    expect(checkBookingUrl('https://book.example/x?y=1', base)).to.deep.equal({value: 'https://book.example/x?y=1'});
    expect(checkBookingUrl('http://book.example/', base)).to.deep.equal({value: 'http://book.example/'});
    expect(checkBookingUrl('/book', base)).to.deep.equal({value: 'https://clinic.example/book'});
  });
  it('is empty without a value', () => {
    expect(checkBookingUrl('', base)).to.deep.equal({value: ''});
    expect(checkBookingUrl(null, base)).to.deep.equal({value: ''});
  });
  it('refuses javascript:, data: and other schemes', () => {
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,hi', 'mailto:a@b.c']) {
      const checked = checkBookingUrl(bad, base);
      expect(checked.value, bad).to.equal('');
      expect(checked.problem, bad).to.contain('only http: and https:');
    }
  });
  it('refuses an address of another host without its scheme, as the WordPress plugin does (security review 10a)', () => {
    for (const bad of ['//evil.example/x', '\\\\evil.example/x', '/\\evil.example', '\\/evil.example', ' //evil.example', '\t//evil.example', '/\n/evil.example', '\u0001//evil.example', 'https:evil.example', 'HTTP:evil.example/book', 'https:/evil.example', 'https:\\\\evil.example']) {
      const checked = checkBookingUrl(bad, base);
      expect(checked.value, JSON.stringify(bad)).to.equal('');
      expect(checked.problem, JSON.stringify(bad)).to.match(/is not a valid URL; no booking button is shown/);
    }
    // Paths on the page's own site stay allowed.
    expect(checkBookingUrl('/book/now', base).value).to.equal('https://clinic.example/book/now');
    expect(checkBookingUrl('book', base).value).to.equal('https://clinic.example/treatments/book');
    expect(checkBookingUrl('?slot=1', base).value).to.equal('https://clinic.example/treatments/?slot=1');
  });
  it('refuses what cannot be parsed', () => {
    const checked = checkBookingUrl('http://', base);
    expect(checked.value).to.equal('');
    expect(checked.problem).to.contain('not a valid URL');
  });
});

describe('phoneLink', () => {
  it('keeps the text and dials only digits and +', () => {
    expect(phoneLink(' +44 (0)20 7946 0000 ')).to.deep.equal({text: '+44 (0)20 7946 0000', href: 'tel:+4402079460000'});
  });
  it('gives no link without digits', () => {
    expect(phoneLink('call us')).to.deep.equal({text: 'call us', href: ''});
    expect(phoneLink(undefined)).to.deep.equal({text: '', href: ''});
  });
});

describe('checkServiceNumber', () => {
  it('accepts short dialable numbers, with a + and spaces or hyphens between digits', () => {
    for (const number of ['999', '112', '911', '111', '000', '116117', '15', '+44 111', '116-117'])
      expect(checkServiceNumber(number), number).to.deep.equal({value: number});
    expect(checkServiceNumber('  999 ')).to.deep.equal({value: '999'});
  });
  it('is empty when absent, so the card keeps its generic wording', () => {
    for (const empty of [null, undefined, '', '   ']) expect(checkServiceNumber(empty)).to.deep.equal({value: ''});
  });
  it('refuses words, markup, links and numbers too short or too long, with a reason', () => {
    for (const bad of ['nine nine nine', '<b>999</b>', 'tel:999', 'javascript:alert(1)', '9', '1234567890123456', '99 9a', '+', '--', '999 ext 2']) {
      const checked = checkServiceNumber(bad);
      expect(checked.value, bad).to.equal('');
      expect(checked.problem, bad).to.contain('not a phone number');
    }
  });
});

describe('checkEmergencyNumber', () => {
  it('accepts the public emergency numbers it takes: 000, 112, 15, 18, 911, 999', () => {
    for (const number of ['999', '112', '911', '000', '15', '18']) expect(checkEmergencyNumber(number), number).to.deep.equal({value: number});
    expect(checkEmergencyNumber(' 112 ')).to.deep.equal({value: '112'});
  });
  it('is empty when absent, so the card says "your local emergency number"', () => {
    for (const empty of [null, undefined, '', '   ']) expect(checkEmergencyNumber(empty)).to.deep.equal({value: ''});
  });
  it('refuses a clinic’s own line, an advice line and a number that is another service somewhere, saying to leave it empty', () => {
    for (const bad of ['07700 900123', '0800 123 4567', '+44 20 7946 0000', '116117', '111', '101', '811', '937', '119', '115', '118', '102', '103', '123', '131', '997', '998', '1669', '1234', '9', '+112', '1 1 2', '99-9', 'nine', '<b>999</b>', 'tel:999']) {
      const checked = checkEmergencyNumber(bad);
      expect(checked.value, bad).to.equal('');
      expect(checked.problem, bad).to.contain('public emergency number').and.contain('leave it empty').and.contain('clinic-phone').and.not.contain('urgent-number');
    }
  });
});
