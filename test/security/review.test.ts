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
