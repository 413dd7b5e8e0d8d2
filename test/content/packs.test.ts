// Each translation pack is complete and really translated: the same keys, list lengths and
// `{placeholder}` tokens as the English, no string left in English (apart from a short
// allow-list of words that are spelled the same), sentences as short as the English's, and the
// fat-loss caveats kept.
import {expect} from '@open-wc/testing';
import {aftercareEn} from '../../src/content/en/aftercare.js';
import {eligibilityEn} from '../../src/content/en/eligibility.js';
import {vsFillerEn} from '../../src/content/en/vs-filler.js';
import {aftercareEs} from '../../src/content/es/aftercare.js';
import {eligibilityEs} from '../../src/content/es/eligibility.js';
import {vsFillerEs} from '../../src/content/es/vs-filler.js';
import {aftercareFa} from '../../src/content/fa/aftercare.js';
import {eligibilityFa} from '../../src/content/fa/eligibility.js';
import {vsFillerFa} from '../../src/content/fa/vs-filler.js';
import {aftercareIt} from '../../src/content/it/aftercare.js';
import {eligibilityIt} from '../../src/content/it/eligibility.js';
import {vsFillerIt} from '../../src/content/it/vs-filler.js';
import {aftercareAr} from '../../src/content/ar/aftercare.js';
import {eligibilityAr} from '../../src/content/ar/eligibility.js';
import {vsFillerAr} from '../../src/content/ar/vs-filler.js';
import {aftercareDe} from '../../src/content/de/aftercare.js';
import {eligibilityDe} from '../../src/content/de/eligibility.js';
import {vsFillerDe} from '../../src/content/de/vs-filler.js';
import {aftercareFr} from '../../src/content/fr/aftercare.js';
import {eligibilityFr} from '../../src/content/fr/eligibility.js';
import {vsFillerFr} from '../../src/content/fr/vs-filler.js';
import {aftercarePtBR} from '../../src/content/pt-BR/aftercare.js';
import {eligibilityPtBR} from '../../src/content/pt-BR/eligibility.js';
import {vsFillerPtBR} from '../../src/content/pt-BR/vs-filler.js';
import {aftercarePtPT} from '../../src/content/pt-PT/aftercare.js';
import {eligibilityPtPT} from '../../src/content/pt-PT/eligibility.js';
import {vsFillerPtPT} from '../../src/content/pt-PT/vs-filler.js';
import {aftercareRu} from '../../src/content/ru/aftercare.js';
import {eligibilityRu} from '../../src/content/ru/eligibility.js';
import {vsFillerRu} from '../../src/content/ru/vs-filler.js';
import {aftercarePl} from '../../src/content/pl/aftercare.js';
import {eligibilityPl} from '../../src/content/pl/eligibility.js';
import {vsFillerPl} from '../../src/content/pl/vs-filler.js';
import {aftercareTr} from '../../src/content/tr/aftercare.js';
import {eligibilityTr} from '../../src/content/tr/eligibility.js';
import {vsFillerTr} from '../../src/content/tr/vs-filler.js';

type Pack = {eligibility: object; aftercare: object; 'vs-filler': object};
/**
 * A pack, the values it may share with the English because the word is the same, and whether its
 * counted noun keeps one form after every number (Persian «1 ساعت», «24 ساعت»): then `one` and
 * `other` are the same sentence, and `one` (in Persian also 0 and 0.5) must show `{n}` too.
 */
type PackEntry = {pack: Pack; sameAsEnglish: string[]; oneNounForm?: true};

const ENGLISH: Pack = {eligibility: eligibilityEn, aftercare: aftercareEn, 'vs-filler': vsFillerEn};

/** Each locale's pack, and the values it may share with the English because the word is the same. */
const PACKS: Record<string, PackEntry> = {
  fr: {
    pack: {eligibility: eligibilityFr, aftercare: aftercareFr, 'vs-filler': vsFillerFr},
    sameAsEnglish: ['Date'],
  },
  de: {
    pack: {eligibility: eligibilityDe, aftercare: aftercareDe, 'vs-filler': vsFillerDe},
    sameAsEnglish: ['Make-up'],
  },
  ar: {
    pack: {eligibility: eligibilityAr, aftercare: aftercareAr, 'vs-filler': vsFillerAr},
    sameAsEnglish: [],
  },
  fa: {
    pack: {eligibility: eligibilityFa, aftercare: aftercareFa, 'vs-filler': vsFillerFa},
    sameAsEnglish: [],
    oneNounForm: true,
  },
  es: {
    pack: {eligibility: eligibilityEs, aftercare: aftercareEs, 'vs-filler': vsFillerEs},
    sameAsEnglish: ['No', 'Error:', 'Alcohol'],
  },
  it: {
    pack: {eligibility: eligibilityIt, aftercare: aftercareIt, 'vs-filler': vsFillerIt},
    sameAsEnglish: ['No'],
  },
  'pt-BR': {
    pack: {eligibility: eligibilityPtBR, aftercare: aftercarePtBR, 'vs-filler': vsFillerPtBR},
    sameAsEnglish: [],
  },
  'pt-PT': {
    pack: {eligibility: eligibilityPtPT, aftercare: aftercarePtPT, 'vs-filler': vsFillerPtPT},
    sameAsEnglish: [],
  },
  ru: {
    pack: {eligibility: eligibilityRu, aftercare: aftercareRu, 'vs-filler': vsFillerRu},
    sameAsEnglish: [],
  },
  pl: {
    pack: {eligibility: eligibilityPl, aftercare: aftercarePl, 'vs-filler': vsFillerPl},
    sameAsEnglish: [],
  },
  tr: {
    pack: {eligibility: eligibilityTr, aftercare: aftercareTr, 'vs-filler': vsFillerTr},
    sameAsEnglish: [],
  },
};

