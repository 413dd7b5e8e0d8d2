import {html, nothing, type TemplateResult} from 'lit';
import {renderHeading} from '../../shared/pieces.js';
import {CARD_LEVELS, type AftercareContent} from '../../types/aftercare.js';

/**
 * The three "when to get help" cards, least urgent first, each heading with its level for screen
 * readers; `phone` (the clinic's phone line, or nothing) on every card but the emergency one.
 */
export function renderCareCards(s: AftercareContent, level: number, phone: unknown): TemplateResult {
  return html`<div class="cards">
      ${renderHeading(level + 1, s.cardsHeading, {id: 'cards-heading', className: 'subheading'})}
      ${CARD_LEVELS.map((cardLevel) => {
        const card = s.cards[cardLevel];
        return html`<div class="care-card care-card--${cardLevel}" part="care-card">
          ${renderHeading(level + 2, html`<span class="visually-hidden">${card.level} </span>${card.heading}`, {
            className: 'care-card-heading',
          })}
          <div class="care-card-body">
            <p>${card.body}</p>
            <p>${card.action}</p>
            ${cardLevel !== 'emergency' ? phone : nothing}
          </div>
        </div>`;
      })}
    </div>`;
}
