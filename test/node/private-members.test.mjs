// Which member names the browser bundles may shorten (scripts/private-members.mjs): each rule on a
// small source tree of its own, then the real src/.
import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {privateMembers} from '../../scripts/private-members.mjs';

/** The names privateMembers finds in a source tree made of `files` (path → TypeScript), with `lit` as Lit's code. */
function membersOf(files, lit = '') {
  const dir = mkdtempSync(join(tmpdir(), 'private-members-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), {recursive: true});
    writeFileSync(join(dir, path), text);
  }
  return privateMembers(dir, {lit});
}

/** A class with one private member `name`, used once through `this.`, plus `extra` lines in the class body. */
const withMember = (name, extra = '', outside = '') => ({
  'a.ts': `export class A {\n  private ${name} = 1;\n  run() {\n    return this.${name};\n  }\n${extra}\n}\n${outside}\n`,
});

describe('privateMembers', () => {
  it('takes a private or protected member that is only reached through this.', () => {
    assert.deepEqual(membersOf(withMember('count')), ['count']);
    const files = {'a.ts': 'export abstract class A {\n  protected abstract get size(): number;\n  protected grow(): number {\n    return this.size + 1;\n  }\n}\n'};
    assert.deepEqual(membersOf(files), ['grow', 'size']);
  });

  it('leaves a public member of an ordinary class alone, even when only this. reaches it', () => {
    assert.deepEqual(membersOf({'a.ts': 'export class A {\n  count = 1;\n  run() {\n    return this.count;\n  }\n}\n'}), []);
  });

  it('ignores comments and plain variables, functions, parameters and imports of the same name', () => {
    const files = {
      'a.ts': [
        "import {count} from './b.js';",
        'export class A {',
        '  /** Mentions `count` and "count" in a comment. */',
        '  private count = count(2);',
        '  run(count: number) {',
        '    const total = count + this.count;',
        '    return total;',
        '  }',
        '}',
      ].join('\n'),
      'b.ts': 'export function count(n: number) {\n  return n;\n}\n',
    };
    assert.deepEqual(membersOf(files), ['count']);
  });

  for (const [what, outside] of [
    ['quoted', "export const key = 'count';"],
    ['in a template literal', 'export const key = `count`;'],
    ['a key of an object literal', 'export const data = {count: 2};'],
    ['a shorthand property', 'const count = 2;\nexport const data = {count};'],
    ['a method of an object literal', 'export const data = {count() {\n  return 1;\n}};'],
    ['read by destructuring', 'export const {count} = {count: 1};'],
    ['renamed by destructuring', 'export const {count: n} = JSON.parse("{}");'],
    ['a property of an interface', 'export interface Data {\n  count: number;\n}'],
    ['a property of a type literal', 'export type Data = {count: number};'],
    ['read off another object', 'export const read = (data: {[k: string]: number}) => data.count;'],
    ['read with optional chaining off another object', 'export const read = (data?: {[k: string]: number}) => data?.count;'],
    ['set as a Lit property binding', 'export const view = (html: any) => html`<input .count=${1} />`;'],
  ]) {
    it(`refuses a name that is also ${what}`, () => {
      assert.deepEqual(membersOf(withMember('count', '', outside)), []);
    });
  }

  it('refuses a name read off super', () => {
    const files = {'a.ts': 'class B {\n  protected count = 1;\n}\nexport class A extends B {\n  run() {\n    return super.count;\n  }\n}\n'};
    assert.deepEqual(membersOf(files), []);
  });

  it('refuses override, decorated and hook members', () => {
    assert.deepEqual(membersOf(withMember('count', '  protected override update() {\n    return this.count;\n  }')), ['count']);
    assert.deepEqual(membersOf({'a.ts': 'export class A {\n  @state() private busy = false;\n  run() {\n    return this.busy;\n  }\n}\n'}), []);
    assert.deepEqual(membersOf({'a.ts': 'export class A {\n  private handleEvent() {}\n  run() {\n    this.handleEvent();\n  }\n}\n'}), []);
  });

  it('refuses a name Lit uses as a property', () => {
    assert.deepEqual(membersOf(withMember('count'), 'const t=e=>e.count;'), []);
    assert.deepEqual(membersOf(withMember('count'), 'export{a as b};const t={count:1};'), []);
    assert.deepEqual(membersOf(withMember('count'), 'const t=e=>e.counter;'), ['count']);
  });

  describe('controllers', () => {
    const controller = [
      "import type {ReactiveController, ReactiveControllerHost} from 'lit';",
      'export class StepController implements ReactiveController {',
      '  private index = 0;',
      '  constructor(private readonly host: ReactiveControllerHost) {',
      '    host.addController(this);',
      '  }',
      '  hostConnected() {',
      '    this.index = 0;',
      '  }',
      '  hostUpdated() {}',
      '  advance() {',
      '    this.index++;',
      '    this.host.requestUpdate();',
      '  }',
      '  get current() {',
      '    return this.index;',
      '  }',
      '}',
    ].join('\n');

    it('takes a public member of a ReactiveController that its host reaches through the field holding it', () => {
      const element = [
        "import {StepController} from './step-controller.js';",
        'export class El {',
        '  private readonly steps = new StepController(this as never);',
        '  private later!: StepController;',
        '  next() {',
        '    this.steps.advance();',
        '    this.later.advance();',
        '    return this.steps.current;',
        '  }',
        '}',
      ].join('\n');
      const found = membersOf({'step-controller.ts': controller, 'el.ts': element});
      // `host` too: here nothing else reads a `host` property (in src/, ShadowRoot.host does). The
      // hooks keep their names: Lit calls them.
      assert.deepEqual(found, ['advance', 'current', 'host', 'index', 'later', 'steps']);
    });

    it('refuses it when a field of that name may hold something else (in any class), or the name is read elsewhere', () => {
      const other = [
        "import {StepController} from './step-controller.js';",
        'export class El {',
        '  private readonly steps = new StepController(this as never);',
        '  next() {',
        '    this.steps.advance();',
        '  }',
        '}',
        'export class Other {',
        '  private steps = makeSteps();',
        '  next() {',
        '    return this.steps.current;',
        '  }',
        '}',
        'declare function makeSteps(): {current: number};',
      ].join('\n');
      const found = membersOf({'step-controller.ts': controller, 'el.ts': other});
      assert.ok(!found.includes('current') && !found.includes('advance'));
      assert.ok(found.includes('index'));
      const read = "import {StepController} from './step-controller.js';\nexport const peek = (c: StepController) => c.advance();\n";
      assert.ok(!membersOf({'step-controller.ts': controller, 'el.ts': read}).includes('advance'));
    });

    it('refuses a public member of a class that is not a ReactiveController', () => {
      const plain = controller.replace(' implements ReactiveController', '');
      const element = "import {StepController} from './step-controller.js';\nexport class El {\n  private readonly steps = new StepController(this as never);\n  next() {\n    this.steps.advance();\n  }\n}\n";
      assert.ok(!membersOf({'step-controller.ts': plain, 'el.ts': element}).includes('advance'));
    });
  });

  describe('Lit reactive state', () => {
    const element = (extra = '') =>
      [
        'export class El {',
        '  static override properties = {',
        "    open: {attribute: 'open'},",
        '    busy: {state: true},',
        '  };',
        '  open = false;',
        '  private busy = false;',
        '  run(changed: Map<string, unknown>) {',
        '    this.busy = this.open;',
        extra,
        '  }',
        '}',
      ].join('\n');

    it('takes internal state ({state: true}), whose key Lit reads from the renamed table', () => {
      assert.deepEqual(membersOf({'el.ts': element()}), ['busy']);
    });

    it('refuses state that is named in a string, such as changed.has(…)', () => {
      assert.deepEqual(membersOf({'el.ts': element("    if (changed.has('busy')) return;")}), []);
    });

    it('refuses a property with an attribute, even when private', () => {
      const files = {'el.ts': element().replace('  open = false;', '  private open = false;')};
      assert.deepEqual(membersOf(files), ['busy']);
    });
  });

  it('on src/: shortens the shared base’s internals, never public API, content keys or Lit hooks', () => {
    const found = privateMembers('src');
    for (const name of ['bookingHref', 'focusAfterUpdate', 'renderBooking', 'renderDisclaimer', 'renderFooter', 'reportError', 'provenance'])
      assert.ok(found.includes(name), `${name} is shortened`);
    for (const name of ['strings', 'locale', 'source', 'locales', 'level', 'block', 'blockRevision', 'lang', 'theme', 'content', 'host', 'hostConnected', 'hostUpdated', 'packTimeout', 'configKeys', 'add', 'get', 'match'])
      assert.ok(!found.includes(name), `${name} keeps its name`);
  });
});
