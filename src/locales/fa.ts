/**
 * The Persian pack (`fa`). Import it once (`import 'meso-widgets/locales/fa'`) and every
 * widget whose `lang` (or an ancestor's) is `fa` shows Persian. It serves `fa-IR` and every other `fa-*` too; the widget lays itself out right to left on any page. The one-file bundle
 * loads `locales/fa.js` by itself when a page asks for it.
 * @packageDocumentation
 */
import {aftercareFa} from '../content/fa/aftercare.js';
import {eligibilityFa} from '../content/fa/eligibility.js';
import {vsFillerFa} from '../content/fa/vs-filler.js';
import {registerLocalePack} from '../shared/locale-packs.js';

registerLocalePack({locale: 'fa', eligibility: eligibilityFa, aftercare: aftercareFa, 'vs-filler': vsFillerFa});
