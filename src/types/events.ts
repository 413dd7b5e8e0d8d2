/**
 * Every `meso-*` event and its detail, in one map: `emit` is typed by it, and the same entries
 * extend the DOM's `HTMLElementEventMap`, so `addEventListener('meso-…')` is typed for hosts.
 * Add an element's events here.
 */
import type {AftercareCalendarDetail, AftercarePlanDetail} from './aftercare.js';
import type {BookDetail, ConfigErrorDetail} from './common.js';
import type {EligibilityResultDetail, EligibilityShareDetail, EligibilityStepDetail} from './eligibility.js';
import type {VsFillerRecommendationDetail} from './vs-filler.js';

export interface MesoEventMap {
  'meso-config-error': ConfigErrorDetail;
  'meso-book': BookDetail;
  'meso-eligibility-step': EligibilityStepDetail;
  'meso-eligibility-result': EligibilityResultDetail;
  'meso-eligibility-share': EligibilityShareDetail;
  'meso-aftercare-plan': AftercarePlanDetail;
  'meso-aftercare-calendar': AftercareCalendarDetail;
  'meso-vs-filler-recommendation': VsFillerRecommendationDetail;
}

declare global {
  interface HTMLElementEventMap {
    'meso-config-error': CustomEvent<ConfigErrorDetail>;
    'meso-book': CustomEvent<BookDetail>;
    'meso-eligibility-step': CustomEvent<EligibilityStepDetail>;
    'meso-eligibility-result': CustomEvent<EligibilityResultDetail>;
    'meso-eligibility-share': CustomEvent<EligibilityShareDetail>;
    'meso-aftercare-plan': CustomEvent<AftercarePlanDetail>;
    'meso-aftercare-calendar': CustomEvent<AftercareCalendarDetail>;
    'meso-vs-filler-recommendation': CustomEvent<VsFillerRecommendationDetail>;
  }
}
