// Issue 25: the widget's direction follows its own language, Arabic digits follow the region, and
// the patient may switch among the clinic's languages (`languages`). French and Arabic are
// registered here; German is left to load on demand, as a patient's first switch to it would.
import {aTimeout, expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/index.js';
import '../../src/locales/ar.js';
import '../../src/locales/fa.js';
import '../../src/locales/fr.js';
import type {MesoAftercare, MesoEligibility, MesoVsFiller} from '../../src/index.js';
import {expectAccessible} from '../a11y.js';
import {captureConfigErrors, captureWarnings, textOf} from '../helpers.js';
import {focused, press, tabTo} from '../keyboard.js';

type Widget = MesoEligibility | MesoAftercare | MesoVsFiller;
const frame = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('.frame')!;
const direction = (node: Element) => getComputedStyle(node).direction;
const heading = (el: Element) => textOf(el.shadowRoot!.querySelector('[part="heading"]'));
const select = (el: Element) => el.shadowRoot!.querySelector<HTMLSelectElement>('select#languages');
const status = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('.languages [role="status"]')!;
const visibleText = (el: Element) => textOf(el.shadowRoot as unknown as Element);

describe('direction follows the language', () => {
  for (const tag of ['meso-eligibility', 'meso-aftercare', 'meso-vs-filler']) {
    it(`lays out an Arabic <${tag}> right to left on a left-to-right page`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div dir="ltr" lang="en"></div>`);
      wrapper.innerHTML = `<${tag} lang="ar"></${tag}>`;
      const el = wrapper.firstElementChild as Widget;
      await el.updateComplete;
      expect(direction(frame(el))).to.equal('rtl');
      expect(direction(el.shadowRoot!.querySelector('[part="heading"]')!)).to.equal('rtl');
      expect(direction(wrapper)).to.equal('ltr');
    });
  }

  it('lays out a Persian widget right to left on a left-to-right page, in Persian digits', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div dir="ltr" lang="en"><meso-vs-filler lang="fa"></meso-vs-filler></div>`);
    const el = wrapper.querySelector<MesoVsFiller>('meso-vs-filler')!;
    await el.updateComplete;
    expect(direction(frame(el))).to.equal('rtl');
    const text = visibleText(el);
    expect(text).to.contain('۱۵');
    expect(text.match(/[0-9]+/g) ?? []).to.deep.equal([]);
  });

  it('lays out an English widget left to right on a right-to-left Arabic page', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div dir="rtl" lang="ar"><meso-vs-filler lang="en"></meso-vs-filler></div>`);
    const el = wrapper.querySelector<MesoVsFiller>('meso-vs-filler')!;
    await el.updateComplete;
    expect(heading(el)).to.equal('Mesotherapy or dermal fillers?');
    expect(direction(frame(el))).to.equal('ltr');
  });

  it('lets a dir attribute on the element itself win', async () => {
    const el = await fixture<MesoVsFiller>(html`<meso-vs-filler lang="ar" dir="ltr"></meso-vs-filler>`);
    expect(frame(el).hasAttribute('dir')).to.equal(false);
    expect(direction(frame(el))).to.equal('ltr');
    el.setAttribute('dir', 'rtl');
    el.lang = 'en';
    await el.updateComplete;
    expect(direction(frame(el))).to.equal('rtl');
    el.removeAttribute('dir');
    await waitUntil(() => direction(frame(el)) === 'ltr', 'removing dir did not give the language its direction back');
  });

  it('follows the page when its language changes to Arabic and back', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"><meso-eligibility></meso-eligibility></div>`);
    const el = wrapper.querySelector<MesoEligibility>('meso-eligibility')!;
    await el.updateComplete;
    expect(direction(frame(el))).to.equal('ltr');
    wrapper.lang = 'ar';
    await waitUntil(() => direction(frame(el)) === 'rtl', 'the widget did not turn right to left');
    wrapper.lang = 'fr';
    await waitUntil(() => direction(frame(el)) === 'ltr', 'the widget did not turn back');
  });

  it('mirrors the Back chevron in an Arabic widget on a left-to-right page', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div dir="ltr"><meso-eligibility lang="ar"></meso-eligibility></div>`);
    const el = wrapper.querySelector<MesoEligibility>('meso-eligibility')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('.step--intro button')!.click();
    await el.updateComplete;
    const chevron = el.shadowRoot!.querySelector('.chevron');
    expect(chevron, 'a Back link with its chevron').not.to.equal(null);
    expect(getComputedStyle(chevron!).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    await expectAccessible(el);
  });
});

describe('Arabic digits per region', () => {
  const westernDigits = (text: string) => text.match(/[0-9]+/g) ?? [];

  it('writes every number of an Egyptian or Saudi widget in Arabic-Indic digits', async () => {
    for (const lang of ['ar-EG', 'ar-SA']) {
      const el = await fixture<MesoVsFiller>(html`<meso-vs-filler lang=${lang}></meso-vs-filler>`);
      const text = visibleText(el);
      expect(westernDigits(text), lang).to.deep.equal([]);
      expect(text).to.contain('١٥');
      expect(text).to.contain('٢٠١٥');
    }
  });

  it('keeps Western digits for plain Arabic, the Emirates and Morocco', async () => {
    for (const lang of ['ar', 'ar-AE', 'ar-MA']) {
      const el = await fixture<MesoVsFiller>(html`<meso-vs-filler lang=${lang}></meso-vs-filler>`);
      const text = visibleText(el);
      expect(text, lang).to.contain('15');
      expect(text, lang).not.to.match(/[٠-٩]/);
    }
  });

  it('writes the aftercare plan and its dates in the same digits as its text', async () => {
    const el = await fixture<MesoAftercare>(html`<meso-aftercare lang="ar-EG" treated-at="2026-11-20T10:00"></meso-aftercare>`);
    // "Office 365" is a product's name, not a number.
    const text = visibleText(el).replaceAll('Office 365', 'Office');
    expect(westernDigits(text)).to.deep.equal([]);
    expect(text).to.match(/[٠-٩]/);
  });
});

describe('the language control (languages)', () => {
  it('shows nothing without the attribute, or with fewer than two languages', async () => {
    const el = await fixture<MesoVsFiller>(html`<meso-vs-filler></meso-vs-filler>`);
    expect(select(el)).to.equal(null);
    const one = await fixture<MesoVsFiller>(html`<meso-vs-filler languages="fr"></meso-vs-filler>`);
    expect(select(one)).to.equal(null);
  });

  it('offers each language in its own words, marked with its own lang, the current one selected', async () => {
    const el = await fixture<MesoEligibility>(html`<meso-eligibility languages="en fr ar"></meso-eligibility>`);
    const control = select(el)!;
    expect(control).not.to.equal(null);
    expect(textOf(el.shadowRoot!.querySelector('label[for="languages"]'))).to.equal('Language');
    const options = [...control.options].map((option) => [option.value, option.lang, option.textContent!.trim()]);
    expect(options).to.deep.equal([
      ['en', 'en', 'English'],
      ['fr', 'fr', 'Français'],
      ['ar', 'ar', 'العربية'],
    ]);
    expect(control.value).to.equal('en');
    await expectAccessible(el);
  });

  it('switches by keyboard, keeps focus on the control, announces the switch once, in the new language', async () => {
    const el = await fixture<MesoEligibility>(html`<meso-eligibility languages="en fr ar"></meso-eligibility>`);
    const control = (await tabTo(el, 'select#languages')) as HTMLSelectElement;
    expect(control).to.equal(select(el));
    control.value = 'fr';
    control.dispatchEvent(new Event('change', {bubbles: true}));
    await waitUntil(() => heading(el) === 'La mésothérapie est-elle faite pour moi ?', 'no French');
    await el.updateComplete;
    expect(focused(el)).to.equal(select(el));
    expect(select(el)!.value).to.equal('fr');
    expect(textOf(el.shadowRoot!.querySelector('label[for="languages"]'))).to.equal('Langue');
    expect(status(el).textContent).to.equal('Français');
    expect(status(el).lang).to.equal('fr');
    expect(direction(frame(el))).to.equal('ltr');
    await press('ArrowDown');
    await waitUntil(() => select(el)!.value === 'ar', 'ArrowDown on the control did not choose the next language');
    await waitUntil(() => heading(el).startsWith('هل'), 'no Arabic');
    expect(focused(el)).to.equal(select(el));
    expect(direction(frame(el))).to.equal('rtl');
    expect(status(el).textContent).to.equal('العربية');
    expect(el.lang, 'the element attribute is the page’s, not changed').to.equal('');
  });

  it('loads a pack on demand when chosen, showing the current language meanwhile', async () => {
    const el = await fixture<MesoVsFiller>(html`<meso-vs-filler languages="en de"></meso-vs-filler>`);
    const control = select(el)!;
    control.value = 'de';
    control.dispatchEvent(new Event('change', {bubbles: true}));
    await el.updateComplete;
    expect(heading(el), 'still English while German loads').to.equal('Mesotherapy or dermal fillers?');
    await waitUntil(() => heading(el) === 'Mesotherapie oder Filler?', 'no German', {timeout: 5000});
    expect(status(el).textContent).to.equal('Deutsch');
  });

  it('keeps the choice only where remember is set', async () => {
    sessionStorage.clear();
    const kept = await fixture<MesoAftercare>(html`<meso-aftercare id="a" remember languages="en fr"></meso-aftercare>`);
    select(kept)!.value = 'fr';
    select(kept)!.dispatchEvent(new Event('change'));
    await waitUntil(() => heading(kept) === 'Vos soins après la séance');
    const again = await fixture<MesoAftercare>(html`<meso-aftercare id="a" remember languages="en fr"></meso-aftercare>`);
    expect(heading(again)).to.equal('Vos soins après la séance');
    const notKept = await fixture<MesoAftercare>(html`<meso-aftercare id="b" languages="en fr"></meso-aftercare>`);
    select(notKept)!.value = 'fr';
    select(notKept)!.dispatchEvent(new Event('change'));
    await waitUntil(() => heading(notKept) === 'Vos soins après la séance');
    expect(Object.keys(sessionStorage).filter((key) => key.includes('#b'))).to.deep.equal([]);
    const fresh = await fixture<MesoAftercare>(html`<meso-aftercare id="b" languages="en fr"></meso-aftercare>`);
    expect(heading(fresh)).to.equal('Your aftercare plan');
  });

  it('ignores a remembered value that is not one of the clinic languages', async () => {
    sessionStorage.setItem('meso-widgets:meso-aftercare#c:lang', '<img src=x onerror=alert(1)>');
    const el = await fixture<MesoAftercare>(html`<meso-aftercare id="c" remember languages="en fr"></meso-aftercare>`);
    expect(select(el)!.value).to.equal('en');
    expect(heading(el)).to.equal('Your aftercare plan');
    sessionStorage.clear();
  });

  it('reports an unknown language once and leaves it out', async () => {
    const warnings = captureWarnings();
    const errors = captureConfigErrors();
    const el = await fixture<MesoVsFiller>(html`<meso-vs-filler languages="en xx fr &lt;b&gt;"></meso-vs-filler>`);
    await aTimeout(0);
    warnings.restore();
    errors.stop();
    expect([...select(el)!.options].map((option) => option.value)).to.deep.equal(['en', 'fr']);
    expect(errors.errors.map((error) => error.path)).to.deep.equal(['languages', 'languages']);
    expect(warnings.messages).to.have.length(2);
  });

  it('names the language shown first when the clinic list leaves it out, and goes back to it', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="ar"><meso-vs-filler languages="en fr"></meso-vs-filler></div>`);
    const el = wrapper.querySelector<MesoVsFiller>('meso-vs-filler')!;
    await el.updateComplete;
    const control = select(el)!;
    expect([...control.options].map((option) => [option.value, option.lang, option.textContent!.trim()])).to.deep.equal([
      ['', 'ar', 'العربية'],
      ['en', 'en', 'English'],
      ['fr', 'fr', 'Français'],
    ]);
    expect(control.selectedIndex).to.equal(0);
    control.selectedIndex = 2;
    control.dispatchEvent(new Event('change'));
    await waitUntil(() => heading(el) === 'Mésothérapie ou injections de comblement ?', `no French: ${heading(el)}`);
    select(el)!.selectedIndex = 0;
    select(el)!.dispatchEvent(new Event('change'));
    await waitUntil(() => direction(frame(el)) === 'rtl', 'not back to Arabic');
    expect(status(el).textContent).to.equal('العربية');
  });

  it('starts in the page language when it is one of them', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="fr-CA"><meso-vs-filler languages="en fr ar"></meso-vs-filler></div>`);
    const el = wrapper.querySelector<MesoVsFiller>('meso-vs-filler')!;
    await el.updateComplete;
    expect(select(el)!.value).to.equal('fr');
  });
});
