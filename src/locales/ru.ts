/**
 * The Russian pack (`ru`). Import it once (`import 'meso-widgets/locales/ru'`) and every
 * widget whose `lang` (or an ancestor's) is `ru` shows Russian. It serves `ru-RU`, `ru-KZ` and every other `ru-*` too. The one-file bundle
 * loads `locales/ru.js` by itself when a page asks for it.
 * @packageDocumentation
 */
import {aftercareRu} from '../content/ru/aftercare.js';
import {eligibilityRu} from '../content/ru/eligibility.js';
import {vsFillerRu} from '../content/ru/vs-filler.js';
import {registerLocalePack} from '../shared/locale-packs.js';

registerLocalePack({locale: 'ru', eligibility: eligibilityRu, aftercare: aftercareRu, 'vs-filler': vsFillerRu});
