/**
 * The Brazilian Portuguese pack (`pt-BR`). Import it once (`import 'meso-widgets/locales/pt-BR'`) and every
 * widget whose `lang` (or an ancestor's) is `pt-BR` shows Brazilian Portuguese. It also serves plain `pt` (CLDR's `pt` is Brazilian); `pt-PT` and the regions that follow it have their own pack. The one-file bundle
 * loads `locales/pt-BR.js` by itself when a page asks for it.
 * @packageDocumentation
 */
import {aftercarePtBR} from '../content/pt-BR/aftercare.js';
import {eligibilityPtBR} from '../content/pt-BR/eligibility.js';
import {vsFillerPtBR} from '../content/pt-BR/vs-filler.js';
import {registerLocalePack} from '../shared/locale-packs.js';

registerLocalePack({locale: 'pt-BR', eligibility: eligibilityPtBR, aftercare: aftercarePtBR, 'vs-filler': vsFillerPtBR});
