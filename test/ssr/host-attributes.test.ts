// A framework that hydrates server-rendered markup (React, Vue, Svelte) compares the host's
// attributes with what it rendered: the element must add none of its own, on the server (prerender)
// or in the browser, so no hydration mismatch. Values a page sets stay as written.
import {expect} from '@open-wc/testing';
import {removeServerRendered, serverRendered, type Widget} from './helpers.js';

afterEach(removeServerRendered);

/** The host's attributes, as `name=value`, sorted. */
const attributes = (el: Element) => el.getAttributeNames().sort().map((name) => `${name}=${el.getAttribute(name)}`);

const CASES = [
  {tag: 'meso-eligibility', load: () => import('../../src/eligibility.js'), set: 'layout="list" theme="dark"'},
  {tag: 'meso-aftercare', load: () => import('../../src/aftercare.js'), set: 'theme="auto" treated-at="2026-11-24T10:30"'},
  {tag: 'meso-vs-filler', load: () => import('../../src/vs-filler.js'), set: 'view="helper" theme="dark"'},
];

describe('the element adds no attribute to its host', () => {
  for (const {tag, load, set} of CASES) {
    it(`<${tag}>: none on the server, none when it takes over or is created, and a page's own values stay`, async () => {
      const bare = await serverRendered(`<${tag}></${tag}>`);
      const written = await serverRendered(`<${tag} ${set}></${tag}>`);
      expect(attributes(bare), 'the server adds none').to.deep.equal([]);
      const asWritten = attributes(written);
      expect(asWritten, 'the server keeps the page\'s own').to.deep.equal(set.split(' ').map((pair) => pair.replace(/"/g, '')).sort());
      await load();
      await Promise.all([bare, written].map((el: Widget) => el.updateComplete));
      expect(attributes(bare), 'the live element adds none').to.deep.equal([]);
      expect(attributes(written)).to.deep.equal(asWritten);
      const created = document.createElement(tag) as Widget;
      document.body.append(created);
      try {
        await created.updateComplete;
        expect(created.shadowRoot.querySelector('[part="heading"]'), 'rendered').to.not.equal(null);
        expect(attributes(created), 'a new element adds none').to.deep.equal([]);
      } finally {
        created.remove();
      }
    });
  }
});
