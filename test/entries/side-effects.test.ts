import {expect} from '@open-wc/testing';

interface PackageJson {
  exports: Record<string, string | {types: string; default?: string}>;
  sideEffects: string[];
}

/** The shipped files that register tags: the four registering entries and the one-file bundles. */
const REGISTERING = ['./dist/index.js', './dist/eligibility.js', './dist/aftercare.js', './dist/vs-filler.js'];
const BUNDLES = ['./dist/meso-widgets.js', './dist/meso-eligibility.js', './dist/meso-aftercare.js', './dist/meso-vs-filler.js'];
/** The loader (defines tags as they appear), the server renderer (defines them for @lit-labs/ssr) and the translation packs (register a language). */
const OTHER_REGISTERING = ['./dist/meso-loader.js', './dist/ssr.js', './dist/locales/*.js'];

describe('package.json sideEffects', () => {
  it('lists exactly the shipped files that register tags, so bundlers may drop every other module', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as PackageJson;
    const shipped = pkg.sideEffects.filter((path) => path.startsWith('./dist/'));
    expect([...shipped].sort()).to.deep.equal([...REGISTERING, ...BUNDLES, ...OTHER_REGISTERING].sort());
    const exported = Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [] : target.default ? [target.default] : []));
    for (const file of ['./dist/logic.js', './dist/classes/index.js', './dist/classes/eligibility.js', './dist/react.js']) {
      expect(exported, file).to.include(file);
      expect(pkg.sideEffects, file).not.to.include(file);
    }
  });

  it('lists, from the source tree, the same registering entries (Storybook and Vite read them)', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as PackageJson;
    const source = REGISTERING.map((path) => path.replace('./dist/', './src/').replace(/\.js$/, '.ts'));
    for (const path of source) expect(pkg.sideEffects).to.include(path);
    expect(pkg.sideEffects).not.to.include('./src/logic.ts');
    expect(pkg.sideEffects).not.to.include('./src/classes/index.ts');
  });
});
