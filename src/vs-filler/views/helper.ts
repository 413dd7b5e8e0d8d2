import {html, nothing, type TemplateResult} from 'lit';
import {concernLine} from '../../logic/vs-filler/announce.js';
import {CONCERNS} from '../../logic/vs-filler/recommend.js';
import {renderChoice, renderHeading, renderNeedsScript} from '../../shared/pieces.js';
import {CONCERN_IDS, CONCERN_SEVERITIES, type VsFillerContent} from '../../types/vs-filler.js';
import type {HelperAnswers} from '../helper-answers.js';

/**
 * The cautions the helper's result gives with the concerns they belong to (thinning hair, fat, any
 * concern that points to fillers), in the key's order: the static key shows them all under its list.
 */
const KEY_CAUTIONS = ['hairNote', 'fatCaveat', 'fillerCaveat'] as const;

/**
 * The decision helper: the concerns (checkboxes) and how marked they are (radios), each calling
 * `answered` when changed, then `result`, all behind the "needs JavaScript" note (and until then,
 * in their place, which treatment each concern points to; with JavaScript off, also the hair, fat
 * and filler cautions and the health note, linked to `selfCheckLink` when given); and the polite
 * live region that announces each change.
 */
export function renderHelper(
  s: VsFillerContent,
  level: number,
  answers: HelperAnswers,
  answered: (event: Event) => void,
  result: TemplateResult,
  selfCheckLink: string,
): TemplateResult {
  return html`<div class="helper" part="helper">
      ${renderHeading(level + 1, s.helperHeading, {id: 'helper-heading', className: 'subheading'})}
      ${renderNeedsScript(
        html`<fieldset class="question" aria-describedby="concerns-hint">
        <legend>${s.concernsLegend}</legend>
        <p id="concerns-hint" class="hint">${s.concernsHint}</p>
        <div class="choices">
          ${CONCERN_IDS.map((id) =>
            renderChoice({
              type: 'checkbox',
              id: `concern-${id}`,
              name: 'concern',
              value: id,
              checked: answers.concerns.has(id),
              label: s.concerns[id],
              onChange: answered,
            }),
          )}
        </div>
      </fieldset>
      <fieldset class="question" aria-describedby="severity-hint">
        <legend>${s.severityLegend}</legend>
        <p id="severity-hint" class="hint">${s.severityHint}</p>
        <div class="choices choices--inline">
          ${(['unsure', ...CONCERN_SEVERITIES] as const).map((id) =>
            renderChoice({
              type: 'radio',
              id: `severity-${id}`,
              name: 'severity',
              value: id,
              checked: (answers.severity ?? 'unsure') === id,
              label: s.severities[id],
              onChange: answered,
            }),
          )}
        </div>
      </fieldset>
      ${result}`,
        s.scriptNote,
        // Without the helper: what each concern points to, as a list; and with JavaScript off, when
        // the helper will never run, the cautions it gives with those lines (hair, fat, fillers) and
        // that safety depends on health (the styles show them only then).
        html`<p class="key-title">${s.concernsLegend}</p>
          <ul class="key">
            ${CONCERN_IDS.map((id) => html`<li>${concernLine(s, id, CONCERNS[id].treatment)}</li>`)}
          </ul>
          <div class="key-cautions">
            ${KEY_CAUTIONS.map((caution) => html`<p class="note note--caution">${s[caution]}</p>`)}
            <p class="note">${s.healthNote} ${selfCheckLink ? html`<a href=${selfCheckLink}>${s.selfCheckLink}</a>` : nothing}</p>
          </div>`,
      )}
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${answers.announcement}</div>
    </div>`;
}
