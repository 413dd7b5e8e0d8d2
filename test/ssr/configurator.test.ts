// The Storybook embed configurator offers a static-first snippet beside the script-rendered one.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../stories/configurator.js';
import {textOf} from '../helpers.js';

describe('embed configurator: static-first snippet', () => {
  it('gives the widget as declarative shadow DOM with the loader, and it shows once when pasted', async () => {
    const configurator = (await fixture(html`<meso-embed-configurator></meso-embed-configurator>`)) as HTMLElement & {updateComplete: Promise<boolean>};
    const root = configurator.shadowRoot!;
    const textarea = root.querySelector('textarea')!;
    expect(textarea.value).to.contain('dist/meso-widgets.js');
    expect(textarea.value).not.to.contain('<template');
    root.querySelector<HTMLInputElement>('input[value="static"]')!.click();
    await waitUntil(() => textarea.value.includes('shadowrootmode'), 'no static snippet', {timeout: 3000});
    expect(textarea.value).to.contain('dist/meso-loader.js');
    expect(textOf(root.querySelector('.hint'))).to.contain('npx meso-widgets prerender page.html');

    const markup = textarea.value.replace(/<script[^>]*><\/script>/, '');
    const container = document.createElement('div');
    (container as HTMLElement & {setHTMLUnsafe(html: string): void}).setHTMLUnsafe(markup);
    // Parsed before it joins the document: the declarative root is there with the content.
    const pasted = container.querySelector('meso-eligibility') as HTMLElement & {updateComplete: Promise<boolean>};
    expect(textOf(pasted.shadowRoot!.querySelector('h2'))).to.equal('Is mesotherapy right for me?');
    document.body.append(container);
    await pasted.updateComplete;
    expect(pasted.shadowRoot!.querySelectorAll('h2').length, 'taken over, not doubled').to.equal(1);
    expect(pasted.getAttribute('clinic-name')).to.equal('Your Clinic');
    container.remove();
  });
});
