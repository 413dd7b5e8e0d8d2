import {html, nothing, type TemplateResult} from 'lit';
import {concernLine} from '../../logic/vs-filler/announce.js';
import {fillTemplate} from '../../logic/locale.js';
import {renderHeading} from '../../shared/pieces.js';
import type {AspectId, ConcernId, Treatment, TreatmentAdvice, TreatmentReason, VsFillerContent} from '../../types/vs-filler.js';

/** The cautions a suggestion may carry, in the order the reasons give them, and their text. */
const CAUTIONS: Partial<Record<TreatmentReason['code'], 'fatCaveat' | 'fillerCaveat' | 'hairNote'>> = {
  'fat-caveat': 'fatCaveat',
  'filler-caveat': 'fillerCaveat',
  'hair-note': 'hairNote',
};

/** Moves focus to the comparison row that explains a concern (its header in the table), in whichever layout is showing. */
function focusRow(event: MouseEvent): void {
  event.preventDefault();
  const link = event.currentTarget as HTMLAnchorElement;
  const root = link.getRootNode() as ParentNode;
  const {aspect, treatment} = link.dataset;
  const row = root.querySelector<HTMLElement>(`#aspect-${aspect}`);
  const target = row && row.getClientRects().length > 0 ? row.querySelector('th') : root.querySelector<HTMLElement>(`#card-${treatment}-${aspect}`);
  target?.scrollIntoView({block: 'center'});
  target?.focus({preventScroll: true});
}

/** One concern the suggestion rests on, with a link to the comparison row that explains it when `rowLink`. */
function renderConcernReason(s: VsFillerContent, concern: ConcernId, treatment: Treatment, aspect: AspectId, rowLink: boolean): TemplateResult {
  return html`<li>
      ${concernLine(s, concern, treatment)}
      ${rowLink
        ? html`<a
            class="row-link"
            href="#aspect-${aspect}"
            data-aspect=${aspect}
            data-treatment=${treatment}
            @click=${focusRow}
            >${fillTemplate(s.seeRow, {aspect: s.aspects[aspect].label})}<span class="visually-hidden"
              >${fillTemplate(s.seeRowFor, {concern: s.concerns[concern]})}</span
            ></a
          >`
        : nothing}
    </li>`;
}

/**
 * The helper's result: the suggestion and why, each concern it rests on (linked to its comparison
 * row when `rowLinks`, that is when the comparison shows), the severity notes, the cautions (the
 * fat-loss caveat, the filler blood-vessel warning, that hair loss can have a medical cause), and that whether it is safe depends on health (with the self-check link when
 * a self-check link is given). Before any answer, a line saying what to do.
 */
export function renderHelperResult(
  s: VsFillerContent,
  level: number,
  advice: TreatmentAdvice,
  rowLinks: boolean,
  selfCheckLink: string,
): TemplateResult {
  const {recommendation} = advice;
  const body =
    recommendation === null
      ? html`<p class="muted">${s.resultEmpty}</p>`
      : html`${renderHeading(level + 3, s.recommendations[recommendation].title, {
            className: `recommendation recommendation--${recommendation}`,
            part: 'recommendation',
          })}
          <p>${s.recommendations[recommendation].why}</p>
          <p class="concerns-intro">${s.concernsIntro}</p>
          <ul class="reasons">
            ${advice.reasons.map((reason) =>
              reason.code === 'concern' ? renderConcernReason(s, reason.concern, reason.treatment, reason.aspect, rowLinks) : nothing,
            )}
          </ul>
          ${advice.reasons.map((reason) =>
            reason.code === 'severity' ? html`<p class="note">${s.severityNotes[reason.severity]}</p>` : nothing,
          )}
          ${advice.reasons.map((reason) => {
            const caution = CAUTIONS[reason.code];
            return caution ? html`<p class="note note--caution" part="caveat">${s[caution]}</p>` : nothing;
          })}
          <p class="note health-note" part="health-note">
            ${s.healthNote}
            ${selfCheckLink ? html`<a href=${selfCheckLink}>${s.selfCheckLink}</a>` : nothing}
          </p>`;
  return html`<div class="result" part="result">
      ${renderHeading(level + 2, s.resultHeading, {id: 'result-heading', className: 'result-title'})} ${body}
    </div>`;
}
