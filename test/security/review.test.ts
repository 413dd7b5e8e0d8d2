// Regression tests, in the browsers, for the security review of 2026-12
// (../shared/reviews/security-review-2026-12.md): the elements' side. Finding numbers are the review's.
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import {captureConfigErrors, captureWarnings} from '../helpers.js';

type Widget = HTMLElement & {updateComplete: Promise<boolean>; shadowRoot: ShadowRoot};

describe('security review 10a: the element refuses //host and \\\\host booking URLs, as the plugin does', () => {
  for (const url of ['//evil.example/x', '\\\\evil.example/x', '/\\evil.example', 'https:evil.example', ' //evil.example']) {
    for (const tag of ['meso-vs-filler', 'meso-aftercare', 'meso-eligibility']) {
      it(`<${tag} booking-url=${JSON.stringify(url)}>: no booking link, one warning, one meso-config-error`, async () => {
        const warnings = captureWarnings();
        const reported = captureConfigErrors();
        try {
          const host = await fixture<HTMLElement>(html`<div></div>`);
          const el = document.createElement(tag) as Widget;
          el.setAttribute('booking-url', url);
          host.append(el);
          await el.updateComplete;
          const links = [...el.shadowRoot.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href);
          expect(links.filter((href) => href.includes('evil.example'))).to.deep.equal([]);
          expect(reported.errors.map((error) => error.path)).to.deep.equal(['booking-url']);
          expect(warnings.messages.filter((message) => message.includes('booking-url'))).to.have.length(1);
        } finally {
          warnings.restore();
          reported.stop();
        }
      });
    }
  }
});

