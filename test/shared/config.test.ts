import {expect} from '@open-wc/testing';
import {JSON_BLOCK_PATH, mergeOverride, parseConfigBlock} from '../../src/logic/config.js';

const defaults = {
  title: 'Hello',
  count: 2,
  open: false,
  list: ['a', 'b'],
  nested: {label: 'Label', deeper: {text: 'Deep'}},
};

describe('mergeOverride', () => {
  it('returns the defaults untouched when there is no override', () => {
    const {value, errors} = mergeOverride(defaults, undefined, 'content');
    expect(value).to.equal(defaults);
    expect(errors).to.deep.equal([]);
  });

  it('deep-merges known keys and keeps the rest', () => {
    const {value, errors} = mergeOverride(defaults, {nested: {deeper: {text: 'Changed'}}, count: 5}, 'content');
    expect(errors).to.deep.equal([]);
    expect(value.nested.deeper.text).to.equal('Changed');
    expect(value.nested.label).to.equal('Label');
    expect(value.count).to.equal(5);
    expect(value.title).to.equal('Hello');
  });

  it('does not mutate the defaults', () => {
    mergeOverride(defaults, {nested: {label: 'X'}, list: ['z']}, 'content');
    expect(defaults.nested.label).to.equal('Label');
    expect(defaults.list).to.deep.equal(['a', 'b']);
  });

  it('replaces lists whole when every item has the right type', () => {
    const {value, errors} = mergeOverride(defaults, {list: ['x', 'y', 'z']}, 'content');
    expect(errors).to.deep.equal([]);
    expect(value.list).to.deep.equal(['x', 'y', 'z']);
  });

  it('reports unknown keys with their path and ignores them', () => {
    const {value, errors} = mergeOverride(defaults, {nested: {colour: 'red'}, extra: 1}, 'content');
    expect(errors).to.deep.equal([
      {path: 'content.nested.colour', message: 'unknown key'},
      {path: 'content.extra', message: 'unknown key'},
    ]);
    expect(value).to.deep.equal(defaults);
  });

  it('takes the plural categories another language needs, and nothing else, in plural forms', () => {
    const forms = {hours: {one: 'for {n} hour', other: 'for {n} hours'}};
    const {value, errors} = mergeOverride(
      forms,
      {hours: {zero: 'z', two: 't', few: 'f', many: 'm', other: 'o', dozen: 'd', one: 1}},
      'content',
    );
    expect(value.hours).to.deep.equal({one: 'for {n} hour', zero: 'z', two: 't', few: 'f', many: 'm', other: 'o'});
    expect(errors.map((error) => error.path)).to.deep.equal(['content.hours.dozen', 'content.hours.one']);
  });

  it('reports wrong types and keeps the default', () => {
    const {value, errors} = mergeOverride(
      defaults,
      {title: 3, count: '4', open: 'yes', nested: 'flat', list: 'a'},
      'content',
    );
    expect(errors.map((error) => error.path)).to.deep.equal([
      'content.title',
      'content.count',
      'content.open',
      'content.nested',
      'content.list',
    ]);
    expect(errors[0].message).to.equal('expected a string, got a number');
    expect(errors[3].message).to.equal('expected an object, got a string');
    expect(errors[4].message).to.equal('expected a list, got a string');
    expect(value).to.deep.equal(defaults);
  });

  it('refuses null, non-finite numbers and mistyped list items', () => {
    const {errors} = mergeOverride(defaults, {title: null, count: Number.NaN, list: ['ok', 7]}, 'content');
    expect(errors).to.deep.equal([
      {path: 'content.title', message: 'expected a string, got null'},
      {path: 'content.count', message: 'expected a number, got a non-finite number'},
      {path: 'content.list[1]', message: 'expected a string, got a number'},
    ]);
  });

  it('refuses a top level that is not an object', () => {
    const {value, errors} = mergeOverride(defaults, ['not', 'an', 'object'], 'content');
    expect(errors).to.deep.equal([{path: 'content', message: 'expected an object, got a list'}]);
    expect(value).to.equal(defaults);
  });

  it('never lets __proto__ or constructor through', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"x": 1}}');
    const {value, errors} = mergeOverride(defaults, hostile, 'content');
    expect(errors.map((error) => error.path)).to.deep.equal(['content.__proto__', 'content.constructor']);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.getPrototypeOf(value)).to.equal(Object.prototype);
  });
});

