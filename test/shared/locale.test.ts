import {expect, fixture, html} from '@open-wc/testing';
import fc from 'fast-check';
import {
  contentDigits,
  fillTemplate,
  formatIsoDate,
  formattingLocale,
  localDigits,
  matchLocale,
  numberingSystem,
  pluralText,
  textDirection,
} from '../../src/logic/locale.js';
import {inheritedLang} from '../../src/shared/lang-watcher.js';
import {LocaleTable} from '../../src/shared/locale-table.js';
import {captureWarnings} from '../helpers.js';

describe('matchLocale', () => {
  const available = ['en', 'fr', 'pt-BR'];
  it('matches exactly, ignoring case', () => {
    expect(matchLocale('fr', available)).to.equal('fr');
    expect(matchLocale('PT-br', available)).to.equal('pt-BR');
  });
  it('falls back from a region to its language', () => {
    expect(matchLocale('en-GB', available)).to.equal('en');
    expect(matchLocale('fr-CA', available)).to.equal('fr');
    expect(matchLocale('pt-BR-x-clinic', available)).to.equal('pt-BR');
    expect(matchLocale('en_GB', available)).to.equal('en');
  });
  it('falls back to English for an unknown or empty locale', () => {
    expect(matchLocale('de-AT', available)).to.equal('en');
    expect(matchLocale('', available)).to.equal('en');
  });
  it('uses Brazilian Portuguese for other Portuguese when no pt-PT pack is available', () => {
    expect(matchLocale('pt', available)).to.equal('pt-BR');
    expect(matchLocale('pt-PT', available)).to.equal('pt-BR');
    expect(matchLocale('pt-AO', available)).to.equal('pt-BR');
    expect(matchLocale('pt', ['en', 'fr'])).to.equal('en');
  });
  describe('with both Portuguese packs', () => {
    const both = [...available, 'pt-PT'];
    it('matches pt-BR and pt-PT to their own packs', () => {
      expect(matchLocale('pt-BR', both)).to.equal('pt-BR');
      expect(matchLocale('pt-PT', both)).to.equal('pt-PT');
      expect(matchLocale('pt_pt', both)).to.equal('pt-PT');
      expect(matchLocale('pt-PT-x-clinic', both)).to.equal('pt-PT');
    });
    it('keeps plain pt on Brazilian Portuguese, as CLDR does', () => {
      expect(matchLocale('pt', both)).to.equal('pt-BR');
      expect(matchLocale('PT', both)).to.equal('pt-BR');
    });
    it('uses European Portuguese for every region that follows it', () => {
      for (const region of ['AO', 'MZ', 'CV', 'GW', 'ST', 'TL', 'MO', 'LU', 'CH', 'GQ']) {
        expect(matchLocale(`pt-${region}`, both), `pt-${region}`).to.equal('pt-PT');
      }
      expect(matchLocale('pt-ao', both)).to.equal('pt-PT');
      expect(matchLocale('pt_MZ', both)).to.equal('pt-PT');
    });
    it('uses Brazilian Portuguese for a region it does not know', () => {
      expect(matchLocale('pt-US', both)).to.equal('pt-BR');
    });
    it('never sends another language to a Portuguese pack', () => {
      expect(matchLocale('de-CH', both)).to.equal('en');
      expect(matchLocale('fr-LU', both)).to.equal('fr');
    });
  });
});

describe('inheritedLang', () => {
  it('uses the element’s own lang attribute first', async () => {
    const root = await fixture<HTMLElement>(html`<div lang="fr"><span lang="de-AT"></span></div>`);
    expect(inheritedLang(root.querySelector('span')!)).to.equal('de-AT');
  });
  it('uses the nearest ancestor with a lang', async () => {
    const root = await fixture<HTMLElement>(html`<div lang="fr"><p lang=""><span></span></p></div>`);
    expect(inheritedLang(root.querySelector('span')!)).to.equal('fr');
  });
  it('crosses shadow roots to their hosts', async () => {
    const root = await fixture<HTMLElement>(html`<section lang="es"><div></div></section>`);
    const shadow = root.querySelector('div')!.attachShadow({mode: 'open'});
    const inner = document.createElement('span');
    const wrapper = document.createElement('div');
    wrapper.append(inner);
    shadow.append(wrapper);
    expect(inheritedLang(inner)).to.equal('es');
  });
  it('is empty when no ancestor has a lang', () => {
    const detached = document.createElement('span');
    expect(inheritedLang(detached)).to.equal('');
  });
});

describe('fillTemplate', () => {
  it('fills known placeholders and leaves unknown ones', () => {
    expect(fillTemplate('Book at {clinic} on {day}', {clinic: 'Skin & Co'})).to.equal('Book at Skin & Co on {day}');
  });
  it('does not treat values as templates or markup', () => {
    expect(fillTemplate('{a}', {a: '<b>{b}</b>', b: 'x'})).to.equal('<b>{b}</b>');
  });
});

