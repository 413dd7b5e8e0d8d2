import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {commonAr} from '../../src/content/ar/common.js';
import {commonDe} from '../../src/content/de/common.js';
import {commonEn} from '../../src/content/en/common.js';
import {commonEs} from '../../src/content/es/common.js';
import {commonFa} from '../../src/content/fa/common.js';
import {commonFr} from '../../src/content/fr/common.js';
import {commonIt} from '../../src/content/it/common.js';
import {commonPl} from '../../src/content/pl/common.js';
import {commonPtBR} from '../../src/content/pt-BR/common.js';
import {commonPtPT} from '../../src/content/pt-PT/common.js';
import {commonRu} from '../../src/content/ru/common.js';
import {commonTr} from '../../src/content/tr/common.js';
import {privacyLine} from '../../src/logic/privacy.js';

const BASE = 'Your answers stay on this device. They are not sent anywhere.';
const PACKS = {en: commonEn, de: commonDe, fr: commonFr, es: commonEs, it: commonIt, 'pt-BR': commonPtBR, 'pt-PT': commonPtPT, ru: commonRu, ar: commonAr, pl: commonPl, tr: commonTr, fa: commonFa};

describe('privacyLine', () => {
  it('says only the element’s own sentence without remember', () => {
    expect(privacyLine(BASE, commonEn.privacy, false)).to.equal(BASE);
  });

  it('says what is kept and until when, with remember', () => {
    expect(privacyLine(BASE, commonEn.privacy, 'keptFor')).to.equal(`${BASE} They are deleted when you close this tab or start again. If you come back after 24 hours, they are deleted then.`);
    expect(privacyLine('It stays on this device.', commonEn.privacy, 'keptAfterPlan')).to.equal(
      'It stays on this device. You can delete it with “Forget my treatment time”. If you come back over a week after your plan ends, it is deleted then.',
    );
  });

  for (const [locale, pack] of Object.entries(PACKS)) {
    it(`has both sentences in ${locale}, translated`, () => {
      for (const key of ['keptFor', 'keptAfterPlan'] as const) {
        expect(pack.privacy[key].trim(), key).not.to.equal('');
        if (locale !== 'en') expect(pack.privacy[key], key).not.to.equal(commonEn.privacy[key]);
        expect(privacyLine('B.', pack.privacy, key)).to.equal(`B. ${pack.privacy[key]}`);
      }
    });
  }

  it('keeps the element’s sentence first and adds exactly the sentence the settings make true, whatever the strings', () => {
    const kept = fc.constantFrom<'keptFor' | 'keptAfterPlan' | false>('keptFor', 'keptAfterPlan', false);
    fc.assert(
      fc.property(fc.string({unit: 'grapheme'}), fc.string({unit: 'grapheme'}), fc.string({unit: 'grapheme'}), kept, (base, keptFor, keptAfterPlan, which) => {
        const strings = {keptFor, keptAfterPlan};
        const line = privacyLine(base, strings, which);
        expect(line).to.equal(which && strings[which].trim() ? `${base} ${strings[which]}` : base);
        expect(line.startsWith(base)).to.equal(true);
      }),
    );
  });
});
