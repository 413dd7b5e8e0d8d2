// Packs loaded on demand, from source: a widget asks for src/locales/fr.js by URL, resolved from
// the loader module's own URL, as the built bundle does from dist/. This file must be the first on
// its page to want French, so nothing here imports the French pack statically.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/index.js';
import type {MesoAftercare, MesoEligibility} from '../../src/index.js';
import {loadLocalePack, packFor, packUrl} from '../../src/shared/locale-loader.js';
import {localePack} from '../../src/shared/locale-packs.js';
import {textOf} from '../helpers.js';

const heading = (el: Element) => textOf(el.shadowRoot!.querySelector('[part="heading"]'));

describe('packFor', () => {
  it('finds the shipped pack for a tag and its regions', () => {
    expect(packFor('fr')).to.equal('fr');
    expect(packFor('fr-CA')).to.equal('fr');
    expect(packFor('es-MX')).to.equal('es');
    expect(packFor('pt-BR')).to.equal('pt-BR');
    expect(packFor('ar-EG')).to.equal('ar');
    expect(packFor('fa-IR')).to.equal('fa');
  });
  it('uses European Portuguese for Portugal and the regions that follow it, Brazilian for plain pt', () => {
    expect(packFor('pt-PT')).to.equal('pt-PT');
    expect(packFor('pt-AO')).to.equal('pt-PT');
    expect(packFor('pt-MZ')).to.equal('pt-PT');
    expect(packFor('pt')).to.equal('pt-BR');
    expect(packFor('ru-RU')).to.equal('ru');
  });
  it('needs no pack for English or a language without one', () => {
    expect(packFor('en-GB')).to.equal('');
    expect(packFor('nl')).to.equal('');
    expect(packFor('')).to.equal('');
  });
});

describe('loading a pack on demand', () => {
  it('shows nothing, then French, for lang="fr" on an ancestor, never English', async () => {
    const seen: string[] = [];
    const wrapper = await fixture<HTMLElement>(html`<div lang="fr-CA"></div>`);
    const el = document.createElement('meso-eligibility') as MesoEligibility;
    wrapper.append(el);
    // Every text the widget shows while it waits and once the pack has arrived.
    const record = () => seen.push(textOf(el.shadowRoot as unknown as Element));
    const observer = new MutationObserver(record);
    observer.observe(el.shadowRoot!, {childList: true, subtree: true, characterData: true});
    await el.updateComplete;
    record();
    expect(textOf(el.shadowRoot as unknown as Element), 'empty while the pack loads').to.equal('');
    await waitUntil(() => heading(el) !== '', 'the French pack did not arrive', {timeout: 4000});
    observer.disconnect();
    expect(heading(el)).to.equal('La mésothérapie est-elle faite pour moi ?');
    expect(seen.filter((text) => text.includes('Is mesotherapy right for me?'))).to.deep.equal([]);
    expect(localePack('fr')).not.to.equal(undefined);
  });

  it('renders French at once once the pack is on the page, for any element', async () => {
    const el = await fixture<MesoAftercare>(html`<meso-aftercare lang="fr"></meso-aftercare>`);
    expect(heading(el)).to.equal('Vos soins après la séance');
  });

  it('rejects once, without a registration, for a file that is not there', async () => {
    const base = new URL('/nowhere/meso-widgets.js', location.href).href;
    expect(packUrl('fr', base)).to.equal(new URL('/locales/fr.js', location.href).href);
    let error: unknown;
    try {
      await loadLocalePack('fr', new URL('/nowhere/deeper/x.js', location.href).href);
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(Error);
  });
});
