import type {ConfigErrorDetail} from '../src/shared/events.js';

/** Records console.warn calls until `restore()`. */
export function captureWarnings(): {messages: string[]; restore: () => void} {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return {messages, restore: () => (console.warn = original)};
}

/** Records every `meso-config-error` reaching `document` until `stop()`. */
export function captureConfigErrors(): {errors: ConfigErrorDetail[]; stop: () => void} {
  const errors: ConfigErrorDetail[] = [];
  const listener = (event: Event) => errors.push((event as CustomEvent<ConfigErrorDetail>).detail);
  document.addEventListener('meso-config-error', listener);
  return {errors, stop: () => document.removeEventListener('meso-config-error', listener)};
}

/** The text a person sees, with white space folded. */
export const textOf = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
