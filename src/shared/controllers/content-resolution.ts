import {mergeOverride} from '../../logic/config.js';
import {contentProvenance} from '../../logic/provenance.js';
import type {CommonContent, ConfigErrorDetail, DeepPartial, Provenance} from '../../types/common.js';

/**
 * The content an element shows: its locale's, with the JSON block's `content` merged over it, then
 * the `content` property over that; and the provenance its disclaimer states (reviewed by someone,
 * or only updated). Problems go to `report` only for the inputs that changed (`blockChanged`,
 * `propertyChanged`), so each is reported once; the provenance's when either changed.
 * @returns the content and its provenance.
 */
export function resolveContent<C extends CommonContent>(
  locale: C,
  block: unknown,
  property: DeepPartial<C> | undefined,
  blockChanged: boolean,
  propertyChanged: boolean,
  report: (detail: ConfigErrorDetail) => void,
): [C, Provenance] {
  const fromBlock = mergeOverride(locale, block, 'content');
  if (blockChanged) fromBlock.errors.forEach(report);
  const fromProperty = mergeOverride(fromBlock.value, property, 'content');
  if (propertyChanged) fromProperty.errors.forEach(report);
  const provenance = contentProvenance(fromProperty.value);
  if (blockChanged || propertyChanged) provenance.errors.forEach(report);
  return [fromProperty.value, provenance.value];
}
