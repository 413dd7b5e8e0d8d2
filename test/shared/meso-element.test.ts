// The shared behaviour every element inherits, exercised through <meso-vs-filler>'s public API.
import {aTimeout, expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import '../../src/vs-filler.js';
import {MesoVsFiller} from '../../src/vs-filler.js';
import type {BookDetail} from '../../src/shared/events.js';
import {captureConfigErrors, captureWarnings, textOf} from '../helpers.js';

MesoVsFiller.locales.add('fr', {
  heading: 'Mésothérapie ou produits de comblement ?',
  reviewedLabel: 'Revu par {by} le {date}.',
  updatedLabel: 'Mis à jour le {date}.',
});

const heading = (el: HTMLElement) => el.shadowRoot!.querySelector('[part="heading"]')!;
const booking = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="booking"]');

describe('shared element core', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  let configErrors: ReturnType<typeof captureConfigErrors>;
  beforeEach(() => {
    warnings = captureWarnings();
    configErrors = captureConfigErrors();
  });
  afterEach(() => {
    warnings.restore();
    configErrors.stop();
  });

  describe('locale', () => {
    it('uses English by default', async () => {
      const el = await fixture<MesoVsFiller>(html`<meso-vs-filler></meso-vs-filler>`);
      expect(textOf(heading(el))).to.equal('Mesotherapy or dermal fillers?');
    });

    it('uses its own lang attribute, with region fallback', async () => {
      const el = await fixture<MesoVsFiller>(html`<meso-vs-filler lang="fr-CA"></meso-vs-filler>`);
      expect(textOf(heading(el))).to.equal('Mésothérapie ou produits de comblement ?');
      // Strings the translation leaves out stay English.
      expect(textOf(el.shadowRoot!.querySelector('legend'))).to.equal('What would you like to change?');
    });

    it('falls back to English for an unknown locale', async () => {
      const el = await fixture<MesoVsFiller>(html`<meso-vs-filler lang="sv-SE"></meso-vs-filler>`);
      expect(textOf(heading(el))).to.equal('Mesotherapy or dermal fillers?');
    });

    it('inherits the nearest ancestor lang', async () => {
      const root = await fixture(html`<div lang="fr"><section><meso-vs-filler></meso-vs-filler></section></div>`);
      const el = root.querySelector('meso-vs-filler')!;
      await el.updateComplete;
      expect(textOf(heading(el))).to.equal('Mésothérapie ou produits de comblement ?');
    });

    it('inherits lang through a shadow root host', async () => {
      const host = await fixture<HTMLElement>(html`<div lang="fr"></div>`);
      const shadow = host.attachShadow({mode: 'open'});
      const el = document.createElement('meso-vs-filler');
      shadow.append(el);
      await el.updateComplete;
      expect(textOf(heading(el))).to.equal('Mésothérapie ou produits de comblement ?');
    });

    it('re-renders when its lang changes', async () => {
      const el = await fixture<MesoVsFiller>(html`<meso-vs-filler></meso-vs-filler>`);
      el.setAttribute('lang', 'fr');
      await el.updateComplete;
      expect(textOf(heading(el))).to.equal('Mésothérapie ou produits de comblement ?');
      el.lang = 'en';
      await el.updateComplete;
      expect(textOf(heading(el))).to.equal('Mesotherapy or dermal fillers?');
    });

    it('re-renders when an ancestor lang changes', async () => {
      const root = await fixture(html`<div lang="en"><meso-vs-filler></meso-vs-filler></div>`);
      const el = root.querySelector('meso-vs-filler')!;
      await el.updateComplete;
      root.setAttribute('lang', 'fr');
      await waitUntil(() => textOf(heading(el)).startsWith('Mésothérapie'), 'ancestor lang change not followed');
    });

    it('formats the review date for the locale', async () => {
      const el = await fixture<MesoVsFiller>(
        html`<meso-vs-filler lang="fr" .content=${{reviewed: {date: '2026-03-05', by: 'Dr A. Patel'}}}></meso-vs-filler>`,
      );
      const disclaimer = el.shadowRoot!.querySelector('[part="disclaimer"]')!;
      expect(textOf(disclaimer)).to.contain('Revu par Dr A. Patel le 5 mars 2026.');
      expect(disclaimer.querySelector('time')!.getAttribute('datetime')).to.equal('2026-03-05');
    });
  });

  describe('provenance', () => {
    const disclaimerOf = (el: HTMLElement) => textOf(el.shadowRoot!.querySelector('[part="disclaimer"]'));

    it('by default says when the content was last updated, never that it was reviewed', async () => {
      const el = await fixture<MesoVsFiller>(html`<meso-vs-filler lang="en-GB"></meso-vs-filler>`);
      const text = disclaimerOf(el);
      expect(text).to.match(/Content last updated: \d{1,2} \w+ \d{4}\./);
      expect(text).not.to.match(/review/i);
      expect(configErrors.errors).to.deep.equal([]);
    });

    it('says "Reviewed by … on …" and when the next review is due, once a clinic sets reviewed in the JSON block', async () => {
      const el = await fixture<MesoVsFiller>(html`<meso-vs-filler lang="en-GB">
        <script type="application/json">
          {"content": {"reviewed": {"date": "2026-12-01", "by": "Dr A. Patel, medical director", "next": "2027-12-01"}}}
        </script>
      </meso-vs-filler>`);
      await el.updateComplete;
      const text = disclaimerOf(el);
      expect(text).to.contain('Reviewed by Dr A. Patel, medical director on 1 December 2026.');
      expect(text).to.contain('Next review due: 1 December 2027.');
      expect(text).not.to.contain('last updated');
      expect([...el.shadowRoot!.querySelectorAll('[part="disclaimer"] time')].map((time) => time.getAttribute('datetime'))).to.deep.equal([
        '2026-12-01',
        '2027-12-01',
      ]);
      expect(configErrors.errors).to.deep.equal([]);
    });

    it('takes the review from the content property too', async () => {
      const el = await fixture<MesoVsFiller>(
        html`<meso-vs-filler lang="en-GB" .content=${{reviewed: {date: '2026-12-01', by: 'Dr B. Chen'}}}></meso-vs-filler>`,
      );
      expect(disclaimerOf(el)).to.contain('Reviewed by Dr B. Chen on 1 December 2026.').and.not.contain('Next review');
    });

    for (const [name, reviewed, path] of [
      ['a date without a reviewer', {date: '2026-12-01'}, 'content.reviewed.by'],
      ['a reviewer without a date', {by: 'Dr A. Patel'}, 'content.reviewed.date'],
      ['a date that does not exist', {date: '2026-02-30', by: 'Dr A. Patel'}, 'content.reviewed.date'],
    ] as const) {
      it(`refuses ${name}: reported, and the widget keeps "Content last updated"`, async () => {
        const el = await fixture<MesoVsFiller>(html`<meso-vs-filler .content=${{reviewed}}></meso-vs-filler>`);
        expect(configErrors.errors.map((error) => error.path)).to.deep.equal([path]);
        expect(warnings.messages).to.have.length(1);
        expect(disclaimerOf(el)).to.contain('Content last updated').and.not.contain('Reviewed by');
      });
    }
  });

  describe('content overrides', () => {
    it('applies a content property deep-merged over the locale', async () => {
      const el = await fixture<MesoVsFiller>(
        html`<meso-vs-filler .content=${{heading: 'Which treatment?', treatments: {filler: 'Fillers'}}}></meso-vs-filler>`,
      );
      expect(textOf(heading(el))).to.equal('Which treatment?');
      const columns = [...el.shadowRoot!.querySelectorAll('thead th')].map(textOf);
      expect(columns).to.deep.equal(['What we compare', 'Mesotherapy', 'Fillers']);
      expect(configErrors.errors).to.deep.equal([]);
    });

    it('re-renders when content changes', async () => {
      const el = await fixture<MesoVsFiller>(html`<meso-vs-filler></meso-vs-filler>`);
      el.content = {heading: 'Updated'};
      await el.updateComplete;
      expect(textOf(heading(el))).to.equal('Updated');
    });

    it('reports unknown keys and wrong types once each, keeping the defaults', async () => {
      const el = await fixture<MesoVsFiller>(
        html`<meso-vs-filler .content=${{headline: 'x', heading: 42} as never}></meso-vs-filler>`,
      );
      expect(textOf(heading(el))).to.equal('Mesotherapy or dermal fillers?');
      expect(configErrors.errors).to.deep.equal([
        {path: 'content.headline', message: 'unknown key'},
        {path: 'content.heading', message: 'expected a string, got a number'},
      ]);
      expect(warnings.messages).to.have.length(2);
      expect(warnings.messages[0]).to.contain('content.headline');
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.messages).to.have.length(2);
    });

    it('reads a child JSON block', async () => {
      const el = await fixture<MesoVsFiller>(html`<meso-vs-filler>
        <script type="application/json">{"content": {"heading": "From the CMS"}}</script>
      </meso-vs-filler>`);
      expect(textOf(heading(el))).to.equal('From the CMS');
    });

    it('reads a JSON block whose type has another case or spaces around it, as prerender does', async () => {
      const el = await fixture<MesoVsFiller>(html`<meso-vs-filler>
        <script type=" Application/JSON ">{"content": {"heading": "Typed loosely"}}</script>
      </meso-vs-filler>`);
      expect(textOf(heading(el))).to.equal('Typed loosely');
    });

    it('lets the content property win over the JSON block', async () => {
      const el = await fixture<MesoVsFiller>(html`<meso-vs-filler .content=${{heading: 'From JS'}}>
        <script type="application/json">{"content": {"heading": "From the CMS", "intro": "CMS intro"}}</script>
      </meso-vs-filler>`);
      expect(textOf(heading(el))).to.equal('From JS');
      expect(textOf(el.shadowRoot!.querySelector('.lead'))).to.equal('CMS intro');
    });

    it('reports invalid JSON and renders the defaults', async () => {
      const el = await fixture<MesoVsFiller>(html`<meso-vs-filler>
        <script type="application/json">{"content": {"heading": </script>
      </meso-vs-filler>`);
      expect(textOf(heading(el))).to.equal('Mesotherapy or dermal fillers?');
      expect(configErrors.errors).to.have.length(1);
      expect(configErrors.errors[0].path).to.equal('script[type="application/json"]');
      expect(warnings.messages).to.have.length(1);
    });

    it('reports unknown keys inside the JSON block', async () => {
      await fixture<MesoVsFiller>(html`<meso-vs-filler>
        <script type="application/json">{"colour": "red", "content": {"heading": true}}</script>
      </meso-vs-filler>`);
      expect(configErrors.errors.map((error) => error.path).sort()).to.deep.equal(['colour', 'content.heading']);
    });

    it('follows a JSON block that is added later', async () => {
      const el = await fixture<MesoVsFiller>(html`<meso-vs-filler></meso-vs-filler>`);
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = '{"content": {"heading": "Added later"}}';
      el.append(script);
      await waitUntil(() => textOf(heading(el)) === 'Added later', 'JSON block not read');
    });

    it('delivers config errors to a listener added before connecting', async () => {
      const el = document.createElement('meso-vs-filler');
      el.setAttribute('heading-level', '9');
      const received = oneEvent(el, 'meso-config-error');
      document.body.append(el);
      const event = await received;
      expect(event.detail).to.deep.equal({path: 'heading-level', message: '"9" is not a whole number from 1 to 6; using 2'});
      expect(event.bubbles && event.composed).to.equal(true);
      el.remove();
    });
  });

  describe('attributes', () => {
    it('puts the top heading at heading-level', async () => {
      const el = await fixture<MesoVsFiller>(html`<meso-vs-filler heading-level="3"></meso-vs-filler>`);
      expect(heading(el).tagName).to.equal('H3');
      expect(el.shadowRoot!.querySelector('#compare-heading')!.tagName).to.equal('H4');
      el.headingLevel = 1;
      await el.updateComplete;
      expect(heading(el).tagName).to.equal('H1');
    });

    it('warns once and uses level 2 for a bad heading-level', async () => {
      const el = await fixture<MesoVsFiller>(html`<meso-vs-filler heading-level="big"></meso-vs-filler>`);
      expect(heading(el).tagName).to.equal('H2');
      expect(configErrors.errors).to.deep.equal([
        {path: 'heading-level', message: '"big" is not a whole number from 1 to 6; using 2'},
      ]);
      expect(warnings.messages).to.have.length(1);
    });

    it('switches theme', async () => {
      const el = await fixture<MesoVsFiller>(html`<meso-vs-filler></meso-vs-filler>`);
      const light = getComputedStyle(el).backgroundColor;
      expect(light).to.equal('rgb(255, 255, 255)');
      el.theme = 'dark';
      await el.updateComplete;
      expect(el.getAttribute('theme')).to.equal('dark');
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(20, 25, 29)');
      el.setAttribute('theme', 'light');
      await el.updateComplete;
      expect(getComputedStyle(el).backgroundColor).to.equal(light);
    });

    it('follows the visitor’s colour scheme with theme="auto"', async () => {
      // Only Chromium's launcher can emulate the media feature (DevTools protocol); asking Firefox's
      // (WebDriver BiDi) or WebKit's (WebDriver) makes the runner print a stack trace for a failure
      // the test expects. There, check the visitor's real scheme instead.
      const schemes: ('light' | 'dark')[] = [];
      if (/\bChrome\//.test(navigator.userAgent)) {
        for (const colorScheme of ['dark', 'light'] as const) {
          await emulateMedia({colorScheme});
          schemes.push(colorScheme);
        }
      }
      const el = await fixture<MesoVsFiller>(html`<meso-vs-filler theme="auto"></meso-vs-filler>`);
      const expected = (dark: boolean) => (dark ? 'rgb(20, 25, 29)' : 'rgb(255, 255, 255)');
      if (schemes.length === 2) {
        await emulateMedia({colorScheme: 'dark'});
        expect(getComputedStyle(el).backgroundColor).to.equal(expected(true));
        await emulateMedia({colorScheme: 'light'});
        expect(getComputedStyle(el).backgroundColor).to.equal(expected(false));
      } else {
        expect(getComputedStyle(el).backgroundColor).to.equal(expected(matchMedia('(prefers-color-scheme: dark)').matches));
      }
    });

    it('takes a theme in any case and with spaces, reflected in lower case, without a warning', async () => {
      const el = await fixture<MesoVsFiller>(html`<meso-vs-filler theme=" DARK "></meso-vs-filler>`);
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(20, 25, 29)');
      expect(el.getAttribute('theme')).to.equal('dark');
      expect(configErrors.errors).to.deep.equal([]);
    });

    it('warns about an unknown theme and stays light', async () => {
      const el = await fixture<MesoVsFiller>(html`<meso-vs-filler theme="purple"></meso-vs-filler>`);
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(configErrors.errors.map((error) => error.path)).to.deep.equal(['theme']);
    });

    it('lets the host page brand it with --meso-* properties set on an ancestor', async () => {
      const root = await fixture<HTMLElement>(
        html`<div style="--meso-color-surface: rgb(1, 2, 3)"><meso-vs-filler></meso-vs-filler></div>`,
      );
      const el = root.querySelector('meso-vs-filler')!;
      await el.updateComplete;
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(1, 2, 3)');
    });

    it('shows the clinic phone as a tel: link', async () => {
      const el = await fixture<MesoVsFiller>(html`<meso-vs-filler clinic-phone="+44 20 7946 0000"></meso-vs-filler>`);
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="phone"] a')!;
      expect(link.getAttribute('href')).to.equal('tel:+442079460000');
      expect(textOf(link)).to.equal('+44 20 7946 0000');
    });
  });

  describe('booking call-to-action', () => {
    // Stop real navigation in the test page, after recording whether the widget prevented it.
    let prevented: boolean[];
    const record = (event: Event) => {
      if ((event.target as Element).localName !== 'meso-vs-filler') return;
      prevented.push(event.defaultPrevented);
      event.preventDefault();
    };
    beforeEach(() => {
      prevented = [];
      document.addEventListener('click', record);
    });
    afterEach(() => document.removeEventListener('click', record));

    it('is not shown without booking-url', async () => {
      const el = await fixture<MesoVsFiller>(html`<meso-vs-filler></meso-vs-filler>`);
      expect(booking(el)).to.equal(null);
    });

    it('links to booking-url with the default, clinic or custom label', async () => {
      const el = await fixture<MesoVsFiller>(html`<meso-vs-filler booking-url="https://clinic.example/book"></meso-vs-filler>`);
      expect(booking(el)!.href).to.equal('https://clinic.example/book');
      expect(textOf(booking(el))).to.equal('Book a consultation');
      el.clinicName = 'Bright Skin Clinic';
      await el.updateComplete;
      expect(textOf(booking(el))).to.equal('Book a consultation at Bright Skin Clinic');
      el.bookingLabel = 'Book now';
      await el.updateComplete;
      expect(textOf(booking(el))).to.equal('Book now');
    });

    it('fires a cancelable, composed meso-book and navigates when not cancelled', async () => {
      const el = await fixture<MesoVsFiller>(html`<meso-vs-filler booking-url="https://clinic.example/book"></meso-vs-filler>`);
      const fired = oneEvent(el, 'meso-book');
      booking(el)!.click();
      const event = (await fired) as CustomEvent<BookDetail>;
      expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({source: 'vs-filler', url: 'https://clinic.example/book', recommendation: null});
      expect(prevented).to.deep.equal([false]);
    });

    it('does not navigate when a listener cancels meso-book', async () => {
      const el = await fixture<MesoVsFiller>(html`<meso-vs-filler booking-url="https://clinic.example/book"></meso-vs-filler>`);
      el.addEventListener('meso-book', (event) => event.preventDefault());
      booking(el)!.click();
      expect(prevented).to.deep.equal([true]);
    });

    it('refuses a javascript: URL with a warning and shows no button', async () => {
      const el = await fixture<MesoVsFiller>(html`<meso-vs-filler booking-url="javascript:alert(1)"></meso-vs-filler>`);
      expect(booking(el)).to.equal(null);
      expect(configErrors.errors.map((error) => error.path)).to.deep.equal(['booking-url']);
      expect(warnings.messages[0]).to.contain('booking-url');
    });
  });

  it('never throws for hostile attribute values', async () => {
    const el = await fixture<MesoVsFiller>(
      html`<meso-vs-filler theme="" heading-level="-3" booking-url="%%%" view="grid" lang="!!"></meso-vs-filler>`,
    );
    await aTimeout(0);
    expect(textOf(heading(el))).to.equal('Mesotherapy or dermal fillers?');
    expect(configErrors.errors.map((error) => error.path).sort()).to.deep.equal(['heading-level', 'view']);
  });
});
