/**
 * `meso-widgets/aftercare`: importing this module registers `<meso-aftercare>` and no other tag.
 * It also exports the class and the aftercare logic.
 * @packageDocumentation
 */
import {defineElement} from './shared/define.js';
import {MesoAftercare} from './classes/aftercare.js';

defineElement('meso-aftercare', MesoAftercare);

declare global {
  interface HTMLElementTagNameMap {
    'meso-aftercare': MesoAftercare;
  }
}

export * from './classes/aftercare.js';
export * from './logic/aftercare/index.js';
