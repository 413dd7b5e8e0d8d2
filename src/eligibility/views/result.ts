import {html, nothing, type TemplateResult} from 'lit';
import {reasonText} from '../../logic/eligibility/result-text.js';
import {bookingAllowed, consultationAllowed, needsMedicineWarning} from '../../logic/eligibility/rules.js';
import {renderHeading} from '../../shared/pieces.js';
import type {Outcome} from '../../types/eligibility.js';
import type {EligibilityView} from './context.js';

const OUTCOME_ICONS: Record<Outcome, string> = {
  'not-recommended': '✕',
  'not-now': '!',
  'ask-doctor': '?',
  // Not a tick: "no concerns" is not an approval.
  'no-concerns': 'i',
};

/**
 * The result: the outcome (its heading takes focus and is the one announcement), the reasons and
 * notes, and next steps that fit the outcome: the checklist and what to expect where booking may
 * follow, the treatment booking under no-concerns only, the consultation-only booking under
 * ask-doctor; the share part where the clinic offers it; print and Start again always.
 */
export function renderResultScreen(view: EligibilityView): TemplateResult {
  const s = view.strings;
  const result = view.result!;
  const outcome = s.outcomes[result.outcome];
  const sub = (text: string) => renderHeading(view.level + 2, text, {className: 'section-title'});
  // `kind` tells a page's `meso-book` handler which booking it is: never open treatment booking for a consultation.
  const bookingLink = bookingAllowed(result.outcome) ? view.booking({outcome: result.outcome, kind: 'treatment'}) : nothing;
  // Under ask-doctor: after the advice to see a doctor, the clinic's consultation-only booking (never the treatment booking).
  const consultationLink = consultationAllowed(result.outcome) ? view.consultation({outcome: result.outcome, kind: 'consultation'}) : nothing;
  // The checklist and what to expect wherever a consultation may follow.
  const canBook = bookingAllowed(result.outcome) || consultationAllowed(result.outcome);
  return html`<div class="result result--${result.outcome}" part="result">
    <div class="outcome" part="outcome">
      <span class="outcome-icon" aria-hidden="true">${OUTCOME_ICONS[result.outcome]}</span>
      ${renderHeading(view.level + 1, html`<span class="visually-hidden">${s.statusLabel} </span>${outcome.headline}`, {
        id: 'step-heading',
        className: 'step-heading outcome-headline',
      })}
    </div>
    <p class="next">${outcome.next}</p>
    <p class="not-diagnosis">${s.notDiagnosis}</p>
    ${result.reasons.length
      ? html`<div class="reasons">
          ${sub(s.reasonsHeading)}
          <ul>
            ${result.reasons.map((reason) => html`<li>${reasonText(s, reason)}</li>`)}
          </ul>
          ${needsMedicineWarning(result.reasons)
            ? html`<p class="warning" part="warning"><strong>${s.medicineWarning}</strong></p>`
            : nothing}
        </div>`
      : nothing}
    ${result.notes.length
      ? html`<div class="notes">
          ${sub(s.notesHeading)}
          <ul>
            ${result.notes.map((note) => html`<li>${s.notes[note]}</li>`)}
          </ul>
        </div>`
      : nothing}
    ${canBook
      ? html`<div class="checklist">
            ${sub(s.checklistHeading)}
            <ul>
              ${s.checklist.map((item) => html`<li>${item}</li>`)}
            </ul>
          </div>
          <div class="expect">
            ${sub(s.expectHeading)}
            <ul>
              ${s.expect.map((item) => html`<li>${item}</li>`)}
            </ul>
          </div>`
      : nothing}
    ${consultationLink !== nothing ? html`<p class="book-after no-print">${s.bookAfterDoctor}</p>` : nothing}
    <div class="actions no-print">
      ${bookingLink}${consultationLink}
      <button type="button" class="button" @click=${() => window.print()}>${s.print}</button>
      <button type="button" class="button" @click=${() => view.startAgain()}>${s.startAgain}</button>
    </div>
    ${canBook ? view.share() : nothing}
  </div>`;
}
