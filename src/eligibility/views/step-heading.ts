import {html, nothing, type TemplateResult} from 'lit';
import {questionProgress} from '../../logic/eligibility/flow.js';
import {numberFormat} from '../../logic/intl.js';
import {fillTemplate} from '../../logic/locale.js';
import {renderHeading} from '../../shared/pieces.js';
import type {EligibilityView} from './context.js';

/**
 * A screen's heading (`#step-heading`, where focus goes on each new step), one level below the
 * widget's title, with its "Question n of m" (or "Page n of m") caption on question steps.
 */
export function renderStepHeading(view: EligibilityView, text: string): TemplateResult {
  const count = questionProgress(view.steps, view.step);
  const template = count?.unit === 'page' ? view.strings.pageProgress : view.strings.progress;
  const format = (n: number) => numberFormat(view.locale).format(n);
  const caption = count
    ? html`<span class="caption" part="progress">${fillTemplate(template, {n: format(count.n), total: format(count.total)})}</span>`
    : nothing;
  return renderHeading(view.level + 1, html`${caption}${text}`, {id: 'step-heading', className: 'step-heading'});
}
