/**
 * The Polish pack (`pl`). Import it once (`import 'meso-widgets/locales/pl'`) and every
 * widget whose `lang` (or an ancestor's) is `pl` shows Polish. It serves every `pl-*` tag too. The one-file bundle
 * loads `locales/pl.js` by itself when a page asks for it.
 * @packageDocumentation
 */
import {aftercarePl} from '../content/pl/aftercare.js';
import {eligibilityPl} from '../content/pl/eligibility.js';
import {vsFillerPl} from '../content/pl/vs-filler.js';
import {registerLocalePack} from '../shared/locale-packs.js';

registerLocalePack({locale: 'pl', eligibility: eligibilityPl, aftercare: aftercarePl, 'vs-filler': vsFillerPl});
