/**
 * The options and limits of `meso-widgets/ssr`, and the error it throws for bad input.
 */
import {isPlainObject} from '../logic/config.js';

/** The limits `prerender` stops at, each with a `PrerenderError` that names it. */
export interface PrerenderLimits {
  /** The most characters of HTML `prerender` reads (default 10,000,000). */
  maxInputLength?: number;
  /**
   * How many elements written in the source may nest inside each other (default 512, as in
   * Chromium's parser, which makes deeper elements siblings). Deeper input costs time out of
   * proportion to its size.
   */
  maxDepth?: number;
  /** The most widgets one page may hold (default 200). */
  maxWidgets?: number;
  /** The most characters the prerendered page may have (default 20,000,000). */
  maxOutputLength?: number;
}

/** The name of one of {@link PrerenderLimits}. */
export type PrerenderLimit = keyof PrerenderLimits;

/** The default of each limit. */
export const DEFAULT_LIMITS: Readonly<Required<PrerenderLimits>> = Object.freeze({
  maxInputLength: 10_000_000,
  maxDepth: 512,
  maxWidgets: 200,
  maxOutputLength: 20_000_000,
});

/** Options of `prerender` and `renderWidget`. */
export interface PrerenderOptions extends PrerenderLimits {
  /**
   * The time `<meso-aftercare>` treats as now (ISO 8601), for a personal timeline. Without it the
   * server never reads its own clock: an aftercare element with `treated-at` and no `now`
   * attribute is prerendered with its form, and the browser draws the timeline.
   */
  now?: string;
}

/**
 * Bad input to `prerender` or `renderWidget`: the message says what and where (line and column).
 * When a limit stopped the work, `limit` names it (`maxDepth`, …) and the message says its value.
 */
export class PrerenderError extends Error {
  override name = 'PrerenderError';
  /** The limit that was reached, when one was. */
  readonly limit?: PrerenderLimit;

  constructor(message: string, options: {limit?: PrerenderLimit} = {}) {
    super(message);
    if (options.limit) this.limit = options.limit;
  }
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** The limits in force: the defaults, and the options' own when they are whole numbers above 0. */
export function readLimits(options: PrerenderLimits): Required<PrerenderLimits> {
  const limits = {...DEFAULT_LIMITS};
  for (const name of Object.keys(DEFAULT_LIMITS) as PrerenderLimit[]) {
    const value = options[name];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
      throw new PrerenderError(`the option ${name} must be a whole number above 0, not ${typeof value === 'number' ? value : describe(value)}`);
    }
    limits[name] = value;
  }
  return limits;
}

/** Checks the options every entry point takes. */
export function checkOptions(options: unknown): asserts options is PrerenderOptions & {lang?: string; dir?: string} {
  if (!isPlainObject(options)) throw new PrerenderError(`expected the options as an object, not ${describe(options)}`);
  for (const key of ['now', 'lang', 'dir'] as const) {
    if (options[key] !== undefined && typeof options[key] !== 'string') {
      throw new PrerenderError(`the option ${key} must be a string, not ${describe(options[key])}`);
    }
  }
}