describe('formatIsoDate', () => {
  it('formats a calendar date for the locale without shifting the day', () => {
    expect(formatIsoDate('2026-11-24', 'en')).to.equal('November 24, 2026');
    expect(formatIsoDate('2026-01-01', 'en-GB')).to.equal('1 January 2026');
  });
  it('returns the input when it is not a date', () => {
    expect(formatIsoDate('soon', 'en')).to.equal('soon');
    expect(formatIsoDate('2026-02-31', 'en')).to.equal('2026-02-31');
  });
  it('survives an invalid locale tag', () => {
    expect(formatIsoDate('2026-11-24', 'not a locale!')).to.equal('November 24, 2026');
  });
});

describe('formattingLocale', () => {
  it('uses the browser region when the page names only the language', () => {
    expect(formattingLocale('en', 'en-GB')).to.equal('en-GB');
    expect(formattingLocale('fr', 'fr-CA')).to.equal('fr-CA');
    expect(formattingLocale('fr', 'de-DE')).to.equal('fr');
    expect(formattingLocale('fr-BE', 'fr-CA')).to.equal('fr-BE');
  });

  it('falls back to the browser language, then English', () => {
    expect(formattingLocale('', 'de-AT')).to.equal('de-AT');
    expect(formattingLocale('', undefined)).to.equal('en');
    expect(formattingLocale('!!', 'de-AT')).to.equal('en');
  });

  it('gives plain Arabic the same digits in every engine and on the server: Latin, as current Unicode data has it', () => {
    expect(formattingLocale('ar', 'en-US')).to.equal('ar-u-nu-latn');
    expect(formattingLocale('', 'ar')).to.equal('ar-u-nu-latn');
    expect(formatIsoDate('2026-11-25', formattingLocale('ar', undefined))).to.match(/^25 \S+ 2026$/);
    expect(formattingLocale('ar-EG', 'en-US')).to.equal('ar-EG-u-nu-arab');
  });

  it('chooses Arabic digits once per region, from the page tag and never from the browser', () => {
    expect(formattingLocale('ar-SA', 'ar-MA')).to.equal('ar-SA-u-nu-arab');
    expect(formattingLocale('ar-MA', 'ar-SA')).to.equal('ar-MA-u-nu-latn');
    expect(formattingLocale('ar-AE', undefined)).to.equal('ar-AE-u-nu-latn');
    // A page in plain Arabic keeps Western digits even for a visitor whose browser says Egypt.
    expect(formattingLocale('ar', 'ar-EG')).to.equal('ar-EG-u-nu-latn');
    expect(formattingLocale('fa', undefined)).to.equal('fa-u-nu-arabext');
    expect(formattingLocale('fa-IR', 'en')).to.equal('fa-IR-u-nu-arabext');
    expect(formattingLocale('ar-EG-u-nu-latn', undefined)).to.equal('ar-EG-u-nu-latn');
    expect(formattingLocale('de', 'de-CH')).to.equal('de-CH');
  });

  it('formats dates and counts in the chosen digits', () => {
    expect(formatIsoDate('2026-11-25', formattingLocale('ar-EG', undefined))).to.contain('٢٥');
    expect(formatIsoDate('2026-11-25', formattingLocale('ar-EG', undefined))).not.to.match(/[0-9]/);
    // Persian dates are in the Persian calendar (25 November 2026 is 4 Azar 1405), in Persian digits.
    expect(formatIsoDate('2026-11-25', formattingLocale('fa', undefined))).to.match(/^[۰-۹]+ \S+ [۰-۹]{4}$/);
    expect(pluralText({one: '{n} day', other: '{n} days'}, 12, formattingLocale('ar-SA', undefined))).to.equal('١٢ days');
  });
});

describe('numberingSystem, localDigits and contentDigits', () => {
  it('names the digits of each Arabic region and of Persian', () => {
    for (const tag of ['ar', 'ar-AE', 'ar-MA', 'ar-DZ', 'ar-TN', 'ar-LY', 'ar-EH', 'AR_ma']) expect(numberingSystem(tag), tag).to.equal('latn');
    for (const tag of ['ar-EG', 'ar-SA', 'ar-IQ', 'ar-JO', 'ar-KW', 'ar-QA', 'ar-SY', 'ar-Arab-EG']) expect(numberingSystem(tag), tag).to.equal('arab');
    expect(numberingSystem('fa')).to.equal('arabext');
    expect(numberingSystem('fa-AF')).to.equal('arabext');
    expect(numberingSystem('ar-SA-u-nu-latn')).to.equal('latn');
    expect(numberingSystem('en')).to.equal('');
    expect(numberingSystem('')).to.equal('');
  });
  it('writes digits in the chosen system and leaves other text alone', () => {
    expect(localDigits('18 or over, 3–15', 'arab')).to.equal('١٨ or over, ٣–١٥');
    expect(localDigits('SPF 30', 'arabext')).to.equal('SPF ۳۰');
    expect(localDigits('SPF 30', 'latn')).to.equal('SPF 30');
    expect(localDigits('SPF 30', '')).to.equal('SPF 30');
  });
  it('converts every text of a content object but keeps its dates as data', () => {
    const content = {updated: '2026-12-02', translatedFrom: '2026-12-01', reviewed: {date: '2026-01-01', by: 'Dr 1'}, age: 'Over 18', list: ['6 months', {n: '{n} days'}]};
    expect(contentDigits(content, 'arab')).to.deep.equal({
      updated: '2026-12-02',
      translatedFrom: '2026-12-01',
      reviewed: {date: '2026-01-01', by: 'Dr 1'},
      age: 'Over ١٨',
      list: ['٦ months', {n: '{n} days'}],
    });
    expect(contentDigits(content, 'latn')).to.equal(content);
  });
  it('gives any text the same length and no Western digit left (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('arab', 'arabext'), (text, system) => {
        const out = localDigits(text, system);
        return out.length === text.length && !/[0-9]/.test(out);
      }),
    );
  });
});

