import {html, nothing, type TemplateResult} from 'lit';
import {formatIsoDate} from '../../logic/locale.js';
import type {CommonContent, Provenance} from '../../types/common.js';

/** `template` with each `{name}` that `values` has replaced by its value (text or a template). */
function line(template: string, values: Record<string, TemplateResult | string>) {
  return template.split(/(\{\w+\})/).map((part) => {
    const key = /^\{(\w+)\}$/.exec(part)?.[1];
    return key !== undefined && key in values ? values[key] : part;
  });
}

/**
 * The medical disclaimer, then the content's provenance: "Reviewed by … on …" (and when the next
 * review is due) only when a clinic set `reviewed`, otherwise when the content was last updated;
 * then, for a translation, the date of the English it was translated from. Dates are `<time>`
 * elements, written for `locale`.
 */
export const renderDisclaimer = (s: CommonContent, provenance: Provenance, locale: string): TemplateResult => {
  const date = (iso: string) => html`<time datetime=${iso}>${formatIsoDate(iso, locale)}</time>`;
  return html`<p class="disclaimer" part="disclaimer">
      ${s.disclaimer}
      ${provenance.kind === 'reviewed'
        ? html`<span class="reviewed">${line(s.reviewedLabel, {by: provenance.by, date: date(provenance.date)})}</span>
            ${provenance.next
              ? html`<span class="reviewed reviewed--next">${line(s.nextReviewLabel, {date: date(provenance.next)})}</span>`
              : nothing}`
        : html`<span class="reviewed">${line(s.updatedLabel, {date: date(provenance.date)})}</span>`}
      ${s.translatedFrom && s.translatedFromLabel
        ? html`<span class="translated">${line(s.translatedFromLabel, {date: date(s.translatedFrom)})}</span>`
        : nothing}
    </p>`;
};
