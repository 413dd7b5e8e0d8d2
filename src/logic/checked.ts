/**
 * The locale helpers of `meso-widgets/logic` as plain JavaScript calls them (each element's
 * public functions are in `src/logic/<element>/checked.ts`): each checks its input first and refuses what it cannot use with a
 * {@link LogicInputError} that says where and what is wrong. The elements call the functions
 * underneath directly, with values they have already checked, so the browser bundles carry none
 * of these checks.
 */
import type {PluralForms} from '../types/common.js';
import {matchLocale as match, pluralText as plural} from './locale.js';
import {describeValue, expectFiniteNumber, expectRecord, expectString, LogicInputError} from './input.js';

export {LogicInputError};

/**
 * Picks the best available locale for a BCP 47 tag: an exact match (case-insensitive), then
 * shorter prefixes (`pt-BR-x` → `pt-BR` → `pt`, and `fr-CA` → `fr`), where a prefix may stand for
 * another pack (`pt` → `pt-BR`; `pt-AO`, `pt-MZ` and the other European-norm regions → `pt-PT`), then `en`.
 * @throws {LogicInputError} when `requested` is not a string or `available` not a list of strings.
 */
export function matchLocale(requested: string, available: readonly string[]): string {
  expectString(requested, 'requested');
  if (!Array.isArray(available)) throw new LogicInputError('available', `expected a list of language tags, got ${describeValue(available)}`);
  available.forEach((tag: unknown, index) => expectString(tag, `available[${index}]`));
  return match(requested, available);
}

/**
 * The plural form of `forms` for `n` in `locale`, with `{n}` filled in.
 * @throws {LogicInputError} when `forms` has no `other` string, `n` is not a finite number or `locale` not a string.
 */
export function pluralText(forms: PluralForms, n: number, locale: string): string {
  expectRecord(forms, 'forms');
  expectString(forms.other, 'forms.other');
  expectFiniteNumber(n, 'n');
  expectString(locale, 'locale');
  return plural(forms, n, locale);
}

