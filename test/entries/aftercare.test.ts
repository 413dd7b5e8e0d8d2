import {expect} from '@open-wc/testing';
import * as entry from '../../src/aftercare.js';

const TAGS = ['meso-eligibility', 'meso-aftercare', 'meso-vs-filler'];

describe('the ./aftercare entry', () => {
  it('registers <meso-aftercare> and no other tag', () => {
    expect(TAGS.filter((tag) => customElements.get(tag))).to.deep.equal(['meso-aftercare']);
  });

  it('exports the element class that is registered', () => {
    const classes = Object.values(entry).filter((value) => typeof value === 'function' && customElements.getName?.(value as CustomElementConstructor));
    expect(classes.map((ctor) => customElements.getName(ctor as CustomElementConstructor))).to.deep.equal(['meso-aftercare']);
  });
});
