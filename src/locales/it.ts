/**
 * The Italian pack (`it`). Import it once (`import 'meso-widgets/locales/it'`) and every
 * widget whose `lang` (or an ancestor's) is `it` shows Italian. The one-file bundle
 * loads `locales/it.js` by itself when a page asks for it.
 * @packageDocumentation
 */
import {aftercareIt} from '../content/it/aftercare.js';
import {eligibilityIt} from '../content/it/eligibility.js';
import {vsFillerIt} from '../content/it/vs-filler.js';
import {registerLocalePack} from '../shared/locale-packs.js';

registerLocalePack({locale: 'it', eligibility: eligibilityIt, aftercare: aftercareIt, 'vs-filler': vsFillerIt});
