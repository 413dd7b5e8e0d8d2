import {html, nothing, type TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';
import type {LanguageOption} from '../controllers/language-choice.js';

/**
 * The language control: a labelled select of the clinic's languages, each written in its own
 * language and marked with its own `lang` (an option with an empty tag is the page's own language,
 * when the clinic's list leaves it out), and a status line that announces a switch once, in the
 * new language. Nothing without options.
 */
export function renderLanguageControl(
  label: string,
  options: readonly LanguageOption[],
  current: string,
  announced: {name: string; tag: string},
  choose: (option: LanguageOption) => void,
): TemplateResult | typeof nothing {
  if (!options.length) return nothing;
  const picked = (event: Event) => choose(options[(event.target as HTMLSelectElement).selectedIndex]);
  return html`<div class="languages">
    <label for="languages">${label}</label>
    <select id="languages" @change=${picked} .value=${live(current)}>
      ${options.map((option) => html`<option value=${option.tag} lang=${option.tag || option.locale} ?selected=${option.tag === current}>${option.name}</option>`)}
    </select>
    <p class="visually-hidden" role="status" lang=${announced.tag || nothing}>${announced.name}</p>
  </div>`;
}
