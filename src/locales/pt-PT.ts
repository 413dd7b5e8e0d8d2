/**
 * The European Portuguese pack (`pt-PT`). Import it once (`import 'meso-widgets/locales/pt-PT'`) and every
 * widget whose `lang` (or an ancestor's) is `pt-PT` shows European Portuguese. It also serves the other regions
 * whose Portuguese follows the European norm (`pt-AO`, `pt-MZ`, `pt-CV`, `pt-GW`, `pt-ST`, `pt-TL`, `pt-MO`,
 * `pt-LU`, `pt-CH`, `pt-GQ`); plain `pt` uses `pt-BR`. The one-file bundle loads `locales/pt-PT.js` by itself
 * when a page asks for it.
 * @packageDocumentation
 */
import {aftercarePtPT} from '../content/pt-PT/aftercare.js';
import {eligibilityPtPT} from '../content/pt-PT/eligibility.js';
import {vsFillerPtPT} from '../content/pt-PT/vs-filler.js';
import {registerLocalePack} from '../shared/locale-packs.js';

registerLocalePack({locale: 'pt-PT', eligibility: eligibilityPtPT, aftercare: aftercarePtPT, 'vs-filler': vsFillerPtPT});
