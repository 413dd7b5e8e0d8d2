/**
 * The Turkish pack (`tr`). Import it once (`import 'meso-widgets/locales/tr'`) and every
 * widget whose `lang` (or an ancestor's) is `tr` shows Turkish. It serves every `tr-*` tag too. The one-file bundle
 * loads `locales/tr.js` by itself when a page asks for it.
 * @packageDocumentation
 */
import {aftercareTr} from '../content/tr/aftercare.js';
import {eligibilityTr} from '../content/tr/eligibility.js';
import {vsFillerTr} from '../content/tr/vs-filler.js';
import {registerLocalePack} from '../shared/locale-packs.js';

registerLocalePack({locale: 'tr', eligibility: eligibilityTr, aftercare: aftercareTr, 'vs-filler': vsFillerTr});
