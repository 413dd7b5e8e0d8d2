// Shared by test/locales/stories-<locale>.test.ts (one file per locale, so each stays within the
// runner's time limit). Every story of every element, in a translated locale, set on an ancestor as Storybook's
// locale toolbar does (with dir="rtl" for Arabic): it renders, its play function reaches its
// state, it is accessible, and no English sentence of the widget's content is left on screen.
import {expect, fixture, html} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import * as aftercare from '../../stories/aftercare.stories.js';
import * as eligibility from '../../stories/eligibility.stories.js';
import * as vsFiller from '../../stories/vs-filler.stories.js';
import {aftercareEn} from '../../src/content/en/aftercare.js';
import {eligibilityEn} from '../../src/content/en/eligibility.js';
import {vsFillerEn} from '../../src/content/en/vs-filler.js';
import {localePack} from '../../src/shared/locale-packs.js';
import {textOf} from '../helpers.js';

const RTL = new Set(['ar', 'fa']);

type Args = Record<string, unknown>;
type Render = (args: Args, context: unknown) => TemplateResult;
interface StoryLike {
  args?: Args;
  render?: Render;
  play?: (context: {canvasElement: HTMLElement; args: Args}) => Promise<void>;
}
interface MetaLike {
  title: string;
  args?: Args;
  render?: Render;
}

const ELEMENTS = [
  {module: eligibility, tag: 'meso-eligibility', key: 'eligibility', english: eligibilityEn},
  {module: aftercare, tag: 'meso-aftercare', key: 'aftercare', english: aftercareEn},
  {module: vsFiller, tag: 'meso-vs-filler', key: 'vs-filler', english: vsFillerEn},
] as const;

/** Every string of a content object with its path. */
function strings(content: unknown, path = ''): [string, string][] {
  if (typeof content === 'string') return [[path, content]];
  if (content && typeof content === 'object')
    return Object.entries(content).flatMap(([key, value]) => strings(value, path ? `${path}.${key}` : key));
  return [];
}

/** The English sentences the translation changed: none of them may show in that locale. */
function englishOnly(english: object, translated: object): string[] {
  const other = new Map(strings(translated));
  return strings(english)
    .map(([path, text]) => [path, text.replace(/\{\w+\}/g, '').split(/(?<=[.!?:])\s+/)[0].trim()] as const)
    .filter(([path, text]) => text.length >= 12 && other.get(path) !== undefined && !other.get(path)!.includes(text))
    .map(([, text]) => text);
}

/** Text of the widget's shadow root and of every widget nested in it. */
const shownText = (el: Element) => textOf(el.shadowRoot as unknown as Element);

/** Registers the story checks for `locale`, whose pack the calling test file has imported. */
export function checkStoriesIn(locale: string): void {
  for (const {module, tag, key, english} of ELEMENTS) {
    const meta = (module as unknown as {default: MetaLike}).default;
    describe(`stories in ${locale}: ${meta.title}`, () => {
      const stories = Object.entries(module).filter(([name]) => name !== 'default') as [string, StoryLike][];
      const forbidden = englishOnly(english, localePack(locale)![key]!);

      it('checks a real list of English sentences', () => {
        expect(forbidden.length).to.be.greaterThan(10);
      });

      for (const [name, story] of stories) {
        it(`${name} shows ${locale} only, plays and is accessible`, async () => {
          const args = {...meta.args, ...story.args};
          const render = story.render ?? meta.render!;
          const canvas = await fixture<HTMLElement>(
            html`<div lang=${locale} dir=${RTL.has(locale) ? 'rtl' : 'ltr'}>${render(args, {args, globals: {}})}</div>`,
          );
          const widgets = [...canvas.querySelectorAll<HTMLElement & {updateComplete: Promise<unknown>}>(tag)];
          expect(widgets.length, 'widgets in the story').to.be.greaterThan(0);
          await Promise.all(widgets.map((el) => el.updateComplete));
          await story.play?.({canvasElement: canvas, args});
          await Promise.all(widgets.map((el) => el.updateComplete));
          for (const el of widgets) {
            const text = shownText(el);
            expect(text, 'the widget shows text').not.to.equal('');
            expect(forbidden.filter((sentence) => text.includes(sentence)), `English left in ${name}`).to.deep.equal([]);
          }
          await expect(canvas).to.be.accessible();
        });
      }
    });
  }
}
