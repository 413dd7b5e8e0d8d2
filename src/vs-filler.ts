/**
 * `meso-widgets/vs-filler`: importing this module registers `<meso-vs-filler>` and no other tag.
 * It also exports the class and the recommendation logic.
 * @packageDocumentation
 */
import {defineElement} from './shared/define.js';
import {MesoVsFiller} from './classes/vs-filler.js';

defineElement('meso-vs-filler', MesoVsFiller);

declare global {
  interface HTMLElementTagNameMap {
    'meso-vs-filler': MesoVsFiller;
  }
}

export * from './classes/vs-filler.js';
export * from './logic/vs-filler/index.js';
