/**
 * The German pack (`de`). Import it once (`import 'meso-widgets/locales/de'`) and every
 * widget whose `lang` (or an ancestor's) is `de` shows German. It serves `de-AT`, `de-CH` and every other `de-*` too. The one-file bundle
 * loads `locales/de.js` by itself when a page asks for it.
 * @packageDocumentation
 */
import {aftercareDe} from '../content/de/aftercare.js';
import {eligibilityDe} from '../content/de/eligibility.js';
import {vsFillerDe} from '../content/de/vs-filler.js';
import {registerLocalePack} from '../shared/locale-packs.js';

registerLocalePack({locale: 'de', eligibility: eligibilityDe, aftercare: aftercareDe, 'vs-filler': vsFillerDe});
