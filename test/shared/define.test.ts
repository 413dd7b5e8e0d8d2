import {expect} from '@open-wc/testing';
import {defineElement} from '../../src/shared/define.js';
import {VERSION} from '../../src/shared/version.js';
import {captureWarnings} from '../helpers.js';

let counter = 0;
const uniqueTag = () => `meso-define-test-${Date.now()}-${counter++}`;
const makeClass = (version?: string) => {
  const ctor = class extends HTMLElement {} as CustomElementConstructor & {version?: string};
  if (version) ctor.version = version;
  return ctor;
};

describe('defineElement', () => {
  it('registers a new tag', () => {
    const tag = uniqueTag();
    const ctor = makeClass(VERSION);
    expect(defineElement(tag, ctor)).to.equal(true);
    expect(customElements.get(tag)).to.equal(ctor);
  });

  it('skips the same class silently', () => {
    const tag = uniqueTag();
    const ctor = makeClass(VERSION);
    defineElement(tag, ctor);
    const warnings = captureWarnings();
    expect(defineElement(tag, ctor)).to.equal(false);
    warnings.restore();
    expect(warnings.messages).to.deep.equal([]);
  });

  it('skips another copy of the same version silently (the bundle loaded twice)', () => {
    const tag = uniqueTag();
    defineElement(tag, makeClass(VERSION));
    const warnings = captureWarnings();
    expect(() => defineElement(tag, makeClass(VERSION))).not.to.throw();
    warnings.restore();
    expect(warnings.messages).to.deep.equal([]);
  });

  it('warns, without throwing, when another version is already defined', () => {
    const tag = uniqueTag();
    const first = makeClass('0.0.1');
    defineElement(tag, first);
    const warnings = captureWarnings();
    expect(defineElement(tag, makeClass(VERSION))).to.equal(false);
    warnings.restore();
    expect(customElements.get(tag)).to.equal(first);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('0.0.1').and.contain(VERSION).and.contain(tag);
  });

  it('warns instead of throwing when the registry refuses the tag', () => {
    const warnings = captureWarnings();
    expect(() => defineElement('NotAValidTag', makeClass(VERSION))).not.to.throw();
    warnings.restore();
    expect(warnings.messages).to.have.length(1);
  });
});
