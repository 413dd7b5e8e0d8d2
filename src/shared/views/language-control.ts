import {html, nothing, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {live} from 'lit/directives/live.js';
import type {LanguageChoice} from '../controllers/language-choice.js';

/**
 * The language control: a labelled select of the clinic's languages, each written in its own
 * language and marked with its own `lang`, and a status line that announces a switch once, in the
 * new language. `locale` is the language shown; the choice's options start with the page's own
 * language when the clinic's list leaves it out. Nothing without options.
 */
export function renderLanguageControl(label: string, choice: LanguageChoice, locale: string): TemplateResult | typeof nothing {
  const {options, chosen, announced} = choice;
  if (!options.length) return nothing;
  const current = chosen || options.find((option) => option.locale === locale)?.tag || '';
  const picked = (event: Event) => choice.choose(options[(event.target as HTMLSelectElement).selectedIndex]);
  return html`<div class="languages">
    <label for="languages">${label}</label>
    <select id="languages" @change=${picked} .value=${live(current)}>
      ${options.map((option) => html`<option value=${option.tag} lang=${option.tag || option.locale} ?selected=${option.tag === current}>${option.name}</option>`)}
    </select>
    <p class="visually-hidden" role="status" lang=${ifDefined(announced.tag || undefined)}>${announced.name}</p>
  </div>`;
}
