import {html, nothing, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {GuideItem} from '../../logic/aftercare/guide.js';
import {isMedicineItem} from '../../logic/aftercare/plan.js';
import {renderHeading} from '../../shared/pieces.js';
import type {AftercareContent} from '../../types/aftercare.js';

/**
 * The guide: the "do not" list (each shown item with its window, the medicine warning on an item
 * about medicines, then the clinic's extra items, which have no set end), the "do" list, and what
 * is normal after treatment. Every item shows its window; one the item above already gave is in
 * plain text (a medicine's is always bold).
 */
export function renderGuide(s: AftercareContent, level: number, items: GuideItem[]): TemplateResult {
  const sub = (text: string, id: string) => renderHeading(level + 1, text, {id, className: 'subheading'});
  const donts = [
    ...items.map(([id, window]) => ({id, text: s.items[id].text, window})),
    ...s.extraDonts.map((text) => ({id: undefined, text, window: s.windows.noSetEnd})),
  ];
  return html`<div class="guide" part="guide">
      <div class="list list--dont">
        ${sub(s.dontHeading, 'dont-heading')}
        <ul>
          ${donts.map(({id, text, window}, i) => {
            // A window the item above already gave is in plain text, so one bold sentence does not
            // stand several times in a row; a medicine's window is always bold.
            const medicine = !!id && isMedicineItem(id);
            const repeat = !medicine && donts[i - 1]?.window === window;
            return html`<li data-item=${ifDefined(id)}>
              <span class="mark" aria-hidden="true">✕</span>
              <span
                >${text} ${repeat ? html`<span class="window">${window}</span>` : html`<strong class="window">${window}</strong>`}${medicine
                  ? html` <span class="medicine">${s.medicineWarning}</span>`
                  : nothing}</span
              >
            </li>`;
          })}
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
