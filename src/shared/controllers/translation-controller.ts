import type {ReactiveControllerHost} from 'lit';
import type {ConfigErrorDetail} from '../../types/common.js';
import {inheritedLang, watchLang} from '../lang-watcher.js';
import {loadLocalePack, packFor, packUrl} from '../locale-loader.js';
import {onLocalePack} from '../locale-packs.js';
import type {LocaleTable} from '../locale-table.js';

/** The element a translation controller serves; its class may set a static `packTimeout` (ms). */
export type TranslationHost = ReactiveControllerHost & HTMLElement;

/** What the element asks its translation controller. */
export interface Translation {
  /** True while the element waits for its pack (at most `packTimeout` ms): it then renders nothing. */
  readonly waiting: boolean;
  /**
   * The best tag of `locales` for the element's language (the patient's `chosen` one, else its `lang`,
   * else the nearest ancestor's),
   * once the pack that language needs is loading, and waited for, when the page has not registered it.
   */
  localeFor(locales: LocaleTable<object>, chosen?: string): string;
}

/**
 * Adds to `host` a controller for its language and translation pack. The element re-renders when its
 * `lang` or an ancestor's changes, or a pack registers. A shipped pack the page needs and has not
 * registered (the one-file bundle carries English only) starts loading, and the element waits for it
 * up to its class's `packTimeout` ms, so the patient never sees English flash before their language;
 * after that it shows English and switches when the pack arrives. A pack that fails to load is
 * reported once, through `report` (one `console.warn`, one `meso-config-error`), and the widget stays
 * English.
 */
export function translationController(host: TranslationHost, report: (detail: ConfigErrorDetail) => void): Translation {
  let unwatchLang: (() => void) | undefined;
  let unwatchPacks: (() => void) | undefined;
  /** The pack the element waits for before its first render in that language, if any. */
  let awaitedPack = '';
  let packTimer: ReturnType<typeof setTimeout> | undefined;
  const failedPacks = new Set<string>();
  const update = () => host.requestUpdate();

  const stopWaiting = () => {
    clearTimeout(packTimer);
    packTimer = undefined;
    awaitedPack = '';
  };

  const awaitPack = (pack: string, locales: LocaleTable<object>) => {
    const needed = pack !== '' && !locales.has(pack) && !failedPacks.has(pack) && !!globalThis.document;
    if (!needed) {
      stopWaiting();
      return;
    }
    if (awaitedPack === pack) return;
    stopWaiting();
    awaitedPack = pack;
    packTimer = setTimeout(
      () => {
        packTimer = undefined;
        update();
      },
      (host.constructor as unknown as {packTimeout: number}).packTimeout,
    );
    loadLocalePack(pack).then(update, () => {
      failedPacks.add(pack);
      if (awaitedPack !== pack) return;
      stopWaiting();
      report({path: 'lang', message: `could not load the "${pack}" translation from ${packUrl(pack)}; showing English`});
      update();
    });
  };

  host.addController({
    hostConnected() {
      unwatchLang = watchLang(update);
      unwatchPacks = onLocalePack(update);
    },
    hostDisconnected() {
      unwatchLang?.();
      unwatchPacks?.();
    },
  });

  return {
    get waiting() {
      return awaitedPack !== '' && packTimer !== undefined;
    },
    localeFor(locales, chosen) {
      const requested = chosen || host.lang || inheritedLang(host);
      awaitPack(packFor(requested), locales);
      return locales.match(requested);
    },
  };
}