describe('textDirection', () => {
  it('is right to left for Arabic, Persian and Hebrew, whatever the region', () => {
    for (const tag of ['ar', 'ar-EG', 'fa', 'fa-IR', 'he', 'ur-PK']) expect(textDirection(tag), tag).to.equal('rtl');
    for (const tag of ['en', 'fr-CA', 'pt-PT', 'ru', 'tr', 'pl', '', 'arn']) expect(textDirection(tag), tag).to.equal('ltr');
  });
});

describe('LocaleTable', () => {
  const english = {greeting: 'Hello', nested: {bye: 'Bye'}};
  it('merges a partial translation over English', () => {
    const table = new LocaleTable(english);
    expect(table.add('fr', {greeting: 'Bonjour'})).to.deep.equal([]);
    expect(table.get(table.match('fr-FR'))).to.deep.equal({greeting: 'Bonjour', nested: {bye: 'Bye'}});
    expect(table.tags).to.deep.equal(['en', 'fr']);
  });
  it('warns about unknown keys in a translation and leaves them out', () => {
    const table = new LocaleTable(english);
    const warnings = captureWarnings();
    const errors = table.add('de', {greeting: 'Hallo', farewell: 'Tschüss'} as never);
    warnings.restore();
    expect(errors).to.deep.equal([{path: 'locale(de).farewell', message: 'unknown key'}]);
    expect(warnings.messages).to.have.length(1);
    expect(table.get('de')).to.deep.equal({greeting: 'Hallo', nested: {bye: 'Bye'}});
  });
  it('gives English for an unknown tag', () => {
    const table = new LocaleTable(english);
    expect(table.get(table.match('ja'))).to.equal(english);
  });
});

describe('inheritedLang edge cases', () => {
  it('walks past a link ancestor (whose .host is a URL part, not a shadow host)', async () => {
    const root = await fixture<HTMLElement>(html`<div lang="fr"><a href="https://clinic.example/"><span></span></a></div>`);
    expect(inheritedLang(root.querySelector('span')!)).to.equal('fr');
  });
});

describe('pluralText', () => {
  const hours = {zero: '{n} zero', one: '{n} one', two: '{n} two', few: '{n} few', many: '{n} many', other: '{n} other'};
  it('picks the English forms', () => {
    expect(pluralText({one: 'for {n} hour', other: 'for {n} hours'}, 1, 'en')).to.equal('for 1 hour');
    expect(pluralText({one: 'for {n} hour', other: 'for {n} hours'}, 24, 'en')).to.equal('for 24 hours');
    expect(pluralText({one: 'for {n} hour', other: 'for {n} hours'}, 1000, 'en')).to.equal('for 1,000 hours');
  });
  it('uses French rules: 0 and 1 are singular', () => {
    expect(pluralText({one: 'pendant {n} heure', other: 'pendant {n} heures'}, 0, 'fr')).to.equal('pendant 0 heure');
    expect(pluralText({one: 'pendant {n} heure', other: 'pendant {n} heures'}, 2, 'fr')).to.equal('pendant 2 heures');
  });
  it('uses all six Arabic categories, with the digits Intl gives for ar', () => {
    const digits = (n: number) => new Intl.NumberFormat('ar').format(n);
    expect(pluralText(hours, 0, 'ar')).to.equal(`${digits(0)} zero`);
    expect(pluralText(hours, 1, 'ar')).to.equal(`${digits(1)} one`);
    expect(pluralText(hours, 2, 'ar')).to.equal(`${digits(2)} two`);
    expect(pluralText(hours, 3, 'ar')).to.equal(`${digits(3)} few`);
    expect(pluralText(hours, 11, 'ar')).to.equal(`${digits(11)} many`);
    expect(pluralText(hours, 100, 'ar')).to.equal(`${digits(100)} other`);
  });
  it('uses other for a category the content leaves out', () => {
    expect(pluralText({other: '{n} h'}, 3, 'ar')).to.equal(`${new Intl.NumberFormat('ar').format(3)} h`);
  });
});
