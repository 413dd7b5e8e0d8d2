import type {BookDetail, ConfigErrorDetail} from '../types/common.js';
import type {MesoEventMap} from '../types/events.js';

export type {BookDetail, ConfigErrorDetail, MesoEventMap};

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
