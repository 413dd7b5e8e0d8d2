/**
 * The French pack (`fr`). Import it once (`import 'meso-widgets/locales/fr'`) and every
 * widget whose `lang` (or an ancestor's) is `fr` shows French. It serves `fr-CA`, `fr-BE` and every other `fr-*` too. The one-file bundle
 * loads `locales/fr.js` by itself when a page asks for it.
 * @packageDocumentation
 */
import {aftercareFr} from '../content/fr/aftercare.js';
import {eligibilityFr} from '../content/fr/eligibility.js';
import {vsFillerFr} from '../content/fr/vs-filler.js';
import {registerLocalePack} from '../shared/locale-packs.js';

registerLocalePack({locale: 'fr', eligibility: eligibilityFr, aftercare: aftercareFr, 'vs-filler': vsFillerFr});
