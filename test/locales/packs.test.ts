// What every registered translation pack must give beyond the English keys (the key, placeholder
// and untranslated-string checks are in test/content/packs.test.ts and test/locales/stories.ts):
// a form for every plural category a count shown by the widget can take in that language, and
// the statement of which English text it translates.
import {expect} from '@open-wc/testing';
import '../../src/locales/ar.js';
import '../../src/locales/de.js';
import '../../src/locales/es.js';
import '../../src/locales/fa.js';
import '../../src/locales/fr.js';
import '../../src/locales/it.js';
import '../../src/locales/pl.js';
import '../../src/locales/pt-BR.js';
import '../../src/locales/pt-PT.js';
import '../../src/locales/ru.js';
import '../../src/locales/tr.js';
import {eligibilityEn} from '../../src/content/en/eligibility.js';
import {PACK_LOCALES} from '../../src/shared/locale-loader.js';
import {localePack} from '../../src/shared/locale-packs.js';
import {type AftercareContent} from '../../src/types/aftercare.js';

describe('translation packs', () => {
  it('registers a pack for every locale the bundle can load', () => {
    expect(PACK_LOCALES.filter((tag) => !localePack(tag))).to.deep.equal([]);
  });

  for (const tag of PACK_LOCALES) {
    describe(tag, () => {
      it('has a form for each plural category of every count the widget shows (0 to 1000)', () => {
        const {windows} = localePack(tag)!.aftercare as AftercareContent;
        const rules = new Intl.PluralRules(tag);
        const needed = new Set(Array.from({length: 1001}, (_, n) => rules.select(n)));
        const missing = Object.entries(windows)
          .filter(([, forms]) => typeof forms === 'object')
          .flatMap(([name, forms]) => [...needed].filter((category) => !(category in (forms as object))).map((category) => `${name}.${category}`));
        expect(missing).to.deep.equal([]);
      });

      it('says which English text it translates, and when it was updated', () => {
        for (const element of ['eligibility', 'aftercare', 'vs-filler'] as const) {
          const content = localePack(tag)![element] as typeof eligibilityEn;
          expect(content.translatedFrom, element).to.match(/^\d{4}-\d{2}-\d{2}$/);
          expect(content.translatedFromLabel, element).to.contain('{date}');
          expect(content.updated >= content.translatedFrom!, element).to.equal(true);
        }
      });
    });
  }
});
