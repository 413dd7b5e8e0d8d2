import {sendKeys} from '@web/test-runner-commands';

/** The element focused inside `el`'s shadow root. */
export const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

/** Presses Tab until the focused element inside `el` matches `selector`. */
export async function tabTo(el: Element, selector: string, limit = 40): Promise<HTMLElement> {
  for (let i = 0; i < limit; i++) {
    await sendKeys({press: 'Tab'});
    const active = focused(el);
    if (active?.matches(selector)) return active;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Presses a key; `Space` is sent as ' ' because Firefox's WebDriver BiDi has no "Space" key. */
export const press = (key: string) => sendKeys({press: key === 'Space' ? ' ' : key});
