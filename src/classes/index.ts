/**
 * `meso-widgets/classes`: every element class and the define guard. Importing this module
 * registers nothing; call `defineElement('meso-eligibility', MesoEligibility)` (or
 * `customElements.define` with your own tag names) when you are ready.
 * @packageDocumentation
 */
export * from './eligibility.js';
export * from './aftercare.js';
export * from './vs-filler.js';
export {defineElement, type VersionedConstructor} from '../shared/define.js';
export {MesoElement} from '../shared/meso-element.js';
export {LocaleTable} from '../shared/locale-table.js';
export {VERSION} from '../shared/version.js';
export type {BookDetail, ConfigErrorDetail, MesoEventMap} from '../shared/events.js';
export type {Theme} from '../shared/attributes.js';
