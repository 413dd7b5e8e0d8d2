import {baseLanguage as language} from './locale.js';

/**
 * The punctuation code puts between strings (a heading and its list, a label and its value, the
 * items of a list), as each language writes it: French puts a no-break space before `:` and `;`,
 * Arabic and Persian use their own semicolon. Content strings carry their own punctuation; these are
 * only for the joins made in code. `locale` is a BCP 47 tag; only its language counts.
 */

/** A heading that introduces a list: "Do not:", «À éviter :». */
export const colonAfter = (text: string, locale: string): string => `${text}${language(locale) === 'fr' ? '\u00a0:' : ':'}`;

/**
 * A label and a sentence about it on one line: "Age: Select yes, no or not sure", «Âge : choisissez…».
 * English and German keep the capital of a whole sentence after a colon; French, Spanish, Italian,
 * Portuguese, Polish and Russian start it in lower case. Turkish keeps it (its message starts with the
 * answers' own names, «Evet, Hayır…»); scripts without case are unchanged.
 */
export function labelled(label: string, value: string, locale: string): string {
  const lang = language(locale);
  const text = ['de', 'en', 'tr'].includes(lang) ? value : value.charAt(0).toLocaleLowerCase(lang) + value.slice(1);
  return `${colonAfter(label, locale)} ${text}`;
}

/** Between the items of a list whose items may hold commas: "; ", « ; », «؛ ». */
export function listSeparator(locale: string): string {
  const lang = language(locale);
  return lang === 'fr' ? '\u00a0; ' : lang === 'ar' || lang === 'fa' ? '؛ ' : '; ';
}
