/**
 * `<meso-vs-filler>`: importing this module registers that tag only.
 * @packageDocumentation
 */
import {defineElement} from './shared/define.js';
import {MesoVsFiller} from './vs-filler/vs-filler.js';

defineElement('meso-vs-filler', MesoVsFiller);

declare global {
  interface HTMLElementTagNameMap {
    'meso-vs-filler': MesoVsFiller;
  }
}

export {MesoVsFiller};
export type {VsFillerView, VsFillerRecommendationDetail} from './vs-filler/vs-filler.js';
export * from './vs-filler/recommend.js';
export {vsFillerEn, type VsFillerContent} from './content/en/vs-filler.js';
