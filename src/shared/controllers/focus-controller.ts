import type {ReactiveControllerHost} from 'lit';

/** The element a focus controller serves: a Lit element, whose shadow root is its `renderRoot`. */
export type FocusHost = ReactiveControllerHost & {readonly renderRoot: ParentNode};

/**
 * Adds to `host` a controller that moves focus inside it once an update has rendered: to a new
 * step's heading, a result, an error summary. Asking again before that update replaces the target.
 * @returns `focusAfterUpdate(selector)`: focuses the element matching `selector` in the render root
 * once the next update has rendered (and asks for that update).
 */
export function focusController(host: FocusHost): (selector: string) => void {
  let pending = '';
  host.addController({
    hostUpdated() {
      const selector = pending;
      if (selector) {
        pending = '';
        host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
      }
    },
  });
  return (selector) => {
    pending = selector;
    host.requestUpdate();
  };
}
