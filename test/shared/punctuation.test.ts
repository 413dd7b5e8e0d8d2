import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import '../../src/locales/fr.js';
import '../../src/locales/ar.js';
import type {MesoEligibility} from '../../src/index.js';
import {colonAfter, labelled, listSeparator} from '../../src/logic/punctuation.js';
import {aftercareGuideText, DEFAULT_DURATIONS} from '../../src/logic/aftercare/plan.js';
import {localePack} from '../../src/shared/locale-packs.js';
import {AFTERCARE_ITEMS} from '../../src/types/aftercare.js';
import {shareLines} from '../../src/logic/eligibility/share.js';

describe('punctuation where code joins strings (issue 25 item 6)', () => {
  it('puts a no-break space before the French colon and semicolon, and the Arabic semicolon in Arabic and Persian', () => {
    expect(colonAfter('À éviter', 'fr-CA')).to.equal('À éviter\u00a0:');
    expect(colonAfter('Do not', 'en')).to.equal('Do not:');
    expect(labelled('Âge', 'Choisissez oui', 'fr')).to.equal('Âge\u00a0: choisissez oui');
    expect(labelled('Age', 'Select yes', 'en-GB')).to.equal('Age: Select yes');
    expect(labelled('Idade', 'Escolha sim', 'pt-PT')).to.equal('Idade: escolha sim');
    expect(labelled('Alter', 'Wählen Sie', 'de')).to.equal('Alter: Wählen Sie');
    expect(labelled('Yaş', 'Evet, Hayır', 'tr')).to.equal('Yaş: Evet, Hayır');
    expect(labelled('Возраст', 'Выберите', 'ru')).to.equal('Возраст: выберите');
    expect(listSeparator('fr')).to.equal('\u00a0; ');
    expect(listSeparator('ar-EG-u-nu-arab')).to.equal('؛ ');
    expect(listSeparator('fa')).to.equal('؛ ');
    expect(listSeparator('de')).to.equal('; ');
  });

  it('writes the calendar guide headings with French spacing', () => {
    const fr = localePack('fr')!.aftercare as never;
    const text = aftercareGuideText(fr, {items: AFTERCARE_ITEMS, durations: DEFAULT_DURATIONS, locale: 'fr'});
    const headings = text.split('\n').filter((line) => line.endsWith(':'));
    expect(headings.length).to.be.greaterThan(2);
    for (const line of headings) expect(line, line).to.match(/\u00a0:$/);
  });

  it('joins the goals in the shared summary with the language’s own semicolon', () => {
    const ar = localePack('ar')!.eligibility as never;
    const lines = shareLines(ar, {outcome: 'no-concerns', answers: {}, goals: ['face', 'hair'], date: '2026-12-02'}, 'ar');
    expect(lines[2].value).to.contain('؛ ');
    expect(lines[2].value).not.to.contain('; ');
  });

  it('names a missing answer in the French list layout with a no-break space before the colon', async () => {
    const el = await fixture<MesoEligibility>(html`<meso-eligibility lang="fr" layout="list"></meso-eligibility>`);
    const click = async (name: string) => {
      [...el.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent!.trim() === name)!.click();
      await el.updateComplete;
    };
    await click('Commencer');
    el.shadowRoot!.querySelector<HTMLInputElement>('#goal-hair')!.click();
    await click('Continuer');
    await click('Continuer');
    const links = [...el.shadowRoot!.querySelectorAll('.error-summary a')].map((a) => a.textContent!.replace(/[ \t\n\r]+/g, ' ').trim());
    const named = links.filter((text) => text.includes(':'));
    expect(named.length, JSON.stringify(links)).to.be.greaterThan(0);
    for (const text of named) expect(text, text).to.match(/\S\u00a0: \p{Ll}/u);
  });
});
