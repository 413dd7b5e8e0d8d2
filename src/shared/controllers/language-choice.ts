import type {ReactiveControllerHost} from 'lit';
import {LANGUAGE_NAMES} from '../../content/languages.js';
import {baseLanguage, matchLocale} from '../../logic/locale.js';
import type {ConfigErrorDetail} from '../../types/common.js';
import {loadLocalePack, packFor, PACK_LOCALES} from '../locale-loader.js';
import {inheritedLang} from '../lang-watcher.js';
import type {LocaleTable} from '../locale-table.js';
import {safeStorage, storageKey} from '../storage.js';

/** The element a language choice serves: its `languages` attribute, its locales and whether it may remember. */
export type LanguageHost = ReactiveControllerHost & HTMLElement & {languages: string; remember?: boolean};

/** One language the patient may choose: the tag as the clinic wrote it, its pack and its own name. */
export interface LanguageOption {
  tag: string;
  locale: string;
  name: string;
}

/** What the element asks its language choice. */
export interface LanguageChoice {
  /** The tag the patient chose (before any language attribute), or `''`. */
  readonly chosen: string;
  /** The languages to offer (two or more), or none. */
  readonly options: readonly LanguageOption[];
  /** The last switch, to announce: the language's own name and tag, or empty. */
  readonly announced: {name: string; tag: string};
  /**
   * Before each update: reads `languages` again when it `changed` (and any remembered choice), and
   * puts the page's own language first when the clinic's list leaves it out (an option with an empty
   * tag), so the menu always names the language the patient came with and can go back to it.
   */
  settle(changed: boolean): void;
  /**
   * The patient picked `option`: loads its pack when needed, then switches. An option with an empty
   * tag is the page's own language (shown when the clinic's list leaves it out): back to it.
   */
  choose(option: LanguageOption): void;
}

/** Every language the widget can show: English, the shipped packs and any registered with `locales.add`. */
const knownLocales = (locales: LocaleTable<object>) => [...new Set(['en', ...PACK_LOCALES, ...locales.tags])];

/**
 * The clinic's languages, parsed from `languages="en fr ar"`: each a shipped or registered
 * language, once, in the clinic's order. Unknown tags are reported and left out.
 */
export function languageOptions(
  value: string,
  locales: LocaleTable<object>,
  report: (detail: ConfigErrorDetail) => void,
): LanguageOption[] {
  const known = knownLocales(locales);
  const options: LanguageOption[] = [];
  for (const tag of value.split(/\s+/).filter(Boolean).slice(0, 20)) {
    const locale = matchLocale(tag, known);
    if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(tag) || baseLanguage(locale) !== baseLanguage(tag)) {
      report({path: 'languages', message: `"${tag.slice(0, 40)}" is not a language the widget has; left out`});
    } else if (!options.some((option) => option.locale === locale)) {
      options.push({tag, locale, name: LANGUAGE_NAMES[locale] ?? tag});
    }
  }
  return options.length > 1 ? options : [];
}

/**
 * Adds to `host` the patient's choice of language among the clinic's `languages`. The choice is
 * kept (in the element's storage, per element) only where `remember` is set; a remembered value is
 * used only when it is still one of the clinic's languages.
 */
export function languageChoiceController(
  host: LanguageHost,
  locales: () => LocaleTable<object>,
  report: (detail: ConfigErrorDetail) => void,
): LanguageChoice {
  let chosen = '';
  let listed: LanguageOption[] = [];
  let options: LanguageOption[] = [];
  let announced = {name: '', tag: ''};
  const store = () => safeStorage('session');
  const key = () => `${storageKey(host.localName, host.id)}:lang`;

  const apply = (option: LanguageOption) => {
    chosen = option.tag;
    announced = {name: option.name, tag: option.tag || option.locale};
    if (host.remember) store().set(key(), option.tag);
    host.requestUpdate();
  };

  return {
    get chosen() {
      return chosen;
    },
    get options() {
      return options;
    },
    get announced() {
      return announced;
    },
    settle(changed) {
      if (changed) {
        listed = languageOptions(host.languages ?? '', locales(), report);
        const remembered = host.remember ? store().get(key()) : null;
        const keep = listed.find((option) => option.tag === (chosen || remembered));
        chosen = keep ? keep.tag : '';
      }
      // Without a menu (no `languages`), nothing more to do on this update.
      if (!listed.length) {
        options = listed;
        return;
      }
      const page = matchLocale(host.lang || inheritedLang(host), knownLocales(locales()));
      options = listed.some((option) => option.locale === page) ? listed : [{tag: '', locale: page, name: LANGUAGE_NAMES[page] ?? page}, ...listed];
    },
    choose(picked) {
      const option = picked.tag ? options.find((item) => item.tag === picked.tag) : picked;
      if (!option) return;
      const pack = packFor(option.tag || option.locale);
      if (!pack || locales().has(pack)) {
        apply(option);
        return;
      }
      loadLocalePack(pack).then(
        () => apply(option),
        () => {
          report({path: 'languages', message: `could not load the "${pack}" translation; staying in the current language`});
          host.requestUpdate();
        },
      );
    },
  };
}
