// Kept apart from events.ts so the DOM-free logic (and its types) never pull in DOM event types.
/** Detail of `meso-config-error`: which setting was wrong and why; the widget kept its default. */
export interface ConfigErrorDetail {
  /** Where the problem is, e.g. `heading-level`, `content.heading`, `json`. */
  path: string;
  /** What is wrong, in plain words. */
  message: string;
}
