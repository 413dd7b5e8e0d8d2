/**
 * The Spanish pack (`es`). Import it once (`import 'meso-widgets/locales/es'`) and every
 * widget whose `lang` (or an ancestor's) is `es` shows Spanish. It serves `es-MX`, `es-AR` and every other `es-*` too. The one-file bundle
 * loads `locales/es.js` by itself when a page asks for it.
 * @packageDocumentation
 */
import {aftercareEs} from '../content/es/aftercare.js';
import {eligibilityEs} from '../content/es/eligibility.js';
import {vsFillerEs} from '../content/es/vs-filler.js';
import {registerLocalePack} from '../shared/locale-packs.js';

registerLocalePack({locale: 'es', eligibility: eligibilityEs, aftercare: aftercareEs, 'vs-filler': vsFillerEs});
