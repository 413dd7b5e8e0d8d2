/**
 * The French pack. Import it once (`import 'meso-widgets/locales/fr'`) and every widget whose
 * `lang` (or an ancestor's) is `fr` or `fr-*` shows French. The one-file bundle loads
 * `locales/fr.js` by itself when a page asks for French.
 * @packageDocumentation
 */
import {aftercareFr} from '../content/fr/aftercare.js';
import {eligibilityFr} from '../content/fr/eligibility.js';
import {vsFillerFr} from '../content/fr/vs-filler.js';
import {registerLocalePack} from '../shared/locale-packs.js';

registerLocalePack({locale: 'fr', eligibility: eligibilityFr, aftercare: aftercareFr, 'vs-filler': vsFillerFr});
