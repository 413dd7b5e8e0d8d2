// The browser bundles as a page loads them (built files, Lit inlined): what they register and export.
import {expect} from '@open-wc/testing';

const CLASSES = ['LocaleTable', 'MesoAftercare', 'MesoElement', 'MesoEligibility', 'MesoVsFiller', 'PACK_LOCALES', 'VERSION', 'defineElement', 'registerLocalePack'];

describe('dist/meso-widgets.js and the one-element bundles', () => {
  it('the one-file bundle registers the three tags and exports what meso-widgets/classes exports, not the logic', async () => {
    const bundle = (await import(/* @vite-ignore */ '/dist/meso-widgets.js' as string)) as Record<string, unknown>;
    expect(Object.keys(bundle).sort()).to.deep.equal(CLASSES);
    for (const tag of ['meso-eligibility', 'meso-aftercare', 'meso-vs-filler']) expect(customElements.get(tag), tag).to.not.equal(undefined);
    expect(customElements.get('meso-vs-filler')).to.equal(bundle.MesoVsFiller);
  });

  it('a one-element bundle exports its class and the define guard', async () => {
    const bundle = (await import(/* @vite-ignore */ '/dist/meso-eligibility.js' as string)) as Record<string, unknown>;
    expect(Object.keys(bundle).sort()).to.deep.equal(['MesoEligibility', 'defineElement']);
    // The one-file bundle above defined the tag first; the define guard kept that definition.
    expect(customElements.get('meso-eligibility')).to.not.equal(undefined);
  });
});
