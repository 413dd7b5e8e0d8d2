// custom-elements.json is what editors, Storybook and the generated framework types read: it must
// describe the package as shipped. Runs after `npm run build` (npm test builds first).
import {expect} from '@open-wc/testing';

interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  description?: string;
  members?: {name: string; static?: boolean; privacy?: string; inheritedFrom?: unknown}[];
  attributes?: {name: string; type?: {text: string}}[];
}
interface Manifest {
  modules: {path: string; declarations?: Declaration[]}[];
}

const TAGS = ['meso-aftercare', 'meso-eligibility', 'meso-vs-filler'];

describe('custom-elements.json', () => {
  let manifest: Manifest;
  let elements: Declaration[];
  before(async () => {
    manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
    elements = manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName);
  });

  it('describes the three elements, with paths to files that ship, in a stable order', async () => {
    expect(elements.map((element) => element.tagName).sort()).to.deep.equal(TAGS);
    const paths = manifest.modules.map((mod) => mod.path);
    expect(paths).to.deep.equal([...paths].sort());
    for (const path of paths) {
      expect(path, path).to.match(/^dist\/.*\.js$/);
      expect((await fetch(`/${path}`, {method: 'HEAD'})).ok, path).to.equal(true);
    }
  });

  it('lists the public static locales once per element', () => {
    for (const element of elements) {
      const locales = (element.members ?? []).filter((member) => member.name === 'locales');
      expect(locales, element.tagName).to.have.length(1);
      expect(locales[0]).to.include({static: true, privacy: 'public'});
      expect(locales[0].inheritedFrom).to.equal(undefined);
    }
  });

  it('gives attribute types as the allowed values, not type alias names', () => {
    const type = (tag: string, attribute: string) =>
      elements.find((element) => element.tagName === tag)?.attributes?.find((item) => item.name === attribute)?.type?.text;
    expect(type('meso-vs-filler', 'theme')).to.equal("'light' | 'dark' | 'auto'");
    expect(type('meso-eligibility', 'layout')).to.equal("'steps' | 'list'");
    expect(type('meso-vs-filler', 'view')).to.equal("'compare' | 'helper' | 'both'");
  });

  it('explains the child JSON configuration block in each element description', () => {
    for (const element of elements) expect(element.description, element.tagName).to.contain('<script type="application/json">');
  });
});
