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
export {registerLocalePack, type LocalePack, type PackElement} from '../shared/locale-packs.js';
export {PACK_LOCALES} from '../shared/locale-loader.js';
export {VERSION} from '../shared/version.js';
export type {BookDetail, ConfigErrorDetail, Theme} from '../types/common.js';
export type {MesoEventMap} from '../types/events.js';
