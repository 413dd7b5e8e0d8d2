import {expect} from '@open-wc/testing';
import * as classes from '../../src/classes/index.js';

const TAGS = ['meso-eligibility', 'meso-aftercare', 'meso-vs-filler'];

describe('the ./classes entry', () => {
  it('registers no tag', () => {
    expect(TAGS.filter((tag) => customElements.get(tag))).to.deep.equal([]);
  });

  it('lets a page define the classes under its own tag names, and they render', async () => {
    expect(classes.defineElement('clinic-compare', classes.MesoVsFiller)).to.equal(true);
    const element = document.createElement('clinic-compare') as InstanceType<typeof classes.MesoVsFiller>;
    document.body.append(element);
    await element.updateComplete;
    expect(element.shadowRoot?.querySelector('table')?.textContent).to.contain('Mesotherapy');
    expect(TAGS.filter((tag) => customElements.get(tag))).to.deep.equal([]);
    element.remove();
  });
});
