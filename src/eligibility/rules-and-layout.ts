import type {PropertyValues} from 'lit';
import {checkLayout} from '../logic/eligibility/flow.js';
import {DEFAULT_RULES, mergeRules} from '../logic/eligibility/rules.js';
import type {ConfigErrorDetail} from '../types/common.js';
import type {EligibilityRules, EligibilityRulesOverride, Layout} from '../types/eligibility.js';

/** Where the settings come from: the element's `layout` and `rules`, and the JSON block's `rules`. */
export interface SettingsSource {
  layout: string;
  rules?: EligibilityRulesOverride;
}

/**
 * Applies what changed in this update to the flow's `layout` and `rules`, and reports each refusal
 * once (one `console.warn`, one `meso-config-error`, through `refuse`):
 * - `layout`: `steps` or `list`; anything else is reported and the steps layout used;
 * - the rules: the defaults, then the JSON block's `rules`, then the `rules` property, each
 *   merged within the safety floor; a source's errors are reported when that source changed.
 */
export function applyRulesAndLayout(
  flow: {layout: Layout; rules: EligibilityRules},
  changed: PropertyValues,
  element: SettingsSource,
  blockRules: unknown,
  refuse: (error: ConfigErrorDetail) => void,
): void {
  if (changed.has('layout')) {
    const checked = checkLayout(element.layout);
    flow.layout = checked.value;
    if (checked.problem) refuse({path: 'layout', message: checked.problem});
  }
  const blockChanged = changed.has('blockRevision');
  if (blockChanged || changed.has('rules')) {
    const fromBlock = mergeRules(DEFAULT_RULES, blockRules);
    if (blockChanged) fromBlock.errors.forEach(refuse);
    const fromProperty = mergeRules(fromBlock.value, element.rules);
    if (changed.has('rules')) fromProperty.errors.forEach(refuse);
    flow.rules = fromProperty.value;
  }
}
