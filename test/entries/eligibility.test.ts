import {expect} from '@open-wc/testing';
import * as entry from '../../src/eligibility.js';

const TAGS = ['meso-eligibility', 'meso-aftercare', 'meso-vs-filler'];

describe('the ./eligibility entry', () => {
  it('registers <meso-eligibility> and no other tag', () => {
    expect(TAGS.filter((tag) => customElements.get(tag))).to.deep.equal(['meso-eligibility']);
  });

  it('exports the element class that is registered', () => {
    const classes = Object.values(entry).filter((value) => typeof value === 'function' && customElements.getName?.(value as CustomElementConstructor));
    expect(classes.map((ctor) => customElements.getName(ctor as CustomElementConstructor))).to.deep.equal(['meso-eligibility']);
  });
});
