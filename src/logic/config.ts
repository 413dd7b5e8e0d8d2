import {type Checked, type ConfigErrorDetail} from '../types/common.js';

/** A JSON-style object: not null, not a list. */
export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const has = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

/** The categories `Intl.PluralRules` selects, in every language. */
const PLURAL_CATEGORIES: readonly string[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** An object of plural forms: an `other` string and only plural categories as keys. */
const isPluralForms = (value: Record<string, unknown>) =>
  typeof value.other === 'string' && Object.keys(value).every((key) => PLURAL_CATEGORIES.includes(key));

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' && !Number.isFinite(value)) return 'a non-finite number';
  return `a ${typeof value}`;
}

/**
 * Deep-merges `override` over `defaults` without mutating either. Only keys the defaults have are
 * taken, and only with the same kind of value (string, number, boolean, object, list of the same
 * kind of items); anything else becomes an error naming its path and is ignored, so the default
 * stays.
 */
export function mergeOverride<T>(defaults: T, override: unknown, path: string): Checked<T> {
  const errors: ConfigErrorDetail[] = [];
  const value = mergeValue(defaults, override, path, errors) as T;
  return {value, errors};
}

function mergeValue(base: unknown, override: unknown, path: string, errors: ConfigErrorDetail[]): unknown {
  if (override === undefined) return base;
  if (isPlainObject(base)) {
    if (!isPlainObject(override)) {
      errors.push({path, message: `expected an object, got ${describe(override)}`});
      return base;
    }
    const merged: Record<string, unknown> = {...base};
    for (const key of Object.keys(override)) {
      const childPath = `${path}.${key}`;
      if (!has(base, key)) {
        // Plural forms (`{one, other}` in English) take every category another language needs.
        if (isPluralForms(base) && PLURAL_CATEGORIES.includes(key) && typeof override[key] === 'string') {
          merged[key] = override[key];
          continue;
        }
        errors.push({path: childPath, message: 'unknown key'});
        continue;
      }
      merged[key] = mergeValue(base[key], override[key], childPath, errors);
    }
    return merged;
  }
  if (Array.isArray(base)) {
    if (!Array.isArray(override)) {
      errors.push({path, message: `expected a list, got ${describe(override)}`});
      return base;
    }
    // Every list of the content is a list of text; an empty default list (extraDonts) takes text too,
    // never objects that the template would render as values (a forged Lit result, say).
    const itemKind = base.length > 0 ? typeof base[0] : 'string';
    const bad = override.findIndex((item) => typeof item !== itemKind || item === null);
    if (bad !== -1) {
      errors.push({path: `${path}[${bad}]`, message: `expected a ${itemKind}, got ${describe(override[bad])}`});
      return base;
    }
    return [...override];
  }
  if (typeof override !== typeof base || (typeof base === 'number' && !Number.isFinite(override))) {
    errors.push({path, message: `expected a ${typeof base}, got ${describe(override)}`});
    return base;
  }
  // Text the widget shows (a heading, a label) stays text: blank would leave an empty heading or button.
  if (typeof base === 'string' && base.trim() !== '' && (override as string).trim() === '') {
    errors.push({path, message: 'expected text, got ""'});
    return base;
  }
  return override;
}

/** The result of reading a child `<script type="application/json">` block. */
export interface ConfigBlock {
  /** The top-level keys the element knows, unchecked beyond being present. */
  values: Record<string, unknown>;
  errors: ConfigErrorDetail[];
}

/**
 * Whether a child `<script>` with this `type` is the configuration block: `application/json` in any
 * case, spaces around it ignored. The element and `prerender` both read the block by this test.
 */
export const isJsonBlockType = (type: string | null | undefined): boolean => type?.trim().toLowerCase() === 'application/json';

/** Where JSON block problems are reported. */
export const JSON_BLOCK_PATH = 'script[type="application/json"]';

/**
 * Parses the text of a configuration block. Invalid JSON, a top level that is not an object and
 * unknown top-level keys are errors; the known keys are returned for the element to check.
 */
export function parseConfigBlock(text: string, knownKeys: readonly string[]): ConfigBlock {
  const errors: ConfigErrorDetail[] = [];
  const values: Record<string, unknown> = {};
  if (text.trim() === '') return {values, errors};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    errors.push({path: JSON_BLOCK_PATH, message: `invalid JSON (${reason})`});
    return {values, errors};
  }
  if (!isPlainObject(parsed)) {
    errors.push({path: JSON_BLOCK_PATH, message: `expected an object, got ${describe(parsed)}`});
    return {values, errors};
  }
  for (const key of Object.keys(parsed)) {
    if (knownKeys.includes(key)) values[key] = parsed[key];
    // An empty key still gets a path that names it.
    else errors.push({path: key || JSON.stringify(key), message: `unknown key (known: ${knownKeys.join(', ')})`});
  }
  return {values, errors};
}
