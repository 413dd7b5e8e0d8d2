import type {ConfigErrorDetail} from './config-error.js';

export type {ConfigErrorDetail};

/** Detail of `meso-book`: which widget asked and where it is going. Codes only, never answers. */
export interface BookDetail {
  /** The widget that fired it: `eligibility`, `aftercare` or `vs-filler`. */
  source: string;
  /** The absolute booking URL the link navigates to unless the event is cancelled. */
  url: string;
  /** Element-specific outcome code, for example the recommendation. */
  [code: string]: unknown;
}

/**
 * Every `meso-*` event and its detail. Element modules add their own entries with declaration
 * merging, so `addEventListener('meso-…')` is typed for hosts.
 */
export interface MesoEventMap {
  'meso-config-error': ConfigErrorDetail;
  'meso-book': BookDetail;
}

declare global {
  interface HTMLElementEventMap {
    'meso-config-error': CustomEvent<ConfigErrorDetail>;
    'meso-book': CustomEvent<BookDetail>;
  }
}

/**
 * Fires a bubbling, composed `meso-*` CustomEvent from `target`.
 * @returns `false` when the event was cancelable and a listener called `preventDefault()`.
 */
export function emit<K extends keyof MesoEventMap>(
  target: EventTarget,
  name: K,
  detail: MesoEventMap[K],
  options: {cancelable?: boolean} = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent(name, {detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false}),
  );
}
