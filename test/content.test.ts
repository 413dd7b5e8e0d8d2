// The English content meets the content rules: short sentences, "Do not" phrasing, never
// "eligible" or "suitable", the fat-loss caveat wherever fat is discussed, a reviewed date.
import {expect} from '@open-wc/testing';
import {aftercareEn} from '../src/content/en/aftercare.js';
import {eligibilityEn} from '../src/content/en/eligibility.js';
import {vsFillerEn} from '../src/content/en/vs-filler.js';

const CONTENT = {eligibility: eligibilityEn, aftercare: aftercareEn, 'vs-filler': vsFillerEn};

/** Every string in a content object, with its path. */
function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => strings(item, `${path}.${key}`));
  return [];
}

const sentences = (text: string) =>
  text
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
const words = (sentence: string) => sentence.split(/\s+/).filter((word) => /[\p{L}\d]/u.test(word));

for (const [element, content] of Object.entries(CONTENT)) {
  describe(`${element} content (en)`, () => {
    const all = strings(content, element);

    it('has sentences of 20 words or fewer', () => {
      const long = all.flatMap(([path, text]) =>
        sentences(text)
          .filter((sentence) => words(sentence).length > 20)
          .map((sentence) => `${path}: ${words(sentence).length} words: ${sentence}`),
      );
      expect(long).to.deep.equal([]);
    });

    it('never calls the patient eligible or suitable', () => {
      const found = all.filter(([, text]) => /\b(eligible|suitable|eligibility)\b/i.test(text)).map(([path]) => path);
      expect(found).to.deep.equal([]);
    });

    it('adds the fat-loss caveats wherever fat loss is discussed', () => {
      const text = all.map(([, value]) => value).join(' ');
      if (/\bfat\b/i.test(text)) {
        expect(text).to.match(/not FDA-approved for fat loss/);
        expect(text).to.match(/not a weight-loss or obesity treatment/);
      }
    });

    it('carries a reviewed date and the disclaimer', () => {
      expect(content.reviewed).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(content.disclaimer).to.contain('not medical advice');
    });

    it('has no typos copied from the source article', () => {
      const found = all.filter(([, text]) => /\b(Ellulite|He theory|iscussion)\b/.test(text)).map(([path]) => path);
      expect(found).to.deep.equal([]);
    });
  });
}

describe('aftercare "do not" items', () => {
  it('each starts with "Do not"', () => {
    for (const [id, item] of Object.entries(aftercareEn.items)) expect(item.text, id).to.match(/^Do not /);
  });
});
