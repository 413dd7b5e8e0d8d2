// Every story of every element renders, reaches its state through its play function, and is
// accessible: a broken or inaccessible story fails `npm test`.
import {expect, fixture, html} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import * as aftercare from '../stories/aftercare.stories.js';
import * as eligibility from '../stories/eligibility.stories.js';
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

const modules = [eligibility, aftercare, vsFiller] as unknown as Record<string, MetaLike | StoryLike>[];

for (const module of modules) {
  const meta = module.default as MetaLike;
  describe(`stories: ${meta.title}`, () => {
    const stories = Object.entries(module).filter(([name]) => name !== 'default') as [string, StoryLike][];

    it('has stories', () => {
      expect(stories.length).to.be.greaterThan(2);
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
        const widget = canvas.querySelector<HTMLElement & {updateComplete: Promise<unknown>}>('meso-eligibility, meso-aftercare, meso-vs-filler')!;
        await widget.updateComplete;
        await story.play?.({canvasElement: canvas, args});
        await expect(canvas).to.be.accessible();
      });
    }
  });
}
