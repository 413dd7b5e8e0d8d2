import type {ReactiveControllerHost} from 'lit';
import {afterPaint} from '../after-paint.js';

/**
 * How near the viewport (above or below) an unrendered widget must come to render: about one
 * screen, so it is drawn before the patient scrolls to it.
 */
export const NEAR_MARGIN = '100% 0px';

/** The longest (ms) an off-screen widget waits for an idle moment before it renders anyway. */
export const IDLE_TIMEOUT = 5000;

/** First renders waiting for their turn, in document order (the top one first): each runs in a task of its own. */
const queue: Array<[Element, () => void]> = [];
let draining = false;

/**
 * Runs the next waiting render after the next frame (so the page is laid out again and the
 * previous widget's render has been painted), in a task of its own; a hidden tab has no frames.
 */
function drain(): void {
  const run = () => {
    queue.shift()?.[1]();
    if ((draining = queue.length > 0)) drain();
  };
  afterPaint(run);
}

/** What the element asks of its upgrade scheduler. */
export interface UpgradeScheduler {
  /** Resolves when the first render may run; `undefined` when it may run now. */
  ready(): Promise<void> | undefined;
  /** Lets the first render run now (a script read the element, or focus entered it). */
  now(): void;
}

/**
 * Adds to `host` a scheduler for its first render (its upgrade). In a browser, a widget renders
 * first in a task of its own, after a frame, the top one first: when it comes within about a
 * screen of the viewport (IntersectionObserver; checked again at its turn, as the widgets above
 * may have grown meanwhile), or when the browser is idle (`requestIdleCallback`, at most
 * `IDLE_TIMEOUT` ms; a short timer where it is missing, as in WebKit), whichever comes first.
 * Meanwhile a prerendered widget keeps showing its static copy. It renders at once when `now()` is
 * called (the element calls it when a script reads `updateComplete`, sets a property or calls
 * `requestUpdate`), and when focus enters it (the patient reached it by keyboard). Later renders
 * are not delayed. Without IntersectionObserver (a server render, an old browser) nothing waits.
 */
export function upgradeScheduler(host: ReactiveControllerHost & HTMLElement): UpgradeScheduler {
  let open = typeof IntersectionObserver != 'function';
  let release: (() => void) | undefined;
  let waiting: Promise<void> | undefined;
  let observer: IntersectionObserver | undefined;
  let idleId: number | undefined;
  let queued = false;
  let idle = false;

  const finish = () => {
    open = true;
    observer?.disconnect();
    if ('cancelIdleCallback' in self) cancelIdleCallback(idleId!);
    else clearTimeout(idleId);
    host.removeEventListener('focusin', finish);
    release?.();
  };
  /** Near or idle: take one turn in the queue; near is checked again then. */
  const turn = (near: boolean) => {
    idle ||= !near;
    if (queued || open) return;
    queued = true;
    const at = queue.findIndex(([other]) => host.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_FOLLOWING);
    queue.splice(at < 0 ? queue.length : at, 0, [
      host,
      () => {
        queued = false;
        const rect = host.getBoundingClientRect();
        if (!open && (idle || (host.getClientRects().length && rect.bottom >= -innerHeight && rect.top <= 2 * innerHeight))) finish();
      },
    ]);
    if (!draining) {
      draining = true;
      drain();
    }
  };

  return {
    ready() {
      if (open) return undefined;
      return (waiting ??= new Promise<void>((resolve) => {
        release = resolve;
        host.addEventListener('focusin', finish);
        observer = new IntersectionObserver(([entry]) => entry.isIntersecting && turn(true), {rootMargin: NEAR_MARGIN});
        observer.observe(host);
        idleId =
          'requestIdleCallback' in self
            ? requestIdleCallback(() => turn(false), {timeout: IDLE_TIMEOUT})
            : (setTimeout(() => turn(false), 200) as unknown as number);
      }));
    },
    now: () => void (open || finish()),
  };
}
