/**
 * The Arabic pack (`ar`). Import it once (`import 'meso-widgets/locales/ar'`) and every
 * widget whose `lang` (or an ancestor's) is `ar` shows Arabic. It serves `ar-AE`, `ar-SA`, `ar-EG` and every other `ar-*` too; the widget lays itself out right to left on any page. The one-file bundle
 * loads `locales/ar.js` by itself when a page asks for it.
 * @packageDocumentation
 */
import {aftercareAr} from '../content/ar/aftercare.js';
import {eligibilityAr} from '../content/ar/eligibility.js';
import {vsFillerAr} from '../content/ar/vs-filler.js';
import {registerLocalePack} from '../shared/locale-packs.js';

registerLocalePack({locale: 'ar', eligibility: eligibilityAr, aftercare: aftercareAr, 'vs-filler': vsFillerAr});
