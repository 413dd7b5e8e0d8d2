/**
 * Input checks for the public functions of `meso-widgets/logic`, which plain JavaScript calls with
 * no type checker in front: a value of the wrong type or range is refused with a
 * {@link LogicInputError} that says where (`path`) and what is wrong, never used half-way.
 */

/** Input a `meso-widgets/logic` function cannot use. `path` says where (`answers.health.adult`). */
export class LogicInputError extends TypeError {
  override name = 'LogicInputError';

  constructor(
    /** Where the bad value is, from the argument's name: `answers.goals[2]`, `durations.makeup`. */
    readonly path: string,
    /** What is wrong with it. */
    readonly problem: string,
  ) {
    super(`${path}: ${problem}`);
  }
}

/** How a value is named in a message: its kind, and short values themselves. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid Date' : 'a Date';
  if (typeof value === 'string') return value.length > 40 ? 'a long string' : JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'a non-finite number';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** A JSON-style object: not null, not a list, not a Date. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

export function expectRecord(value: unknown, path: string): asserts value is Record<string, unknown> {
  if (!isRecord(value)) throw new LogicInputError(path, `expected an object, got ${describeValue(value)}`);
}

export function expectString(value: unknown, path: string): asserts value is string {
  if (typeof value !== 'string') throw new LogicInputError(path, `expected a string, got ${describeValue(value)}`);
}

export function expectOneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): asserts value is T {
  if (!(allowed as readonly unknown[]).includes(value)) {
    throw new LogicInputError(path, `expected one of ${allowed.map((item) => JSON.stringify(item)).join(', ')}, got ${describeValue(value)}`);
  }
}

export function expectValidDate(value: unknown, path: string): asserts value is Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw new LogicInputError(path, `expected a valid Date, got ${describeValue(value)}`);
}

export function expectFiniteNumber(value: unknown, path: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new LogicInputError(path, `expected a finite number, got ${describeValue(value)}`);
}

/** Own keys of `record` that are not in `known`, refused. */
export function expectKnownKeys(record: Record<string, unknown>, known: readonly string[], path: string): void {
  for (const key of Object.keys(record)) {
    if (!known.includes(key)) throw new LogicInputError(`${path}.${key}`, `unknown key (known: ${known.join(', ')})`);
  }
}
