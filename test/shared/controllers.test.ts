// The shared controllers on a bare Lit element of their own (the elements' tests cover them in use).
import {expect, fixture, html as fixtureHtml} from '@open-wc/testing';
import {html, LitElement} from 'lit';
import {configBlockController} from '../../src/shared/controllers/config-block-controller.js';
import {resolveContent} from '../../src/shared/controllers/content-resolution.js';
import {focusController} from '../../src/shared/controllers/focus-controller.js';
import {staticCopyController} from '../../src/shared/controllers/static-copy-controller.js';
import {commonEn} from '../../src/content/en/common.js';
import type {CommonContent, ConfigErrorDetail} from '../../src/types/common.js';

/** A host with one of each controller, recording what they hand back. */
class ControllerHost extends LitElement {
  static configKeys = ['content', 'extra'];
  blocks: Record<string, unknown>[] = [];
  reports: ConfigErrorDetail[] = [];
  keepStaticCopy = false;
  readonly focusLater = focusController(this);
  readonly takeOver = staticCopyController(this, () => this.keepStaticCopy);

  constructor() {
    super();
    configBlockController(
      this,
      (values) => this.blocks.push(values),
      (detail) => this.reports.push(detail),
    );
  }

  protected override createRenderRoot() {
    return this.takeOver(super.createRenderRoot());
  }

  override render() {
    return html`<button id="one">One</button><button id="two">Two</button>`;
  }
}
customElements.define('controller-host', ControllerHost);

describe('shared controllers', () => {
  describe('focusController', () => {
    it('focuses the element matching the selector once the next update has rendered, and asks for that update', async () => {
      const el = await fixture<ControllerHost>(fixtureHtml`<controller-host></controller-host>`);
      el.focusLater('#two');
      expect(el.isUpdatePending).to.equal(true);
      expect(el.shadowRoot!.activeElement).to.equal(null);
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.id).to.equal('two');
    });

    it('takes the last target asked for before the update, and forgets it after', async () => {
      const el = await fixture<ControllerHost>(fixtureHtml`<controller-host></controller-host>`);
      el.focusLater('#two');
      el.focusLater('#one');
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.id).to.equal('one');
      (el.shadowRoot!.querySelector('#two') as HTMLElement).focus();
      el.requestUpdate();
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.id).to.equal('two');
    });
  });

  describe('configBlockController', () => {
    it('reads the JSON block when connected, with the keys its class allows, and reports problems after the update', async () => {
      const el = document.createElement('controller-host') as ControllerHost;
      el.innerHTML = '<script type="application/json">{"extra": 1, "nope": 2}</script>';
      document.body.append(el);
      try {
        expect(el.blocks).to.deep.equal([{extra: 1}]);
        expect(el.reports).to.deep.equal([]);
        await el.updateComplete;
        expect(el.reports).to.have.length(1);
        expect(el.reports[0].path).to.equal('nope');
        // Reported once: later updates say nothing more.
        el.requestUpdate();
        await el.updateComplete;
        expect(el.reports).to.have.length(1);
      } finally {
        el.remove();
      }
    });

    it('reads the block again when its text changes, not when nothing did, and stops when disconnected', async () => {
      const el = await fixture<ControllerHost>(fixtureHtml`<controller-host><script type="application/json">{"extra": 1}</script></controller-host>`);
      const script = el.querySelector('script')!;
      script.textContent = '{"extra": 2}';
      await new Promise((resolve) => setTimeout(resolve));
      el.append(document.createElement('span'));
      await new Promise((resolve) => setTimeout(resolve));
      expect(el.blocks).to.deep.equal([{extra: 1}, {extra: 2}]);
      el.remove();
      script.textContent = '{"extra": 3}';
      await new Promise((resolve) => setTimeout(resolve));
      expect(el.blocks).to.have.length(2);
    });
  });

  describe('staticCopyController', () => {
    it('keeps the static copy while asked to, hides its controls, then removes it before the first update that does not keep it', async () => {
      // A declarative shadow root, as prerender writes it; the element upgrades when it connects.
      const holder = document.createElement('div') as HTMLDivElement & {setHTMLUnsafe(html: string): void};
      holder.setHTMLUnsafe(
        '<controller-host><template shadowrootmode="open"><p class="static">Static</p><div class="script-part">Controls</div><p class="script-note">Needs JavaScript</p></template></controller-host>',
      );
      const el = holder.firstElementChild as ControllerHost;
      document.body.append(holder);
      el.keepStaticCopy = true;
      try {
        await el.updateComplete;
        const root = el.shadowRoot!;
        expect(root.querySelector('.static')).to.not.equal(null);
        expect(root.querySelector<HTMLElement>('.script-part')!.style.visibility).to.equal('hidden');
        expect(root.querySelector<HTMLElement>('.script-note')!.style.visibility).to.equal('visible');
        el.keepStaticCopy = false;
        el.requestUpdate();
        await el.updateComplete;
        expect(root.querySelector('.static')).to.equal(null);
        expect([...root.querySelectorAll('button')].map((button) => button.id)).to.deep.equal(['one', 'two']);
      } finally {
        holder.remove();
      }
    });
  });

  describe('resolveContent', () => {
    it('merges the JSON block over the locale and the property over both', () => {
      const reports: ConfigErrorDetail[] = [];
      const [content, provenance] = resolveContent<CommonContent>(
        commonEn,
        {disclaimer: 'From the block.', phoneLabel: 'Block phone:'},
        {phoneLabel: 'Property phone:'},
        true,
        true,
        (detail) => reports.push(detail),
      );
      expect(content.disclaimer).to.equal('From the block.');
      expect(content.phoneLabel).to.equal('Property phone:');
      expect(content.bookingLabel).to.equal(commonEn.bookingLabel);
      expect(provenance).to.deep.equal({kind: 'updated', date: commonEn.updated});
      expect(reports).to.deep.equal([]);
    });

    it('reports only what changed inputs got wrong: the block, the property, then the provenance', () => {
      const block = {nope: 1, reviewed: {date: 'soon', by: 'Dr A'}};
      const property = {alsoNope: 2};
      const run = (blockChanged: boolean, propertyChanged: boolean) => {
        const reports: ConfigErrorDetail[] = [];
        resolveContent<CommonContent>(commonEn, block, property as never, blockChanged, propertyChanged, (detail) => reports.push(detail));
        return reports.map((report) => report.path);
      };
      expect(run(false, false)).to.deep.equal([]);
      expect(run(true, false)).to.deep.equal(['content.nope', 'content.reviewed.date']);
      expect(run(false, true)).to.deep.equal(['content.alsoNope', 'content.reviewed.date']);
      expect(run(true, true)).to.deep.equal(['content.nope', 'content.alsoNope', 'content.reviewed.date']);
    });
  });
});
