import {html, nothing, type TemplateResult} from 'lit';
import {renderHeading} from '../../shared/pieces.js';
import type {AftercareContent, CareCardText} from '../../types/aftercare.js';

/**
 * The three "when to get help" cards (`cards`, from `careCards()`: least urgent first, every number
 * filled in), each a heading with its level for screen readers, the signs as a list and what to do;
 * `phone` (the clinic's phone line, or nothing) on every card but the emergency one. The urgent card
 * also has, after the phone, its route when the clinic cannot be reached, and then, last, the signs
 * that need help straight away with the phone again: nothing about "today" follows them (clinical
 * re-read 4, U1).
 */
export function renderCareCards(s: AftercareContent, level: number, cards: CareCardText[], phone: unknown): TemplateResult {
  return html`<div class="cards">
      ${renderHeading(level + 1, s.cardsHeading, {id: 'cards-heading', className: 'subheading'})}
      ${cards.map(
        (card) => html`<div class="care-card care-card--${card.level}" part="care-card">
          ${renderHeading(level + 2, html`<span class="visually-hidden">${card.prefix} </span>${card.heading}`, {
            className: 'care-card-heading',
          })}
          <div class="care-card-body">
            <ul>
              ${card.signs.map((sign) => html`<li>${sign}</li>`)}
            </ul>
            ${card.actions.map((action) => html`<p>${action}</p>`)} ${card.level !== 'emergency' ? phone : nothing}
            ${card.fallback ? html`<p>${card.fallback}</p>` : nothing}
            ${card.straightAway ? html`<p class="straight-away"><strong>${card.straightAway}</strong></p>${phone}` : nothing}
          </div>
        </div>`,
      )}
    </div>`;
}