/** Renders `tag` with the attributes and JSON block given, and what it told the page. */
async function widget(tag: string, attributes: Record<string, string> = {}, block?: string) {
  const warnings = captureWarnings();
  const reported = captureConfigErrors();
  const uncaught: string[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(String(event.error ?? event.message));
  window.addEventListener('error', onError);
  try {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement(tag) as Widget;
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    if (block !== undefined) {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = block;
      el.append(script);
    }
    host.append(el);
    await el.updateComplete;
    await el.updateComplete;
    return {el, warnings: [...warnings.messages], errors: [...reported.errors], uncaught};
  } finally {
    warnings.restore();
    reported.stop();
    window.removeEventListener('error', onError);
  }
}

describe("the review's attacks on the elements that held (40 to 69), kept as tests", () => {
  const bookingLinks = (el: Widget) => [...el.shadowRoot.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.getAttribute('href')!);

  for (const url of [
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    ' javascript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'blob:https://clinic.example/x',
    'filesystem:https://clinic.example/x',
    'about:blank',
    'mailto:a@b.example',
    'tel:123',
    'ftp://clinic.example/book',
  ]) {
    it(`40-53: booking-url=${JSON.stringify(url)} gives no booking link and one meso-config-error`, async () => {
      const {el, errors} = await widget('meso-vs-filler', {'booking-url': url});
      expect(bookingLinks(el).filter((href) => !href.startsWith('#'))).to.deep.equal([]);
      expect(errors.map((error) => error.path)).to.deep.equal(['booking-url']);
    });
  }

  it('40-53: entity-encoded javascript: in the markup is decoded by the parser, then refused', async () => {
    const warnings = captureWarnings();
    const reported = captureConfigErrors();
    try {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      host.innerHTML = '<meso-vs-filler booking-url="&#106;avascript:alert(1)"></meso-vs-filler><meso-vs-filler booking-url="javascript&colon;alert(1)"></meso-vs-filler>';
      for (const el of host.querySelectorAll<Widget>('meso-vs-filler')) {
        await el.updateComplete;
        expect(bookingLinks(el).filter((href) => !href.startsWith('#'))).to.deep.equal([]);
      }
      expect(reported.errors.map((error) => error.path)).to.deep.equal(['booking-url', 'booking-url']);
    } finally {
      warnings.restore();
      reported.stop();
    }
  });

  it('54: a quote and markup in a booking URL stay inside the href, percent-encoded', async () => {
    const {el} = await widget('meso-vs-filler', {'booking-url': 'https://a.example/"><img src=x onerror=alert(1)>'});
    expect(el.shadowRoot.querySelector('img')).to.equal(null);
    expect(bookingLinks(el).some((href) => href.startsWith('https://a.example/%22%3E%3Cimg'))).to.equal(true);
  });

  for (const [name, block] of [
    ['55: a top-level __proto__', '{"__proto__": {"polluted": 1}}'],
    ['56: content.__proto__ and constructor', '{"content": {"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}}}'],
    ['57: rules.__proto__ and constructor', '{"rules": {"__proto__": {"polluted": 1}, "constructor": {"severity": "not-now"}}}'],
  ] as const) {
    it(`${name} pollutes nothing, and is reported`, async () => {
      const {errors, uncaught} = await widget('meso-eligibility', {}, block);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect(uncaught).to.deep.equal([]);
      expect(errors.length).to.be.greaterThan(0);
    });
  }

  it('58: durations.__proto__ pollutes nothing', async () => {
    const {uncaught} = await widget('meso-aftercare', {}, '{"durations": {"__proto__": {"polluted": 1}}}');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(uncaught).to.deep.equal([]);
  });

  it('59: the safety floor holds: hidden: true and severity "none" are refused', async () => {
    const {el, errors} = await widget('meso-eligibility', {layout: 'list'}, '{"rules": {"pregnant": {"hidden": true}, "bleeding": {"severity": "none"}}}');
    expect(errors.map((error) => error.path).sort()).to.deep.equal(['rules.bleeding.severity', 'rules.pregnant.hidden']);
    expect(el.shadowRoot.textContent).to.not.equal('');
  });

  it('60, 61: forged Lit template results and directives in the content render no markup and break nothing', async () => {
    for (const forged of ['{"_$litType$": 1, "strings": ["<img src=x onerror=alert(1)>"], "values": []}', '{"_$litDirective$": 1, "values": []}']) {
      const {el, errors, uncaught} = await widget('meso-aftercare', {}, `{"content": {"extraDonts": [${forged}], "heading": ${forged}}}`);
      expect(uncaught).to.deep.equal([]);
      expect(el.shadowRoot.querySelector('img')).to.equal(null);
      expect(errors.map((error) => error.path).sort()).to.deep.equal(['content.extraDonts[0]', 'content.heading']);
      expect(el.shadowRoot.querySelector('h1, h2, h3, h4, h5, h6')!.textContent!.trim()).to.not.equal('');
    }
  });

  it('62: markup in a heading is shown as text', async () => {
    const {el} = await widget('meso-vs-filler', {}, '{"content": {"heading": "<img src=x onerror=alert(1)>"}}');
    expect(el.shadowRoot.querySelector('img')).to.equal(null);
    expect(el.shadowRoot.querySelector('h2')!.textContent).to.contain('<img src=x onerror=alert(1)>');
  });

  it('63, 64: 200,000 levels of JSON nesting and a 2 MB string are handled', async () => {
    const deep = await widget('meso-vs-filler', {}, `{"content": ${'['.repeat(200_000)}${']'.repeat(200_000)}}`);
    expect(deep.uncaught).to.deep.equal([]);
    expect(deep.errors).to.have.length(1);
    const long = await widget('meso-vs-filler', {}, JSON.stringify({content: {heading: 'x'.repeat(2_000_000)}}));
    expect(long.uncaught).to.deep.equal([]);
    expect(long.el.shadowRoot.querySelector('h2')!.textContent!.length).to.be.greaterThan(1_900_000);
  });

  for (const [name, saved] of [
    ['markup in goals and answers', `{"savedAt": ${Date.now()}, "step": "pregnant", "goals": ["<img src=x onerror=alert(1)>"], "health": {"adult": "<b>yes</b>"}}`],
    ['__proto__', `{"savedAt": ${Date.now()}, "step": "goals", "goals": [], "health": {"__proto__": {"polluted": 1}}}`],
    ['a forged step "result" with nothing answered', `{"savedAt": ${Date.now()}, "step": "result", "goals": ["face"], "health": {}}`],
    ['text that is not JSON', '<script>alert(1)</script>'],
    ['out-of-range values', `{"savedAt": ${Date.now()}, "step": 99, "goals": "face", "health": []}`],
  ]) {
    it(`65-69: tampered saved progress (${name}) shows no markup, skips no question, throws nothing`, async () => {
      sessionStorage.setItem('meso-widgets:meso-eligibility', saved);
      try {
        const {el, uncaught} = await widget('meso-eligibility', {remember: ''});
        expect(uncaught).to.deep.equal([]);
        expect(el.shadowRoot.querySelector('img, b')).to.equal(null);
        expect(el.shadowRoot.querySelector('[part~="result"], .result')).to.equal(null);
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      } finally {
        sessionStorage.removeItem('meso-widgets:meso-eligibility');
      }
    });
  }
});
