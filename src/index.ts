/**
 * `meso-widgets`: importing this module registers all three tags. It also exports every class,
 * the define guard and the pure logic. The one-file bundle `dist/meso-widgets.js` registers the same
 * tags but exports only the classes and the define guard (`src/bundles/meso-widgets.ts`).
 *
 * Other entries: `meso-widgets/<element>` registers one tag; `meso-widgets/classes` registers
 * nothing; `meso-widgets/logic` has no Lit and no DOM; `meso-widgets/react` wraps the tags for React.
 * @packageDocumentation
 */
export * from './aftercare.js';
export * from './eligibility.js';
export * from './vs-filler.js';
export {commonEn} from './content/en/common.js';
export {defineElement, type VersionedConstructor} from './shared/define.js';
export {MesoElement} from './shared/meso-element.js';
export {LocaleTable} from './shared/locale-table.js';
export {registerLocalePack, type LocalePack, type PackElement} from './shared/locale-packs.js';
export {PACK_LOCALES} from './shared/locale-loader.js';
export {VERSION} from './shared/version.js';
export type {BookDetail, CommonContent, ConfigErrorDetail, DeepPartial, Theme} from './types/common.js';
export type {MesoEventMap} from './types/events.js';
