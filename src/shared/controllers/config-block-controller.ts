import type {ReactiveControllerHost} from 'lit';
import {isJsonBlockType, parseConfigBlock} from '../../logic/config.js';
import type {ConfigErrorDetail} from '../../types/common.js';

/** The element a config block controller serves; its class may set a static `configKeys`. */
export type ConfigBlockHost = ReactiveControllerHost & HTMLElement;

/**
 * Adds to `host` a controller for its JSON configuration block, a child
 * `<script type="application/json">`. The block is read when the element connects and again
 * whenever the element's children or their text change (a MutationObserver), and parsed against
 * the top-level keys the element's class allows (its static `configKeys`). Each read that found new
 * text hands the known values to `onRead`; the problems it found go to `report` after the update
 * that follows, so a listener added in the same task still hears them.
 */
export function configBlockController(
  host: ConfigBlockHost,
  onRead: (values: Record<string, unknown>) => void,
  report: (detail: ConfigErrorDetail) => void,
): void {
  let lastText: string | undefined;
  let pendingErrors: ConfigErrorDetail[] = [];
  let observer: MutationObserver | undefined;
  const read = () => {
    const script = [...host.children].find((child) => child.localName === 'script' && isJsonBlockType(child.getAttribute('type')));
    const text = script?.textContent ?? '';
    if (text === lastText) return;
    lastText = text;
    const parsed = parseConfigBlock(text, (host.constructor as unknown as {configKeys: readonly string[]}).configKeys);
    pendingErrors = parsed.errors;
    onRead(parsed.values);
  };
  host.addController({
    hostConnected() {
      observer ??= new MutationObserver(read);
      observer.observe(host, {childList: true, subtree: true, characterData: true});
      read();
    },
    hostDisconnected() {
      observer?.disconnect();
    },
    hostUpdated() {
      pendingErrors.forEach(report);
      pendingErrors = [];
    },
  });
}
