/**
 * The `<meso-vs-filler>` class and its event types. Importing this module registers nothing:
 * define it yourself, under any tag name or in a scoped registry
 * (`customElements.define('clinic-compare', MesoVsFiller)`).
 * @packageDocumentation
 */
export {MesoVsFiller} from '../vs-filler/vs-filler.js';
export type {VsFillerView, VsFillerRecommendationDetail} from '../types/vs-filler.js';
