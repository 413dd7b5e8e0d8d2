// Every story of every element renders, reaches its state through its play function, and is
// accessible: a broken or inaccessible story fails `npm test`.
import {expect, fixture, html} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import {expectAccessible} from './a11y.js';
import * as aftercare from '../stories/aftercare.stories.js';
import * as configurator from '../stories/configurator.stories.js';
import * as eligibility from '../stories/eligibility.stories.js';
import * as theming from '../stories/theming.stories.js';
import * as vsFiller from '../stories/vs-filler.stories.js';

type Args = Record<string, unknown>;
type Render = (args: Args, context: unknown) => TemplateResult;
type Decorator = (story: () => TemplateResult, context: unknown) => TemplateResult;
interface StoryLike {
  args?: Args;
  render?: Render;
  decorators?: Decorator[];
  play?: (context: {canvasElement: HTMLElement; args: Args}) => Promise<void>;
}
interface MetaLike {
  title: string;
  args?: Args;
  render?: Render;
}

const modules = [eligibility, aftercare, vsFiller, theming, configurator] as unknown as Record<string, MetaLike | StoryLike>[];

for (const module of modules) {
  const meta = module.default as MetaLike;
  describe(`stories: ${meta.title}`, () => {
    const stories = Object.entries(module).filter(([name]) => name !== 'default') as [string, StoryLike][];

    it('has stories', () => {
      expect(stories.length).to.be.greaterThan(meta.title.startsWith('Guides/') ? 0 : 2);
    });

    for (const [name, story] of stories) {
      it(`${name} renders, plays and is accessible`, async () => {
        const args = {...meta.args, ...story.args};
        const render = story.render ?? meta.render!;
        const context = {args, globals: {}};
        const template = (story.decorators ?? []).reduce<() => TemplateResult>(
          (inner, decorator) => () => decorator(inner, context),
          () => render(args, context),
        );
        const canvas = await fixture<HTMLElement>(html`<div>${template()}</div>`);
        const widgets = [...canvas.querySelectorAll<HTMLElement & {updateComplete: Promise<unknown>}>('*')].filter(
          (el) => el.localName.startsWith('meso-'),
        );
        expect(widgets.length, 'widgets in the story').to.be.greaterThan(0);
        await Promise.all(widgets.map((el) => el.updateComplete));
        await story.play?.({canvasElement: canvas, args});
        await expectAccessible(canvas);
      });
    }
  });
}