describe('mergeOverride: security review 7, lists that are empty by default (extraDonts, hiddenItems)', () => {
  const withEmpty = {extraDonts: [] as string[], hiddenItems: [] as string[]};
  for (const bad of [
    {_$litType$: 1, strings: ['<img src=x onerror=alert(1)>'], values: []},
    {_$litDirective$: 1, values: []},
    {a: 1},
    5,
    null,
    ['nested'],
  ]) {
    it(`take text only, and refuse ${JSON.stringify(bad)} with its path`, () => {
      const {value, errors} = mergeOverride(withEmpty, {extraDonts: ['Fine.', bad]}, 'content');
      expect(value.extraDonts).to.deep.equal([]);
      expect(errors).to.have.length(1);
      expect(errors[0].path).to.equal('content.extraDonts[1]');
      expect(errors[0].message).to.match(/^expected a string, got /);
    });
  }
  it('still take a list of text', () => {
    expect(mergeOverride(withEmpty, {extraDonts: ['No facials for two weeks.']}, 'content')).to.deep.equal({
      value: {extraDonts: ['No facials for two weeks.'], hiddenItems: []},
      errors: [],
    });
  });
});

describe('mergeOverride: text the widget shows is never blanked (found by the configuration property test)', () => {
  it('refuses an empty or blank string where the default has text; an empty default (a review date) may stay empty', () => {
    for (const blank of ['', '   ', '\n']) {
      const {value, errors} = mergeOverride(defaults, {title: blank}, 'content');
      expect(value.title).to.equal('Hello');
      expect(errors).to.deep.equal([{path: 'content.title', message: 'expected text, got ""'}]);
    }
    expect(mergeOverride({date: ''}, {date: ''}, 'content.reviewed')).to.deep.equal({value: {date: ''}, errors: []});
  });
});

describe('parseConfigBlock: an empty key is named', () => {
  it('reports {"": 1} at the path "" (quoted), not an empty path', () => {
    expect(parseConfigBlock('{"": 1}', ['content']).errors).to.deep.equal([{path: '""', message: 'unknown key (known: content)'}]);
  });
});

describe('parseConfigBlock', () => {
  it('returns the known keys', () => {
    const {values, errors} = parseConfigBlock('{"content": {"heading": "Hi"}}', ['content']);
    expect(errors).to.deep.equal([]);
    expect(values).to.deep.equal({content: {heading: 'Hi'}});
  });

  it('treats an empty block as no configuration', () => {
    expect(parseConfigBlock('  \n ', ['content'])).to.deep.equal({values: {}, errors: []});
  });

  it('reports invalid JSON', () => {
    const {values, errors} = parseConfigBlock('{"content": ', ['content']);
    expect(values).to.deep.equal({});
    expect(errors).to.have.length(1);
    expect(errors[0].path).to.equal(JSON_BLOCK_PATH);
    expect(errors[0].message).to.match(/^invalid JSON/);
  });

  it('reports a top level that is not an object', () => {
    const {errors} = parseConfigBlock('[1, 2]', ['content']);
    expect(errors).to.deep.equal([{path: JSON_BLOCK_PATH, message: 'expected an object, got a list'}]);
  });

  it('reports unknown top-level keys and keeps the known ones', () => {
    const {values, errors} = parseConfigBlock('{"content": {}, "colour": "red"}', ['content', 'rules']);
    expect(values).to.deep.equal({content: {}});
    expect(errors).to.deep.equal([{path: 'colour', message: 'unknown key (known: content, rules)'}]);
  });
});
