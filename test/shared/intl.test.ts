import {expect} from '@open-wc/testing';
import {dateTimeFormat, numberFormat, pluralRules} from '../../src/logic/intl.js';

describe('cached Intl formatters', () => {
  it('returns the same formatter for the same locale and options', () => {
    expect(dateTimeFormat('en-GB', {dateStyle: 'long'})).to.equal(dateTimeFormat('en-GB', {dateStyle: 'long'}));
    expect(dateTimeFormat('en-GB', {dateStyle: 'long'})).not.to.equal(dateTimeFormat('en-GB', {dateStyle: 'short'}));
    expect(numberFormat('fr', {style: 'percent'}).format(0.5).replace(/\s/g, ' ')).to.equal('50 %');
    expect(pluralRules('en').select(1)).to.equal('one');
  });

  it('falls back instead of throwing for an invalid locale', () => {
    expect(() => dateTimeFormat('not a locale!', {dateStyle: 'long'})).not.to.throw();
    expect(numberFormat('@@', {}).format(2)).to.equal('2');
  });
});
