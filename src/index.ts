/**
 * meso-widgets: every element, its class and its pure logic. Importing this module registers
 * every tag. The one-file bundle `dist/meso-widgets.js` is built from it.
 * @packageDocumentation
 */
export * from './aftercare.js';
export * from './eligibility.js';
export * from './vs-filler.js';
export {defineElement} from './shared/define.js';
export {MesoElement} from './shared/meso-element.js';
export {LocaleTable} from './shared/locale-table.js';
export {VERSION} from './shared/version.js';
export type {BookDetail, ConfigErrorDetail, MesoEventMap} from './shared/events.js';
export type {DeepPartial} from './shared/config.js';
export type {Theme} from './shared/attributes.js';
export type {CommonContent} from './content/en/common.js';
