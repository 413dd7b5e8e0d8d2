import {html, nothing, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {GuideItem} from '../../logic/aftercare/guide.js';
import {isMedicineItem} from '../../logic/aftercare/plan.js';
import {renderHeading} from '../../shared/pieces.js';
import type {AftercareContent} from '../../types/aftercare.js';

/**
 * After an item about medicines (and nothing after any other), the warning never to stop a
 * prescribed medicine: bold, on a line of its own. The guide and the timeline both use it, so it
 * reads the same in both.
 */
export const renderMedicineWarning = (s: AftercareContent, id: string | undefined): TemplateResult | typeof nothing =>
  id && isMedicineItem(id) ? html` <strong class="medicine">${s.medicineWarning}</strong>` : nothing;

/**
 * The guide: the "do not" list (each shown item with its window, the medicine warning on an item
 * about medicines, then the clinic's extra items as written), the "do" list, and what
 * is normal after treatment. Every window has the same weight, on a line of its own (the same
 * sentence often stands several times in a row); only the medicine warning is bold.
 */
export function renderGuide(s: AftercareContent, level: number, items: GuideItem[]): TemplateResult {
  const sub = (text: string, id: string) => renderHeading(level + 1, text, {id, className: 'subheading'});
  const donts = [
    ...items.map(([id, window]) => ({id, text: s.items[id].text, window})),
    // The clinic's own items as written: they often give their own time ("for 2 weeks").
    ...s.extraDonts.map((text) => ({id: undefined, text, window: ''})),
  ];
  return html`<div class="guide" part="guide">
      <div class="list list--dont">
        ${sub(s.dontHeading, 'dont-heading')}
        <ul>
          ${donts.map(
            ({id, text, window}) => html`<li data-item=${ifDefined(id)}>
              <span class="mark" aria-hidden="true">✕</span>
              <span
                >${text} ${window ? html`<span class="window">${window}</span>` : nothing}${renderMedicineWarning(s, id)}</span
              >
            </li>`,
          )}
        </ul>
      </div>
      <div class="list list--do">
        ${sub(s.doHeading, 'do-heading')}
        <ul>
          ${s.dos.map((text) => html`<li><span class="mark" aria-hidden="true">✓</span><span>${text}</span></li>`)}
        </ul>
      </div>
      <div class="normal">
        ${sub(s.normalHeading, 'normal-heading')}
        <p>${s.normal}</p>
      </div>
    </div>`;
}
