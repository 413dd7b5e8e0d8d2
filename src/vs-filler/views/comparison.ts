import {html, type TemplateResult} from 'lit';
import {renderHeading} from '../../shared/pieces.js';
import {ASPECTS, TREATMENTS, type VsFillerContent} from '../../types/vs-filler.js';

/**
 * The comparison in its two layouts, both in the DOM (the styles show one): the table on wide
 * containers and the stacked treatment cards below about 600 px. Every row and card row has an id,
 * and each row's header and each card row `tabindex="-1"`, so the helper's result can send focus to
 * the one that explains a concern (a screen reader reads a focused row header with its row; a
 * focused table row only as the table).
 */
export function renderComparison(s: VsFillerContent, level: number): TemplateResult {
  return html`<div class="compare">
      ${renderHeading(level + 1, s.compareHeading, {id: 'compare-heading', className: 'subheading'})}
      <div class="table-wrap">
        <table part="table">
          <caption>${s.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col" class="aspect-col">${s.aspectColumn}</th>
              ${TREATMENTS.map((t) => html`<th scope="col">${s.treatments[t]}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${ASPECTS.map(
              (aspect) => html`<tr id="aspect-${aspect}">
                <th scope="row" tabindex="-1">${s.aspects[aspect].label}</th>
                ${TREATMENTS.map((t) => html`<td>${s.aspects[aspect][t]}</td>`)}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <div class="cards" part="cards">
        ${TREATMENTS.map(
          (t) => html`<div class="card">
            ${renderHeading(level + 2, s.treatments[t], {id: `card-${t}`, className: 'card-title'})}
            <dl>
              ${ASPECTS.map(
                (aspect) => html`<div class="card-row" id="card-${t}-${aspect}" tabindex="-1">
                  <dt>${s.aspects[aspect].label}</dt>
                  <dd>${s.aspects[aspect][t]}</dd>
                </div>`,
              )}
            </dl>
          </div>`,
        )}
      </div>
    </div>`;
}
