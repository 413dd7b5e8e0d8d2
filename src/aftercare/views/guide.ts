import {html, type TemplateResult} from 'lit';
import type {GuideItem} from '../../logic/aftercare/guide.js';
import {renderHeading} from '../../shared/pieces.js';
import type {AftercareContent} from '../../types/aftercare.js';

/**
 * The guide: the "do not" list (each shown item with its window, then the clinic's extra items,
 * which have no set end), the "do" list, and what is normal after treatment.
 */
export function renderGuide(s: AftercareContent, level: number, items: GuideItem[]): TemplateResult {
  const sub = (text: string, id: string) => renderHeading(level + 1, text, {id, className: 'subheading'});
  return html`<div class="guide" part="guide">
      <div class="list list--dont">
        ${sub(s.dontHeading, 'dont-heading')}
        <ul>
          ${items.map(
            ([id, window]) => html`<li data-item=${id}>
              <span class="mark" aria-hidden="true">✕</span>
              <span>${s.items[id].text} <strong class="window">${window}</strong></span>
            </li>`,
          )}
          ${s.extraDonts.map(
            (text) => html`<li>
              <span class="mark" aria-hidden="true">✕</span>
              <span>${text} <strong class="window">${s.windows.noSetEnd}</strong></span>
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
