import type {ReactiveControllerHost} from 'lit';

/**
 * How near the viewport (above or below) an unrendered widget must come to render: about one
 * screen, so it is drawn before the patient scrolls to it.
 */
export const NEAR_MARGIN = '100% 0px';

/** The longest (ms) an off-screen widget waits for an idle moment before it renders anyway. */
export const IDLE_TIMEOUT = 5000;

/** First renders waiting for their turn, in document order: each runs in a task of its own. */
const queue: Array<{el: Element; job: () => void}> = [];
let draining = false;

/**
 * The next turn: after the next frame (so the page is laid out again, and the previous widget's
 * render has been painted), in a task of its own; a hidden tab has no frames.
 */
const nextTurn = (run: () => void) =>
  document.visibilityState === 'visible' ? requestAnimationFrame(() => setTimeout(run, 0)) : setTimeout(run, 0);

function drain(): void {
  nextTurn(() => {
    queue.shift()?.job();
    if (queue.length) drain();
    else draining = false;
  });
}

/** Runs `job` in a task of its own, in the document order of `el` among the waiting widgets (the top one first). */
function inOwnTask(el: Element, job: () => void): void {
  const after = queue.findIndex((other) => el.compareDocumentPosition(other.el) & Node.DOCUMENT_POSITION_FOLLOWING);
  queue.splice(after < 0 ? queue.length : after, 0, {el, job});
  if (!draining) {
    draining = true;
    drain();
  }
}

/** Whether `el` is shown and within a screen of the viewport now (the widgets above it may have grown since it was seen near). */
function nearNow(el: Element): boolean {
  if (!el.getClientRects().length) return false;
  const rect = el.getBoundingClientRect();
  return rect.bottom >= -innerHeight && rect.top <= 2 * innerHeight;
}

/** Calls `run` once the browser is idle (at most `IDLE_TIMEOUT` ms later); WebKit has no `requestIdleCallback`. */
function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, {timeout: IDLE_TIMEOUT});
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 200);
  return () => clearTimeout(id);
}

let observer: IntersectionObserver | undefined;
const nearCallbacks = new WeakMap<Element, () => void>();

function whenNear(el: Element, run: () => void): () => void {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) nearCallbacks.get(entry.target)?.();
    },
    {rootMargin: NEAR_MARGIN},
  );
  nearCallbacks.set(el, run);
  observer.observe(el);
  return () => {
    observer?.unobserve(el);
    nearCallbacks.delete(el);
  };
}

/** What the element asks of its upgrade scheduler. */
export interface UpgradeScheduler {
  /** Resolves when the first render may run; `undefined` when it may run now. */
  ready(): Promise<void> | undefined;
  /** Lets the first render run now (a script read the element, or focus entered it). */
  now(): void;
  /** Lets the first render run now if the element has been connected: a script changed it (not the parser's attributes). */
  changed(): void;
}

/**
 * Adds to `host` a scheduler for its first render (its upgrade). In a browser, a widget renders
 * first in a task of its own: when it comes within about a screen of the viewport
 * (IntersectionObserver), or when the browser is idle (`requestIdleCallback`, at most
 * `IDLE_TIMEOUT` ms; a short timer where it is missing), whichever comes first. Meanwhile a
 * prerendered widget keeps showing its static copy. It renders at once when `now()` is called (the
 * element calls it when a script reads `updateComplete`, sets a property or calls
 * `requestUpdate`), and when focus enters it (the patient reached it by keyboard). Later renders
 * are not delayed. Without IntersectionObserver (a server render, an old browser) nothing waits.
 */
export function upgradeScheduler(host: ReactiveControllerHost & HTMLElement): UpgradeScheduler {
  let open = typeof IntersectionObserver !== 'function';
  let release: (() => void) | undefined;
  let waiting: Promise<void> | undefined;
  let stop: Array<() => void> = [];
  // The parser's attributes are set before the element is first connected; a script's come after.
  let connected = false;
  host.addController({
    hostConnected() {
      connected = true;
    },
  });

  let queued = false;
  let idle = false;

  const finish = () => {
    open = true;
    stop.forEach((cancel) => cancel());
    stop = [];
    host.removeEventListener('focusin', finish);
    release?.();
  };
  /** Near (IntersectionObserver) or idle: take a turn in the queue, once; near is checked again then. */
  const turn = (near: boolean) => () => {
    idle ||= !near;
    if (queued || open) return;
    queued = true;
    inOwnTask(host, () => {
      queued = false;
      if (!open && (idle || nearNow(host))) finish();
    });
  };

  return {
    ready() {
      if (open) return undefined;
      waiting ??= new Promise<void>((resolve) => {
        release = resolve;
        host.addEventListener('focusin', finish);
        stop = [whenNear(host, turn(true)), whenIdle(turn(false))];
      });
      return waiting;
    },
    now() {
      if (!open) finish();
    },
    changed() {
      if (connected && !open) finish();
    },
  };
}