/** Every leaf of a content object (strings, and the shape of lists), keyed by its path. */
function leaves(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (item: unknown, at: string) => {
    if (typeof item === 'string') out.set(at, item);
    else if (Array.isArray(item)) {
      out.set(`${at}.length`, String(item.length));
      item.forEach((entry, i) => walk(entry, `${at}[${i}]`));
    } else if (item && typeof item === 'object') {
      for (const [key, entry] of Object.entries(item)) walk(entry, at ? `${at}.${key}` : key);
    } else out.set(at, `${typeof item}:${String(item)}`);
  };
  walk(value, path);
  return out;
}

const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).filter((sentence) => sentence.trim());
const words = (sentence: string) => sentence.split(/\s+/).filter((word) => /[\p{L}\d]/u.test(word));
const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map(([token]) => token).sort();
/** True for strings with no words of their own, such as "{concern}: {treatment}". */
const wordless = (text: string) => !/\p{L}/u.test(text.replace(/\{\w+\}/g, ''));
/** Plural categories beyond English's one/other, which a language may add. */
const PLURAL_EXTRA = /\.(zero|two|few|many)$/;
/** Paths that hold codes, not text. */
const NOT_TEXT = new Set(['updated', 'translatedFrom']);
/** Paths that only a translation fills in (empty in English); checked on their own below. */
const TRANSLATION_ONLY = new Set(['translatedFrom', 'translatedFromLabel']);

for (const [locale, {pack, sameAsEnglish, oneNounForm}] of Object.entries(PACKS)) {
  describe(`content pack ${locale}`, () => {
    for (const element of Object.keys(ENGLISH) as (keyof Pack)[]) {
      const english = leaves(ENGLISH[element]);
      const translated = leaves(pack[element]);

      it(`${element}: has every key and list item of the English, and no other`, () => {
        // A language may add the plural categories it needs (Arabic: zero, two, few, many).
        const keys = [...translated.keys()].filter((path) => !(PLURAL_EXTRA.test(path) && !english.has(path)));
        expect(keys.sort()).to.deep.equal([...english.keys()].sort());
      });

      it(`${element}: keeps every {placeholder} and the spaces around the text`, () => {
        const wrong = [...english].filter(([path, text]) => {
          if (TRANSLATION_ONLY.has(path)) return false;
          const other = translated.get(path) ?? '';
          // A singular or dual form may say the number in words ("one hour", Arabic «ساعتين»).
          const numberInWords = /\.(one|two)$/.test(path) && placeholders(other).length === 0;
          return (
            (!numberInWords && placeholders(other).join() !== placeholders(text).join()) ||
            /^\s/.test(other) !== /^\s/.test(text) ||
            /\s$/.test(other) !== /\s$/.test(text)
          );
        });
        expect(wrong.map(([path]) => path)).to.deep.equal([]);
      });

      it(`${element}: leaves no string in English`, () => {
        const untranslated = [...english].filter(
          ([path, text]) =>
            !path.endsWith('.length') &&
            !NOT_TEXT.has(path) &&
            !wordless(text) &&
            translated.get(path) === text &&
            !sameAsEnglish.includes(text),
        );
        expect(untranslated.map(([path]) => path)).to.deep.equal([]);
      });

      it(`${element}: keeps the English reading level, with sentences of 20 words or fewer`, () => {
        const long = [...translated].flatMap(([path, text]) =>
          sentences(text)
            .filter((sentence) => words(sentence).length > 20)
            .map((sentence) => `${path}: ${words(sentence).length} words: ${sentence}`),
        );
        expect(long).to.deep.equal([]);
      });
    }

    it('says it translates the current English, is dated no earlier, claims no clinical review, and names an .ics file', () => {
      for (const element of Object.keys(ENGLISH) as (keyof Pack)[]) {
        const {updated, reviewed, translatedFrom, translatedFromLabel} = pack[element] as typeof aftercareEn;
        const english = (ENGLISH[element] as typeof aftercareEn).updated;
        expect(translatedFrom, `${element} translates an older English text`).to.equal(english);
        expect(translatedFromLabel).to.contain('{date}');
        expect(updated).to.match(/^\d{4}-\d{2}-\d{2}$/);
        expect([updated, english].sort()[1], `${element} is older than the English of ${english}`).to.equal(updated);
        expect(reviewed).to.deep.equal({date: '', by: '', next: ''});
      }
      expect((pack.aftercare as typeof aftercareEn).calendar.filename).to.match(/^[a-z0-9-]+\.ics$/);
    });

    it(oneNounForm ? 'has one form, with the number, for each count' : 'has a singular and a plural form for each count', () => {
      const {hours, days, atLeastHours, atLeastDays} = (pack.aftercare as typeof aftercareEn).windows;
      for (const forms of [hours, days, atLeastHours, atLeastDays]) {
        if (oneNounForm) {
          expect(forms.one).to.equal(forms.other);
          expect(forms.one).to.contain('{n}');
        } else expect(forms.one).to.not.equal(forms.other);
        expect(forms.other).to.contain('{n}');
      }
    });

    it('keeps the fat-loss caveats: small areas only, not a weight-loss treatment, not FDA-approved', () => {
      const fatTexts = [
        (pack.eligibility as typeof eligibilityEn).notes['body-fat'],
        (pack['vs-filler'] as typeof vsFillerEn).fatCaveat,
      ];
      for (const text of fatTexts) expect(text).to.contain('FDA');
      // The weight-loss sentence is the same wherever it appears, as in the English.
      const eligibility = pack.eligibility as typeof eligibilityEn;
      expect(eligibility.weightLossReason).to.equal(eligibility.notes['weight-loss']);
    });
  });
}
