import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {commonAr} from '../../src/content/ar/common.js';
import {commonDe} from '../../src/content/de/common.js';
import {commonEn} from '../../src/content/en/common.js';
import {commonEs} from '../../src/content/es/common.js';
import {commonFr} from '../../src/content/fr/common.js';
import {commonIt} from '../../src/content/it/common.js';
import {commonPtBR} from '../../src/content/pt-BR/common.js';
import {privacyLine} from '../../src/logic/privacy.js';

const BASE = 'Your answers stay on this device. They are not sent anywhere.';
const PACKS = {
  en: commonEn,
  de: commonDe,
  fr: commonFr,
  es: commonEs,
  it: commonIt,
  'pt-BR': commonPtBR,
  ar: commonAr,
};

describe('privacyLine', () => {
  it('says only the element’s own sentence with default settings', () => {
    expect(privacyLine(BASE, commonEn.privacy, {detailedEvents: false})).to.equal(BASE);
  });

  it('adds that the website can see what is entered, with detailed-events', () => {
    expect(privacyLine(BASE, commonEn.privacy, {detailedEvents: true})).to.equal(`${BASE} This website can also see what you enter.`);
  });

  it('says what is kept and until when, with remember', () => {
    expect(
      privacyLine(BASE, commonEn.privacy, {
        detailedEvents: false,
        kept: 'keptFor',
      }),
    ).to.equal(`${BASE} They are kept until you close this tab or start again.`);
    expect(
      privacyLine('It stays on this device.', commonEn.privacy, {
        detailedEvents: false,
        kept: 'keptAfterPlan',
      }),
    ).to.equal('It stays on this device. It is kept until you choose to forget it.');
  });

  it('says both, in that order, with both settings', () => {
    expect(
      privacyLine(BASE, commonEn.privacy, {
        detailedEvents: true,
        kept: 'keptFor',
      }),
    ).to.equal(`${BASE} This website can also see what you enter. They are kept until you close this tab or start again.`);
  });

  for (const [locale, pack] of Object.entries(PACKS)) {
    it(`has every sentence in ${locale}, translated`, () => {
      for (const key of ['seen', 'keptFor', 'keptAfterPlan'] as const) {
        expect(pack.privacy[key].trim(), key).not.to.equal('');
        if (locale !== 'en') expect(pack.privacy[key], key).not.to.equal(commonEn.privacy[key]);
      }
      expect(
        privacyLine('B.', pack.privacy, {
          detailedEvents: true,
          kept: 'keptAfterPlan',
        }),
      ).to.equal(`B. ${pack.privacy.seen} ${pack.privacy.keptAfterPlan}`);
    });
  }

  it('keeps the element’s sentence first and adds exactly the sentences the settings make true, whatever the strings', () => {
    const text = fc.string({unit: 'grapheme', minLength: 1});
    const kept = fc.option(fc.constantFrom<'keptFor' | 'keptAfterPlan'>('keptFor', 'keptAfterPlan'), {nil: undefined});
    fc.assert(
      fc.property(text, text, text, text, fc.boolean(), kept, (base, seen, keptFor, keptAfterPlan, detailedEvents, which) => {
        const strings = {seen, keptFor, keptAfterPlan};
        const line = privacyLine(base, strings, {
          detailedEvents,
          kept: which,
        });
        const expected = [base, detailedEvents ? seen : '', which ? strings[which] : ''].filter((sentence) => sentence.trim() !== '');
        expect(line).to.equal(expected.join(' '));
      }),
    );
  });
});
